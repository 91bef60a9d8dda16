import type { Database } from '../db/client.js';
import type { InsertResult } from '../features/organisms/repository.js';
import { type DemoAccess, seedDemoAccess } from './seed-access.js';
import { type SeedResult, seedCatalogue } from './seed-catalogue.js';
import { seedOrganisms } from './seed-organisms.js';

export interface SeedDemoOptions {
  /** When the seeded rows say they were written; default: now. */
  now?: Date;
}

/** What each step wrote; `null` for a step that found its data already there. */
export interface SeedDemoReport {
  certifications: SeedResult | null;
  organisms: InsertResult | null;
  /** The demo partner and account keys, shown this once (null when accounts already exist). */
  access: DemoAccess | null;
}

/**
 * Fills what a fresh install lacks with the project's demo data, one step per kind of data.
 * Each step seeds only when its data is missing, so this runs at every start without harm and
 * never touches data an import or a person wrote.
 */
export async function seedDemoData(
  db: Database,
  options: SeedDemoOptions = {},
): Promise<SeedDemoReport> {
  const now = options.now ?? new Date();
  return {
    certifications: await seedCatalogue(db, now),
    organisms: await seedOrganisms(db, now),
    access: await seedDemoAccess(db, now),
  };
}
