import { distanceKm, type GeoPoint, normalizeText } from '@vae/core';
import type { CogCommune, GeoNamesPlace } from './datasets.js';

/**
 * How a commune's position was found, from best to worst:
 * - `commune`: the GeoNames place of that name in that department (the town centre);
 * - `postal-code`: the population-weighted centre of the located communes sharing one of its
 *   postal codes (a small village unknown to GeoNames: its postal code's area, ~10 km);
 * - `department`: the population-weighted centre of the department's located communes.
 */
export type PositionPrecision = 'commune' | 'postal-code' | 'department';

export interface LocatedPoint extends GeoPoint {
  precision: PositionPrecision;
}

/** GeoNames files the overseas territories as countries of their own. */
const DEPARTMENT_OF_COUNTRY: Readonly<Record<string, string>> = {
  GP: '971',
  MQ: '972',
  GF: '973',
  RE: '974',
  PM: '975',
  YT: '976',
  BL: '977',
  MF: '978',
  WF: '986',
  PF: '987',
  NC: '988',
};

/** Two places of one name and department further apart than this are different places. */
const SAME_PLACE_KM = 10;

/** Paris, Lyon and Marseille: their arrondissements carry the postal codes and positions. */
export const MUNICIPAL_ARRONDISSEMENT_CITIES: ReadonlySet<string> = new Set([
  '75056',
  '69123',
  '13055',
]);

/**
 * Finds a position for every commune by matching the GeoNames places to the INSEE communes on
 * (department, normalised name), then filling the gaps from postal-code neighbours and the
 * department. Positions are rounded to 3 decimals (~100 m), plenty for a distance sort.
 */
export function locateCommunes(
  communes: readonly CogCommune[],
  places: readonly GeoNamesPlace[],
): Map<string, LocatedPoint> {
  const placeByKey = indexPlaces(places);
  const located = new Map<string, LocatedPoint>();
  const current = communes.filter(isCurrent);

  const homonyms = new Map<string, number>();
  for (const commune of current) {
    const key = communeKey(commune);
    homonyms.set(key, (homonyms.get(key) ?? 0) + 1);
  }
  for (const commune of current) {
    const key = communeKey(commune);
    const place = placeByKey.get(key);
    if (place && homonyms.get(key) === 1)
      located.set(commune.code, { ...place, precision: 'commune' });
  }
  // A commune nouvelle often keeps the name GeoNames knows under one of its former communes.
  for (const former of communes) {
    if (former.type !== 'commune-deleguee' && former.type !== 'commune-associee') continue;
    const parent = former.chefLieu;
    if (parent === undefined || located.has(parent)) continue;
    const place = placeByKey.get(communeKey(former));
    if (place) located.set(parent, { ...place, precision: 'commune' });
  }

  const byPostalCode = new Map<string, CogCommune[]>();
  for (const commune of current) {
    if (MUNICIPAL_ARRONDISSEMENT_CITIES.has(commune.code)) continue;
    for (const postalCode of commune.codesPostaux ?? []) {
      const list = byPostalCode.get(postalCode);
      if (list) list.push(commune);
      else byPostalCode.set(postalCode, [commune]);
    }
  }
  const postalFill: [string, LocatedPoint][] = [];
  for (const commune of current) {
    if (located.has(commune.code)) continue;
    const neighbours = (commune.codesPostaux ?? []).flatMap((code) => byPostalCode.get(code) ?? []);
    const centre = weightedCentre(neighbours, located);
    if (centre) postalFill.push([commune.code, { ...centre, precision: 'postal-code' }]);
  }
  for (const [code, point] of postalFill) located.set(code, point);

  const byDepartment = new Map<string, CogCommune[]>();
  for (const commune of current) {
    const department = commune.departement ?? '';
    const list = byDepartment.get(department);
    if (list) list.push(commune);
    else byDepartment.set(department, [commune]);
  }
  const placesByDepartment = new Map<string, GeoPoint[]>();
  for (const [key, place] of placeByKey) {
    const department = key.slice(0, key.indexOf('|'));
    const list = placesByDepartment.get(department);
    if (list) list.push(place);
    else placesByDepartment.set(department, [place]);
  }
  for (const [department, members] of byDepartment) {
    const centre =
      weightedCentre(members, located, 'commune') ??
      meanOf(placesByDepartment.get(department) ?? []);
    if (!centre) continue;
    for (const commune of members) {
      if (!located.has(commune.code))
        located.set(commune.code, { ...centre, precision: 'department' });
    }
  }
  return located;
}

function isCurrent(commune: CogCommune): boolean {
  return commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal';
}

/**
 * The key both sides are matched on. Arrondissements are named « Paris 15e Arrondissement » by
 * INSEE and « Paris 15 Vaugirard » or « Paris 15e Arrondissement » by GeoNames: both → `paris 15`.
 */
function nameKey(name: string): string {
  const text = normalizeText(name)
    .replace(/\bsainte\b/g, 'ste')
    .replace(/\bsaint\b/g, 'st');
  const arrondissement = /^(paris|lyon|marseille) 0*(\d+)(?:er|e)?(?: |$)/.exec(text);
  return arrondissement ? `${arrondissement[1]} ${arrondissement[2]}` : text;
}

function communeKey(commune: CogCommune): string {
  return `${commune.departement ?? ''}|${nameKey(commune.nom)}`;
}

/** Places by (department, name); a name given to two distant places of one department is dropped. */
function indexPlaces(places: readonly GeoNamesPlace[]): Map<string, GeoPoint> {
  const byKey = new Map<string, GeoPoint>();
  const ambiguous = new Set<string>();
  for (const place of places) {
    const department = place.country === 'FR' ? place.admin2 : DEPARTMENT_OF_COUNTRY[place.country];
    if (!department) continue;
    const point = { lat: round3(Number(place.lat)), lon: round3(Number(place.lng)) };
    if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon)) continue;
    const key = `${department}|${nameKey(place.name)}`;
    const known = byKey.get(key);
    if (known === undefined) byKey.set(key, point);
    else if (distanceKm(known, point) > SAME_PLACE_KM) ambiguous.add(key);
  }
  for (const key of ambiguous) byKey.delete(key);
  return byKey;
}

/** Population-weighted centre of the members already located (at the given precision if any). */
function weightedCentre(
  members: readonly CogCommune[],
  located: ReadonlyMap<string, LocatedPoint>,
  precision: PositionPrecision = 'commune',
): GeoPoint | null {
  let weight = 0;
  let lat = 0;
  let lon = 0;
  for (const member of members) {
    const point = located.get(member.code);
    if (!point || point.precision !== precision) continue;
    const w = Math.max(member.population ?? 0, 1);
    weight += w;
    lat += point.lat * w;
    lon += point.lon * w;
  }
  return weight === 0 ? null : { lat: round3(lat / weight), lon: round3(lon / weight) };
}

function meanOf(points: readonly GeoPoint[]): GeoPoint | null {
  if (points.length === 0) return null;
  const lat = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
  const lon = points.reduce((sum, p) => sum + p.lon, 0) / points.length;
  return { lat: round3(lat), lon: round3(lon) };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
