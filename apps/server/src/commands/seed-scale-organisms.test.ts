import { join } from 'node:path';
import { createDatabase } from '@vae/bff';
import { describe, expect, it } from 'vitest';
import { runVae, tempDataDir } from '../test-support/server-process.js';

describe('vae seed scale --organisms (the real program, built)', () => {
  it('writes the synthetic AAP directory once: running it again writes nothing', async () => {
    const dataDir = tempDataDir();
    const databaseUrl = `file:${join(dataDir, 'vae.db')}`;
    const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl };
    const first = runVae(['seed', 'scale', '--organisms', '250', '--json'], env);
    expect((await first.exited).code, first.output()).toBe(0);
    expect(JSON.parse(first.output()).organisms).toMatchObject({ sites: 250 });

    const second = runVae(['seed', 'scale', '--organisms', '250'], env);
    expect((await second.exited).code, second.output()).toBe(0);
    expect(second.output()).toContain('AAP sites       0 created');

    const db = createDatabase(databaseUrl);
    try {
      const rows = await db.client.execute('SELECT count(*) AS n FROM aap_sites');
      expect(rows.rows[0]).toMatchObject({ n: 250 });
    } finally {
      db.close();
    }
    const tooMany = runVae(['seed', 'scale', '--organisms', '100001'], env);
    expect((await tooMany.exited).code).not.toBe(0);
    expect(tooMany.output()).toContain('--organisms must be a whole number from 0 to 100000');
  });
});
