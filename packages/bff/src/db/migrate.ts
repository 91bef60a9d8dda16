import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Database } from './client.js';

/** SQL migrations live beside this file (copied next to the compiled one at build time). */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Applies the migrations not yet applied; drizzle records each one, so running twice is a no-op. */
export async function migrateDatabase(db: Database): Promise<void> {
  await migrate(db.orm, { migrationsFolder });
}
