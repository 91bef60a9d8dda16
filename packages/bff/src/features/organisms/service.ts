import { distanceKm, type GeoPoint, parisDate, type RemoteZone, tokenize } from '@vae/core';
import type { AppDependencies } from '../../app-context.js';
import { loadGeography, type PostalCodeLocation } from '../../geography/geography.js';
import { ProblemError } from '../../http/problem.js';
import {
  type CertificationProfile,
  hasValidQualiopiVae,
  isProposable,
  normalizeIdcc,
} from './aap-matching.js';
import { currentDirectory, type DirectoryEntry } from './directory.js';
import { firstInOrder } from './first-in-order.js';
import { nameScore } from './name-match.js';
import { newSeed, orderKey } from './random-order.js';
import { readCertificationProfile } from './repository.js';
import {
  DEFAULT_LIMIT,
  type OrganismItem,
  type OrganismPage,
  type OrganismSearchQuery,
} from './schemas.js';
import { entriesServing } from './serving-index.js';

type Deps = Pick<AppDependencies, 'db' | 'clock'>;

interface Ranked {
  entry: DirectoryEntry;
  /** Distance first (on-site sites when a position is known), then score, then random key. */
  distance: number;
  score: number;
  key: number;
}

/**
 * The AAP picker's search: the sites that can serve the certification and are proposable today,
 * filtered by the candidate's choices, then ordered by distance (postal code, on site), by name
 * relevance (q), or in the random order of the seed; one page of them.
 */
export async function searchOrganisms(
  deps: Deps,
  query: OrganismSearchQuery,
): Promise<OrganismPage> {
  const certification = query.certification
    ? await certificationProfile(deps, query.certification)
    : null;
  const origin = query.postalCode ? locate(query.postalCode) : null;
  const department = query.department ? loadGeography().department(query.department) : undefined;
  const zone: RemoteZone | null = department?.zone ?? origin?.zone ?? null;
  const directory = await currentDirectory(deps.db);
  const today = parisDate(deps.clock.now());
  const typed = query.q ? tokenize(query.q) : [];
  const seed = query.seed ?? newSeed();
  const from = query.modality !== 'A_DISTANCE' ? (origin?.position ?? null) : null;

  const candidates = certification
    ? entriesServing(directory.serving, certification)
    : directory.entries;
  const ranked: Ranked[] = [];
  for (const entry of candidates) {
    if (!isProposable(entry.site, entry.organism, today)) continue;
    if (query.modality && entry.modality !== query.modality) continue;
    if (query.level !== undefined && !entry.levels.has(query.level)) continue;
    if (query.pmr && !entry.site.pmrAccessible) continue;
    if (!servesPlace(entry, department?.code, zone)) continue;
    const score = typed.length > 0 ? nameScore(entry.publicWords, entry.legalWords, typed) : 0;
    if (typed.length > 0 && score === 0) continue;
    ranked.push({
      entry,
      distance: from && entry.modality === 'LIEU_ACCUEIL' ? distanceTo(from, entry) : Infinity,
      score,
      key: orderKey(entry.idHash, seed),
    });
  }

  const order = from ? 'distance' : typed.length > 0 ? 'relevance' : 'random';
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const upToPage = firstInOrder(
    ranked,
    offset + limit,
    order === 'relevance' ? byRelevance : byDistanceThenKey,
  );
  return {
    items: upToPage.slice(offset).map((r) => toItem(r.entry, today, r.distance)),
    total: ranked.length,
    seed,
    limit,
    offset,
    order,
    ...(origin?.position
      ? {
          origin: {
            postalCode: origin.postalCode,
            department: { code: origin.department.code, name: origin.department.name },
            zone: origin.zone,
            precision: origin.position.precision,
          },
        }
      : {}),
  };
}

/**
 * One AAP site by id, as the picker shows it once chosen: any visible site, even closed or
 * without a valid certificate today (a candidate who chose it must still find it); null otherwise.
 */
export async function getOrganism(deps: Deps, id: string): Promise<OrganismItem | null> {
  const directory = await currentDirectory(deps.db);
  const entry = directory.byId.get(id);
  if (!entry?.site.visible) return null;
  return toItem(entry, parisDate(deps.clock.now()), Infinity);
}

async function certificationProfile(deps: Deps, code: string): Promise<CertificationProfile> {
  const certification = await readCertificationProfile(deps.db, code);
  if (!certification) {
    throw new ProblemError('notFound', `Aucune certification ${code} au catalogue.`);
  }
  return {
    level: certification.level,
    filiere: certification.filiere,
    formacodes: (certification.formacodes ?? []).map((formacode) => formacode.code),
    idcc: certification.idcc.map(normalizeIdcc),
  };
}

function locate(postalCode: string): PostalCodeLocation {
  const location = loadGeography().locatePostalCode(postalCode);
  if (!location) {
    const message = `Code postal ${postalCode} inconnu : aucune commune ne le porte.`;
    throw new ProblemError('invalidRequest', message, {
      errors: [{ path: 'postalCode', in: 'query', message }],
    });
  }
  return location;
}

/**
 * On site: in the candidate's department or serving it. Remote: serving the candidate's zone
 * (mainland, or the one overseas territory). With neither given, every site.
 */
function servesPlace(
  entry: DirectoryEntry,
  department: string | undefined,
  zone: RemoteZone | null,
) {
  if (entry.modality === 'A_DISTANCE') return zone === null || entry.remoteZones.has(zone);
  if (department === undefined) return true;
  return entry.site.department === department || entry.departmentsServed.has(department);
}

function distanceTo(from: GeoPoint, entry: DirectoryEntry): number {
  const { latitude, longitude } = entry.site;
  if (latitude === null || longitude === null) return Infinity;
  return distanceKm(from, { lat: latitude, lon: longitude });
}

function byDistanceThenKey(a: Ranked, b: Ranked): number {
  return a.distance - b.distance || a.key - b.key || compareIds(a, b);
}

function byRelevance(a: Ranked, b: Ranked): number {
  return (
    b.score - a.score ||
    (a.entry.sortName < b.entry.sortName ? -1 : a.entry.sortName > b.entry.sortName ? 1 : 0) ||
    compareIds(a, b)
  );
}

function compareIds(a: Ranked, b: Ranked): number {
  return a.entry.site.id < b.entry.site.id ? -1 : a.entry.site.id > b.entry.site.id ? 1 : 0;
}

function toItem(entry: DirectoryEntry, today: string, distance: number): OrganismItem {
  const { site, organism } = entry;
  return {
    id: site.id,
    publicName: site.publicName,
    legalName: organism.legalName,
    website: organism.website,
    email: site.email,
    phone: site.phone,
    address: site.address,
    postalCode: site.postalCode,
    commune:
      site.communeCode && site.communeName
        ? { code: site.communeCode, name: site.communeName }
        : null,
    department:
      site.department && entry.departmentName
        ? { code: site.department, name: entry.departmentName }
        : null,
    modality: entry.modality,
    remoteZones: site.modality === 'A_DISTANCE' ? (site.remoteZones as RemoteZone[]) : [],
    ...(Number.isFinite(distance) ? { distanceKm: Math.round(distance * 10) / 10 } : {}),
    levels: [...entry.levelList],
    pmrAccessible: site.pmrAccessible,
    closed: site.closed,
    qualiopi: {
      vae: organism.qualiopiVae,
      expiresOn: organism.qualiopiExpiresOn,
      valid: hasValidQualiopiVae(organism, today),
    },
  };
}
