import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Database } from './client.js';

export interface DatabaseLockOptions {
  /** How long the lock holds without its holder releasing it (a holder that died). */
  leaseMs?: number;
  /** How often a waiting node tries again. */
  pollMs?: number;
}

const ACQUIRE = `INSERT INTO app_meta (key, value) VALUES (?1, ?2)
  ON CONFLICT (key) DO UPDATE SET value = excluded.value
  WHERE json_extract(app_meta.value, '$.until') < ?3`;
const RELEASE = `DELETE FROM app_meta WHERE key = ?1 AND json_extract(value, '$.owner') = ?2`;

/**
 * Runs `task` holding the named lock of this database, so that nodes starting together on one
 * database run it one after another rather than at once. The lock is a row of app_meta with an
 * expiry: a node that died holding it delays the others by one lease at most.
 */
export async function withDatabaseLock<T>(
  db: Database,
  name: string,
  task: () => Promise<T>,
  options: DatabaseLockOptions = {},
): Promise<T> {
  const key = `lock:${name}`;
  const owner = randomUUID();
  const leaseMs = options.leaseMs ?? 120_000;
  while (!(await tryAcquire(db, key, owner, leaseMs))) {
    await sleep((options.pollMs ?? 200) * (0.5 + Math.random()));
  }
  try {
    return await task();
  } finally {
    await db.client.execute({ sql: RELEASE, args: [key, owner] });
  }
}

async function tryAcquire(db: Database, key: string, owner: string, leaseMs: number) {
  const now = Date.now();
  const value = JSON.stringify({ owner, until: now + leaseMs });
  try {
    const result = await db.client.execute({ sql: ACQUIRE, args: [key, value, now] });
    return result.rowsAffected === 1;
  } catch (error) {
    // The holder is writing and kept the database past the busy timeout: try again later.
    if (/SQLITE_BUSY|database is locked/i.test(String(error))) return false;
    throw error;
  }
}
