import { type GeoPoint, type RemoteZone, remoteZoneOfDepartment } from '@vae/core';
import {
  type LocatedPoint,
  locateCommunes,
  MUNICIPAL_ARRONDISSEMENT_CITIES,
  type PositionPrecision,
} from './commune-positions.js';
import {
  type CogCommune,
  readCogCommunes,
  readCogDepartements,
  readCogRegions,
  readGeoNamesPlaces,
} from './datasets.js';

export interface Region {
  code: string;
  name: string;
}

export interface Department {
  code: string;
  name: string;
  region: Region;
  /** INSEE code of its prefecture. */
  chefLieu: string;
  /** Null for uninhabited territories (TAAF, Clipperton). */
  zone: RemoteZone | null;
}

export interface Commune {
  /** INSEE code (`75056`, `2A004`); Paris, Lyon and Marseille arrondissements have their own. */
  code: string;
  name: string;
  department: Department;
  postalCodes: readonly string[];
  population: number;
  position: LocatedPoint | null;
}

/** Where a postal code is: its communes, its department, its zone and its centre. */
export interface PostalCodeLocation {
  postalCode: string;
  communes: readonly Commune[];
  /** The department of its most populous commune (a few postal codes straddle two). */
  department: Department;
  zone: RemoteZone | null;
  /**
   * The population-weighted centre of its communes (only the best-located ones count), so a
   * postal code shared by a town and its villages points near the town.
   */
  position: (GeoPoint & { precision: PositionPrecision }) | null;
}

/** French communes, departments and regions, with positions; read-only and built once. */
export interface Geography {
  commune(code: string): Commune | undefined;
  department(code: string): Department | undefined;
  region(code: string): Region | undefined;
  departments(): readonly Department[];
  /** Its communes (arrondissements for Paris, Lyon, Marseille), most populous first. */
  communesOfDepartment(department: string): readonly Commune[];
  communesOfPostalCode(postalCode: string): readonly Commune[];
  locatePostalCode(postalCode: string): PostalCodeLocation | null;
}

let shared: Geography | undefined;

/**
 * The geography of the datasets in node_modules, built at first use (about half a second, then
 * ~10 MB held) and shared by every app of the process.
 */
export function loadGeography(): Geography {
  shared ??= buildGeography();
  return shared;
}

function buildGeography(): Geography {
  const regions = new Map<string, Region>(
    readCogRegions().map((r) => [r.code, { code: r.code, name: r.nom }]),
  );
  const departments = new Map<string, Department>();
  for (const d of readCogDepartements()) {
    const region = regions.get(d.region) ?? { code: d.region, name: d.nom };
    departments.set(d.code, {
      code: d.code,
      name: d.nom,
      region,
      chefLieu: d.chefLieu,
      zone: remoteZoneOfDepartment(d.code),
    });
  }

  const cogCommunes = readCogCommunes();
  const positions = locateCommunes(cogCommunes, readGeoNamesPlaces());
  const communes = new Map<string, Commune>();
  const byPostalCode = new Map<string, Commune[]>();
  const byDepartment = new Map<string, Commune[]>();
  for (const c of cogCommunes) {
    if (!isCurrent(c) || c.departement === undefined) continue;
    const department = departments.get(c.departement);
    if (!department) continue;
    const commune: Commune = {
      code: c.code,
      name: c.nom,
      department,
      postalCodes: c.codesPostaux ?? [],
      population: c.population ?? 0,
      position: positions.get(c.code) ?? null,
    };
    communes.set(c.code, commune);
    // The city as a whole would double its arrondissements under each of their postal codes.
    if (MUNICIPAL_ARRONDISSEMENT_CITIES.has(c.code)) continue;
    const inDepartment = byDepartment.get(department.code);
    if (inDepartment) inDepartment.push(commune);
    else byDepartment.set(department.code, [commune]);
    for (const postalCode of commune.postalCodes) {
      const list = byPostalCode.get(postalCode);
      if (list) list.push(commune);
      else byPostalCode.set(postalCode, [commune]);
    }
  }
  for (const list of byPostalCode.values()) list.sort((a, b) => b.population - a.population);
  for (const list of byDepartment.values()) list.sort((a, b) => b.population - a.population);

  const locations = new Map<string, PostalCodeLocation | null>();
  const geography: Geography = {
    commune: (code) => communes.get(code),
    department: (code) => departments.get(code),
    region: (code) => regions.get(code),
    departments: () => [...departments.values()],
    communesOfDepartment: (code) => byDepartment.get(code) ?? [],
    communesOfPostalCode: (postalCode) => byPostalCode.get(postalCode) ?? [],
    locatePostalCode(postalCode) {
      let location = locations.get(postalCode);
      if (location === undefined) {
        location = locate(postalCode, byPostalCode.get(postalCode) ?? []);
        locations.set(postalCode, location);
      }
      return location;
    },
  };
  return geography;
}

function locate(postalCode: string, communes: readonly Commune[]): PostalCodeLocation | null {
  const main = communes[0];
  if (!main) return null;
  return {
    postalCode,
    communes,
    department: main.department,
    zone: main.department.zone,
    position: populationCentre(communes),
  };
}

const PRECISION_RANK: Readonly<Record<PositionPrecision, number>> = {
  commune: 0,
  'postal-code': 1,
  department: 2,
};

function populationCentre(
  communes: readonly Commune[],
): (GeoPoint & { precision: PositionPrecision }) | null {
  let best: PositionPrecision | null = null;
  for (const commune of communes) {
    const precision = commune.position?.precision;
    if (precision && (best === null || PRECISION_RANK[precision] < PRECISION_RANK[best])) {
      best = precision;
    }
  }
  if (best === null) return null;
  let weight = 0;
  let lat = 0;
  let lon = 0;
  for (const commune of communes) {
    if (commune.position?.precision !== best) continue;
    const w = Math.max(commune.population, 1);
    weight += w;
    lat += commune.position.lat * w;
    lon += commune.position.lon * w;
  }
  return {
    lat: Math.round((lat / weight) * 1000) / 1000,
    lon: Math.round((lon / weight) * 1000) / 1000,
    precision: best,
  };
}

function isCurrent(commune: CogCommune): boolean {
  return commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal';
}
