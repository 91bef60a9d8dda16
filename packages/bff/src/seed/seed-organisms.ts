import type { Database } from '../db/client.js';
import {
  countAapSites,
  type InsertResult,
  insertOrganisms,
} from '../features/organisms/repository.js';
import { generateDemoOrganisms } from './organisms/demo-organisms.js';
import { generateScaleOrganisms } from './organisms/scale-organisms.js';

/**
 * Loads the demo AAP directory into an empty directory (first start of a fresh install); leaves
 * a directory that has any site alone. Returns null when it did nothing.
 */
export async function seedOrganisms(
  db: Database,
  now: Date = new Date(),
): Promise<InsertResult | null> {
  if ((await countAapSites(db)) > 0) return null;
  return seedDemoOrganisms(db, now);
}

/**
 * Writes the demo AAP directory whatever the directory holds. Idempotent: its ids are fixed and
 * records already stored are left alone.
 */
export function seedDemoOrganisms(db: Database, now: Date = new Date()): Promise<InsertResult> {
  return insertOrganisms(db, generateDemoOrganisms(), now);
}

export interface ScaleOrganismsOptions {
  /** How many synthetic AAP sites (0 to 100,000). */
  organisms: number;
  /** Seed of the generator: the same seed writes the same directory. Default 1. */
  seed?: number;
  now?: Date;
}

/**
 * Writes a synthetic AAP directory for benchmarks (`vae seed scale --organisms N`) next to what
 * the directory holds. Deterministic, so running it again writes nothing.
 */
export function seedScaleOrganisms(
  db: Database,
  options: ScaleOrganismsOptions,
): Promise<InsertResult> {
  return insertOrganisms(
    db,
    generateScaleOrganisms(options.organisms, options.seed ?? 1),
    options.now ?? new Date(),
  );
}
