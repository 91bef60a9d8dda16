import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client.js';
import { appMeta } from '../../db/schema.js';

const KEY = 'catalogue_version';

/**
 * An opaque value that changes whenever the catalogue changes (import, seed). Servers compare
 * it with the one their search index was built from, and rebuild when it differs.
 */
export async function getCatalogueVersion(db: Database): Promise<string | null> {
  const [row] = await db.orm
    .select({ value: appMeta.value })
    .from(appMeta)
    .where(eq(appMeta.key, KEY));
  return row?.value ?? null;
}

/** Stores a new version (a UUIDv7: time-ordered, unique across machines) and returns it. */
export async function bumpCatalogueVersion(db: Database, now: Date = new Date()): Promise<string> {
  const value = uuidv7();
  const updatedAt = now.toISOString();
  await db.orm
    .insert(appMeta)
    .values({ key: KEY, value, updatedAt })
    .onConflictDoUpdate({ target: appMeta.key, set: { value, updatedAt } });
  return value;
}
