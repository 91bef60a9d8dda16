import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../test-support/test-database.js';
import type { Database } from './client.js';
import { withDatabaseLock } from './database-lock.js';
import { migrateDatabase } from './migrate.js';

describe('a named lock in the database', () => {
  let folder: string;
  let db: Database;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-lock-'));
    db = await openTestDatabase(folder);
    await migrateDatabase(db);
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const lockRow = async () =>
    (await db.client.execute("SELECT value FROM app_meta WHERE key = 'lock:seed'")).rows;

  it('runs the tasks of concurrent holders one after another, and releases it', async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        withDatabaseLock(
          db,
          'seed',
          async () => {
            running += 1;
            most = Math.max(most, running);
            await sleep(30);
            order.push(n);
            running -= 1;
          },
          { pollMs: 10 },
        ),
      ),
    );
    expect(most).toBe(1);
    expect(order.sort()).toEqual([1, 2, 3, 4]);
    expect(await lockRow()).toEqual([]);
  });

  it('releases it when the task fails', async () => {
    await expect(
      withDatabaseLock(db, 'seed', async () => {
        throw new Error('seed failed');
      }),
    ).rejects.toThrow('seed failed');
    expect(await lockRow()).toEqual([]);
  });

  it('waits for a live holder, and takes over from one whose lease ran out', async () => {
    const held = (until: number) =>
      db.client.execute({
        sql: "INSERT OR REPLACE INTO app_meta (key, value) VALUES ('lock:seed', ?)",
        args: [JSON.stringify({ owner: 'another node', until })],
      });
    await held(Date.now() + 60_000);
    let ran = false;
    const waiting = withDatabaseLock(
      db,
      'seed',
      async () => {
        ran = true;
      },
      { pollMs: 10 },
    );
    await sleep(150);
    expect(ran).toBe(false);
    // The other node died: its lease runs out, and the waiting node goes on.
    await held(Date.now() - 1);
    await waiting;
    expect(ran).toBe(true);
  });
});
