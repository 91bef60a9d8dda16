import { join } from 'node:path';
import { createDatabase } from '@vae/bff';
import { describe, expect, it } from 'vitest';
import { runVae, tempDataDir } from '../test-support/server-process.js';

describe('vae seed scale (the real program, built)', () => {
  function environment() {
    const dataDir = tempDataDir();
    const databaseUrl = `file:${join(dataDir, 'vae.db')}`;
    return { databaseUrl, env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl } };
  }

  it('writes the synthetic certifications, the same ones every time', async () => {
    const { databaseUrl, env } = environment();
    const first = runVae(['seed', 'scale', '--certifications', '300', '--json'], env);
    expect((await first.exited).code, first.output()).toBe(0);
    expect(JSON.parse(first.output())).toEqual({
      certifications: { created: 300, updated: 0, unchanged: 0 },
    });

    const second = runVae(['seed', 'scale', '--certifications', '300'], env);
    expect((await second.exited).code, second.output()).toBe(0);
    expect(second.output()).toContain('certifications  0 created, 0 updated, 300 unchanged');

    const db = createDatabase(databaseUrl);
    try {
      const rows = await db.client.execute(
        'SELECT min(code) AS first, max(code) AS last, count(*) AS n FROM certifications',
      );
      expect(rows.rows[0]).toMatchObject({ first: 'RNCP50000', last: 'RNCP50299', n: 300 });
    } finally {
      db.close();
    }
  });

  it('refuses a count out of range and a call with nothing to write', async () => {
    const { env } = environment();
    const tooMany = runVae(['seed', 'scale', '--certifications', '50001'], env);
    expect((await tooMany.exited).code).not.toBe(0);
    expect(tooMany.output()).toContain('--certifications must be a whole number from 0 to 50000');
    const nothing = runVae(['seed', 'scale'], env);
    expect((await nothing.exited).code).toBe(2);
    expect(nothing.output()).toContain('give --certifications N');
  });
});
