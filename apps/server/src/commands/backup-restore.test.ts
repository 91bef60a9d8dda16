import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase } from '@vae/bff';
import { describe, expect, it } from 'vitest';
import { databaseFacts, startWriteLoad, waitUntil } from '../test-support/candidacy-write-load.js';
import { runVae, startVaeServer, tempDataDir } from '../test-support/server-process.js';

const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('vae backup and vae restore (the real program, built)', () => {
  it('copies the database consistently during writes, and restores that copy', async () => {
    const server = await startVaeServer();
    const env = {
      DATA_DIR: server.dataDir,
      DATABASE_URL: `file:${join(server.dataDir, 'vae.db')}`,
    };
    const backupFile = join(tempDataDir(), 'vae-backup.db');
    const load = startWriteLoad(server.url);
    let beforeBackup: string[] = [];
    try {
      await waitUntil(() => load.acknowledged.length >= 10);
      beforeBackup = [...load.acknowledged];
      const backup = runVae(['backup', backupFile], env);
      expect((await backup.exited).code, backup.output()).toBe(0);
      expect(backup.output()).toContain('Backup written to');
      await waitUntil(() => load.acknowledged.length >= beforeBackup.length + 10);

      const refused = runVae(['restore', backupFile], env);
      expect((await refused.exited).code).toBe(2);
      expect(refused.output()).toContain('stop the server first');
    } finally {
      await load.stop();
      server.child.kill('SIGTERM');
      await server.exited;
    }

    const copy = await databaseFacts(`file:${backupFile}`);
    expect(copy.integrity).toBe('ok');
    expect(copy.withoutHistory).toBe(0);
    // Everything acknowledged before the backup started is in it; later writes may or may not be.
    expect(beforeBackup.every((id) => copy.candidacyIds.has(id))).toBe(true);
    const acknowledged = new Set(load.acknowledged);
    expect(load.acknowledged.filter((id) => !copy.candidacyIds.has(id)).length).toBeGreaterThan(0);
    // Read from a copy: a closed libSQL client may keep its file open, which restore would see.
    const liveCopy = join(tempDataDir(), 'live.db');
    copyFileSync(join(server.dataDir, 'vae.db'), liveCopy);
    const live = await databaseFacts(`file:${liveCopy}`);
    expect([...acknowledged].every((id) => live.candidacyIds.has(id))).toBe(true);

    const restore = runVae(['restore', backupFile], env);
    expect((await restore.exited).code, restore.output()).toBe(0);
    const restored = await databaseFacts(env.DATABASE_URL);
    expect(restored.integrity).toBe('ok');
    expect([...restored.candidacyIds].sort()).toEqual([...copy.candidacyIds].sort());
    expect(restored.migrationsApplied).toBe(live.migrationsApplied);
    expect(restore.output()).toContain('The replaced database was kept as');

    const again = await startVaeServer(env);
    again.child.kill('SIGTERM');
    await again.exited;
  }, 60_000);

  it('refuses a corrupt, truncated or foreign file and leaves the database unchanged', async () => {
    const dataDir = tempDataDir();
    const env = { DATA_DIR: dataDir, DATABASE_URL: `file:${join(dataDir, 'vae.db')}` };
    const migrate = runVae(['migrate'], env);
    expect((await migrate.exited).code, migrate.output()).toBe(0);
    const backupFile = join(dataDir, 'good.db');
    const backup = runVae(['backup', backupFile], env);
    expect((await backup.exited).code, backup.output()).toBe(0);
    const original = fileHash(join(dataDir, 'vae.db'));

    const garbage = join(dataDir, 'garbage.db');
    writeFileSync(garbage, 'this is not a database at all'.repeat(200));
    const good = readFileSync(backupFile);
    const truncated = join(dataDir, 'truncated.db');
    writeFileSync(truncated, good.subarray(0, Math.floor(good.length / 2)));
    const corrupted = join(dataDir, 'corrupted.db');
    const flipped = Buffer.from(good);
    for (let i = 4096; i < flipped.length; i += 7) flipped[i] = 0xff;
    writeFileSync(corrupted, flipped);
    const foreign = join(dataDir, 'foreign.db');
    const other = createDatabase(`file:${foreign}`);
    await other.client.execute('CREATE TABLE notes (body TEXT)');
    other.close();

    for (const bad of [garbage, truncated, corrupted, foreign, join(dataDir, 'missing.db')]) {
      const restore = runVae(['restore', bad], env);
      expect((await restore.exited).code, `${bad}\n${restore.output()}`).toBe(2);
      expect(restore.output()).toMatch(/is not a usable backup|does not exist/);
      expect(fileHash(join(dataDir, 'vae.db'))).toBe(original);
    }
  }, 60_000);

  it('refuses to back up or restore a libSQL server URL, and will not overwrite a file', async () => {
    const dataDir = tempDataDir();
    const remote = { DATA_DIR: dataDir, DATABASE_URL: 'http://127.0.0.1:9' };
    const backup = runVae(['backup', join(dataDir, 'b.db')], remote);
    expect((await backup.exited).code).toBe(2);
    expect(backup.output()).toContain('embedded database');
    const restore = runVae(['restore', join(dataDir, 'b.db')], remote);
    expect((await restore.exited).code).toBe(2);

    const local = { DATA_DIR: dataDir, DATABASE_URL: `file:${join(dataDir, 'vae.db')}` };
    writeFileSync(join(dataDir, 'exists.db'), 'keep me');
    const overwrite = runVae(['backup', join(dataDir, 'exists.db')], local);
    expect((await overwrite.exited).code).toBe(2);
    expect(readFileSync(join(dataDir, 'exists.db'), 'utf8')).toBe('keep me');
  });
});
