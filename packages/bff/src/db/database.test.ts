import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, isSupportedDatabaseUrl } from './client.js';
import { migrateDatabase } from './migrate.js';

describe('createDatabase and migrations', () => {
  const folders: string[] = [];
  const tempFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'vae-db-test-'));
    folders.push(folder);
    return folder;
  };
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('creates the folder of a file database and applies every migration once', async () => {
    const db = createDatabase(`file:${join(tempFolder(), 'nested', 'deeper', 'vae.db')}`);
    await migrateDatabase(db);
    await migrateDatabase(db);
    const applied = await db.client.execute('select count(*) as n from __drizzle_migrations');
    const tables = await db.client.execute(
      "select name from sqlite_master where type = 'table' and name = 'app_meta'",
    );
    expect(tables.rows).toHaveLength(1);
    expect(Number(applied.rows[0]?.['n'])).toBeGreaterThan(0);
    const again = await db.client.execute('select count(*) as n from __drizzle_migrations');
    expect(again.rows[0]?.['n']).toBe(applied.rows[0]?.['n']);
    db.close();
  });

  it('keeps data across reopening a file database', async () => {
    const url = `file:${join(tempFolder(), 'vae.db')}`;
    const first = createDatabase(url);
    await migrateDatabase(first);
    await first.client.execute("insert into app_meta (key, value) values ('k', 'v')");
    first.close();
    const second = createDatabase(url);
    const rows = await second.client.execute("select value from app_meta where key = 'k'");
    expect(rows.rows[0]?.['value']).toBe('v');
    second.close();
  });

  it('opens an in-memory database', async () => {
    const db = createDatabase(':memory:');
    await migrateDatabase(db);
    const rows = await db.client.execute('select count(*) as n from certifications');
    expect(Number(rows.rows[0]?.['n'])).toBe(0);
    db.close();
  });

  it('refuses URLs that are not libSQL', () => {
    for (const url of ['notaurl', 'postgres://x', 'mysql://x', '']) {
      expect(isSupportedDatabaseUrl(url)).toBe(false);
      expect(() => createDatabase(url)).toThrow(/Unsupported database URL/);
    }
    for (const url of [
      'file:x.db',
      ':memory:',
      'http://h:8080',
      'https://h',
      'libsql://h',
      'ws://h',
    ]) {
      expect(isSupportedDatabaseUrl(url)).toBe(true);
    }
  });
});
