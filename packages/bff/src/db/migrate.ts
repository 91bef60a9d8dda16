import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Database } from './client.js';

/** SQL migrations live beside this file (copied next to the compiled one at build time). */
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** drizzle's own record of applied migrations, created exactly as drizzle creates it. */
const CREATE_RECORD_TABLE = `CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (
			id SERIAL PRIMARY KEY,
			hash text NOT NULL,
			created_at numeric
		)`;
/**
 * drizzle applies every pending migration and records it in one transaction. Nodes starting
 * together all try; with one record per migration (its journal timestamp), the transaction of
 * every node but the first fails on recording, and rolls back all it did — even a migration
 * that a second run would not notice (an INSERT, an UPDATE) is applied once.
 */
const ONE_RECORD_PER_MIGRATION = `CREATE UNIQUE INDEX IF NOT EXISTS "__drizzle_migrations_created_at_unique"
  ON "__drizzle_migrations" (created_at)`;

export interface MigrateOptions {
  /** Another folder of drizzle migrations (tests). */
  migrationsFolder?: string;
  /** How long to keep trying while other nodes hold the database (default 2 min). */
  giveUpAfterMs?: number;
}

/**
 * Applies the migrations not yet applied, each once, however many nodes run this at the same
 * time on the same database: a node whose attempt lost to another's looks again at what is
 * recorded and tries what is still pending. Running it on a migrated database is a no-op.
 */
export async function migrateDatabase(db: Database, options: MigrateOptions = {}): Promise<void> {
  const folder = options.migrationsFolder ?? migrationsFolder;
  const latest = Math.max(0, ...readMigrationFiles({ migrationsFolder: folder }).map(whenOf));
  const deadline = Date.now() + (options.giveUpAfterMs ?? 120_000);
  for (;;) {
    let before: number | null = null;
    try {
      await db.client.batch([CREATE_RECORD_TABLE, ONE_RECORD_PER_MIGRATION], 'write');
      before = await lastRecorded(db);
      if (before !== null && before >= latest) return;
      await migrate(db.orm, { migrationsFolder: folder });
      return;
    } catch (error) {
      // An embedded replica reads its local copy: pull what other nodes wrote first.
      await db.sync();
      const after = await lastRecorded(db).catch(() => before);
      const anotherNodeMigrated = after !== before;
      if ((!anotherNodeMigrated && !isBusy(error)) || Date.now() > deadline) throw error;
      await sleep(20 + Math.random() * 80);
    }
  }
}

function whenOf(migration: { folderMillis: number }): number {
  return migration.folderMillis;
}

/** The journal timestamp of the last applied migration (drizzle compares with it), or null. */
async function lastRecorded(db: Database): Promise<number | null> {
  const { rows } = await db.client.execute(
    'SELECT created_at FROM "__drizzle_migrations" ORDER BY created_at DESC LIMIT 1',
  );
  const value = rows[0]?.['created_at'];
  return value === undefined || value === null ? null : Number(value);
}

/** Another connection holds the write lock longer than the busy timeout: try again. */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    (typeof code === 'string' && /BUSY|LOCKED/.test(code)) ||
    /database is locked|SQLITE_BUSY/i.test(String(error))
  );
}
