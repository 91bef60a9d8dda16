import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFacts, startWriteLoad, waitUntil } from './test-support/candidacy-write-load.js';
import { startVaeServer, tempDataDir } from './test-support/server-process.js';

const migrationsJournal = new URL(
  '../../../packages/bff/src/db/migrations/meta/_journal.json',
  import.meta.url,
);

describe('kill -9 of `vae serve` during a write load (the real program, built)', () => {
  it('keeps every acknowledged creation, an intact database and the migrations applied once', async () => {
    const dataDir = tempDataDir();
    const env = { DATA_DIR: dataDir, DATABASE_URL: `file:${join(dataDir, 'vae.db')}` };
    const first = await startVaeServer(env);
    const load = startWriteLoad(first.url, 8);
    try {
      await waitUntil(() => load.acknowledged.length >= 30, 15_000);
      first.child.kill('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');
    } finally {
      await load.stop();
    }
    const acknowledged = [...load.acknowledged];

    // The first start applied every migration; the restart must find them all recorded.
    const second = await startVaeServer(env);
    second.child.kill('SIGTERM');
    await second.exited;

    const facts = await databaseFacts(env.DATABASE_URL);
    expect(facts.integrity).toBe('ok');
    expect(acknowledged.filter((id) => !facts.candidacyIds.has(id))).toEqual([]);
    expect(facts.withoutHistory).toBe(0);
    const journal = JSON.parse(readFileSync(migrationsJournal, 'utf8')) as { entries: unknown[] };
    expect(facts.migrationsApplied).toBe(journal.entries.length);
  }, 60_000);
});
