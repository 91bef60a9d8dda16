import type { Database } from '../db/client.js';
import { bumpCatalogueVersion } from '../features/certifications/catalogue-version.js';
import { upsertCertifications } from '../features/certifications/repository.js';
import { generateScaleCatalogue } from './scale-catalogue.js';
import type { SeedResult } from './seed-catalogue.js';

/** Certifications written per transaction: bounded memory per batch, one bump at the end. */
const BATCH_SIZE = 2000;

export interface ScaleCatalogueOptions {
  /** How many synthetic certifications (0 to 50,000). */
  certifications: number;
  /** Seed of the generator: the same seed writes the same catalogue. Default 1. */
  seed?: number;
  now?: Date;
  onProgress?: (written: number, total: number) => void;
}

/**
 * Writes the synthetic benchmark catalogue (`vae seed scale`) next to what the catalogue holds:
 * its codes (RNCP50000 and up) never collide with real ones. Deterministic, so running it again
 * changes nothing; the catalogue version is bumped once, when anything changed, so that running
 * servers rebuild their index a single time.
 */
export async function seedScaleCatalogue(
  db: Database,
  options: ScaleCatalogueOptions,
): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const records = generateScaleCatalogue(options.certifications, options.seed ?? 1);
  const total: SeedResult = { created: 0, updated: 0, unchanged: 0 };
  for (let from = 0; from < records.length; from += BATCH_SIZE) {
    const result = await upsertCertifications(db, records.slice(from, from + BATCH_SIZE), now);
    total.created += result.created.length;
    total.updated += result.updated.length;
    total.unchanged += result.unchanged.length;
    options.onProgress?.(Math.min(from + BATCH_SIZE, records.length), records.length);
  }
  if (total.created + total.updated > 0) await bumpCatalogueVersion(db, now);
  return total;
}
