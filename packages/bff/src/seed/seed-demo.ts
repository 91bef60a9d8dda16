import type { AppDependencies } from '../app-context.js';
import { silentLogger } from '../app-context.js';
import type { Database } from '../db/client.js';
import { withDatabaseLock } from '../db/database-lock.js';
import type { InsertResult } from '../features/organisms/repository.js';
import { type DemoAccess, seedDemoAccess } from './seed-access.js';
import { seedDemoCandidacies } from './seed-candidacies.js';
import { type SeedResult, seedCatalogue } from './seed-catalogue.js';
import { seedOrganisms } from './seed-organisms.js';

export interface SeedDemoOptions {
  /** When the seeded rows say they were written; default: now. */
  now?: Date;
  /** The app's configuration: without it, no demo candidacy is seeded (they need its data key). */
  config?: AppDependencies['config'];
  /** Where the demo dossiers go; default: under `config.dataDir`. */
  documents?: AppDependencies['documents'];
}

/** What each step wrote; `null` for a step that found its data already there. */
export interface SeedDemoReport {
  certifications: SeedResult | null;
  organisms: InsertResult | null;
  /** The demo partner and account keys, shown this once (null when accounts already exist). */
  access: DemoAccess | null;
  candidacies: { created: number } | null;
}

/**
 * Fills what a fresh install lacks with the project's demo data, one step per kind of data.
 * Each step seeds only when its data is missing, so this runs at every start without harm and
 * never touches data an import or a person wrote. Nodes starting together on one database take
 * turns (a step's "is it missing?" and its writes are not one transaction): the first seeds,
 * the others then find the data there.
 */
export async function seedDemoData(
  db: Database,
  options: SeedDemoOptions = {},
): Promise<SeedDemoReport> {
  const now = options.now ?? new Date();
  return withDatabaseLock(db, 'demo-seed', async () => ({
    certifications: await seedCatalogue(db, now),
    organisms: await seedOrganisms(db, now),
    access: await seedDemoAccess(db, now),
    candidacies: options.config
      ? await seedDemoCandidacies(
          { db, config: options.config, logger: silentLogger, documents: options.documents },
          now,
        )
      : null,
  }));
}
