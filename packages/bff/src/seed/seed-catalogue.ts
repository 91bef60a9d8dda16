import type { Database } from '../db/client.js';
import { bumpCatalogueVersion } from '../features/certifications/catalogue-version.js';
import type { CertificationRecord } from '../features/certifications/certification-record.js';
import {
  countCertifications,
  type UpsertResult,
  upsertCertifications,
} from '../features/certifications/repository.js';
import { DEMO_CATALOGUE } from './demo-catalogue/index.js';

export interface SeedResult {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Loads the demo catalogue into an empty catalogue (first start of a fresh install); leaves a
 * catalogue that has anything in it alone. Returns null when it did nothing.
 */
export async function seedCatalogue(
  db: Database,
  now: Date = new Date(),
): Promise<SeedResult | null> {
  if ((await countCertifications(db)) > 0) return null;
  return loadCertifications(db, DEMO_CATALOGUE, now);
}

/**
 * Writes the demo catalogue whatever the catalogue holds (`vae seed`): idempotent, since a
 * certification whose content did not change is left untouched.
 */
export function seedDemoCatalogue(db: Database, now: Date = new Date()): Promise<SeedResult> {
  return loadCertifications(db, DEMO_CATALOGUE, now);
}

/**
 * Upserts certifications, then bumps the catalogue version when anything changed, so that every
 * server rebuilds its search index.
 */
export async function loadCertifications(
  db: Database,
  records: readonly CertificationRecord[],
  now: Date = new Date(),
): Promise<SeedResult> {
  const result = await upsertCertifications(db, records, now);
  if (result.created.length + result.updated.length > 0) await bumpCatalogueVersion(db, now);
  return counts(result);
}

function counts(result: UpsertResult): SeedResult {
  return {
    created: result.created.length,
    updated: result.updated.length,
    unchanged: result.unchanged.length,
  };
}
