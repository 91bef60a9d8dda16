import { type AapModality, normalizeText, type RemoteZone } from '@vae/core';
import type { Database } from '../../db/client.js';
import { loadGeography } from '../../geography/geography.js';
import { normalizeIdcc, type OrganismStanding, type ServingProfile } from './aap-matching.js';
import { nameWords } from './name-match.js';
import { hashId } from './random-order.js';
import {
  type AapSiteLevelRow,
  type AapSiteRow,
  type OrganismRow,
  readDirectoryRows,
  readDirectoryVersion,
} from './repository.js';
import { buildServingIndex, type ServingIndex } from './serving-index.js';

/** One AAP site as the picker searches it: its row, its organism and precomputed keys. */
export interface DirectoryEntry extends ServingProfile {
  readonly site: AapSiteRow;
  readonly organism: OrganismRow & OrganismStanding;
  readonly modality: AapModality;
  readonly remoteZones: ReadonlySet<string>;
  readonly departmentsServed: ReadonlySet<string>;
  /** Levels managed in any filière, ascending (for the answer). */
  readonly levelList: readonly number[];
  readonly departmentName: string | null;
  readonly publicWords: readonly string[];
  readonly legalWords: readonly string[];
  /** Normalised public name, to sort name matches. */
  readonly sortName: string;
  readonly idHash: number;
}

export interface Directory {
  readonly version: string;
  readonly entries: readonly DirectoryEntry[];
  readonly byId: ReadonlyMap<string, DirectoryEntry>;
  readonly serving: ServingIndex;
}

interface Cache {
  directory?: Directory;
  loading?: { version: string; promise: Promise<Directory> };
}

const caches = new WeakMap<Database, Cache>();

/**
 * The AAP directory held in memory (5,000 sites weigh a few MB), checked against the database's
 * directory version on each call (one primary-key read) and rebuilt when any instance changed it.
 * Concurrent callers share one rebuild.
 */
export async function currentDirectory(db: Database): Promise<Directory> {
  let cache = caches.get(db);
  if (!cache) {
    cache = {};
    caches.set(db, cache);
  }
  const version = await readDirectoryVersion(db);
  if (cache.directory?.version === version) return cache.directory;
  if (cache.loading?.version !== version) {
    const loading = {
      version,
      promise: buildDirectory(db, version).then(
        (directory) => {
          if (cache.loading === loading) cache.loading = undefined;
          cache.directory = directory;
          return directory;
        },
        (error: unknown) => {
          if (cache.loading === loading) cache.loading = undefined;
          throw error;
        },
      ),
    };
    cache.loading = loading;
  }
  return cache.loading.promise;
}

async function buildDirectory(db: Database, version: string): Promise<Directory> {
  const rows = await readDirectoryRows(db);
  const geography = loadGeography();
  const organismById = new Map(rows.organisms.map((row) => [row.id, row]));
  const levelsBySite = groupLevels(rows.levels);
  const entries: DirectoryEntry[] = [];
  for (const site of rows.sites) {
    const organism = organismById.get(site.organismId);
    if (!organism) continue;
    const levelsByFiliere = levelsBySite.get(site.id) ?? new Map<string, Set<number>>();
    const levels = new Set<number>();
    for (const set of levelsByFiliere.values()) for (const level of set) levels.add(level);
    entries.push({
      site,
      organism,
      modality: site.modality,
      remoteZones: new Set<RemoteZone | string>(site.remoteZones),
      departmentsServed: new Set(site.departmentsServed),
      levelsByFiliere,
      levels,
      levelList: [...levels].sort((a, b) => a - b),
      formacodes: new Set(site.formacodes),
      idcc: new Set(site.idcc.map(normalizeIdcc)),
      departmentName: site.department
        ? (geography.department(site.department)?.name ?? null)
        : null,
      publicWords: nameWords(site.publicName),
      legalWords: nameWords(organism.legalName),
      sortName: normalizeText(site.publicName),
      idHash: hashId(site.id),
    });
  }
  return {
    version,
    entries,
    byId: new Map(entries.map((entry) => [entry.site.id, entry])),
    serving: buildServingIndex(entries),
  };
}

function groupLevels(rows: readonly AapSiteLevelRow[]): Map<string, Map<string, Set<number>>> {
  const bySite = new Map<string, Map<string, Set<number>>>();
  for (const row of rows) {
    let byFiliere = bySite.get(row.aapSiteId);
    if (!byFiliere) {
      byFiliere = new Map();
      bySite.set(row.aapSiteId, byFiliere);
    }
    let levels = byFiliere.get(row.filiere);
    if (!levels) {
      levels = new Set();
      byFiliere.set(row.filiere, levels);
    }
    levels.add(row.level);
  }
  return bySite;
}
