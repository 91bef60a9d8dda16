import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { appConfigFrom } from './server.js';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const result = loadConfig({});
    expect(result).toEqual({
      ok: true,
      config: {
        port: 8787,
        host: '127.0.0.1',
        databaseUrl: 'file:./data/vae.db',
        databaseAuthToken: undefined,
        databaseSyncUrl: undefined,
        publicUrl: 'http://localhost:8787',
        logLevel: 'info',
        dataDir: './data',
        tokenSecret: undefined,
        dataKey: undefined,
        demoData: true,
        trustProxy: false,
        allowedOrigins: [],
      },
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'notaurl' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://x' }, 'DATABASE_URL'],
    [{ PUBLIC_URL: 'ftp://x.org' }, 'PUBLIC_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TOKEN_SECRET: 'short' }, 'TOKEN_SECRET'],
    [{ DATA_KEY: 'short' }, 'DATA_KEY'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
    [{ DEMO_DATA: 'yes' }, 'DEMO_DATA'],
    [{ ALLOWED_ORIGINS: 'https://ok.org, not an origin' }, 'ALLOWED_ORIGINS'],
    [{ DATABASE_URL: 'http://db:8080', DATABASE_SYNC_URL: 'http://db:8080' }, 'DATABASE_SYNC_URL'],
  ])('rejects %o naming %s', (env, name) => {
    const result = loadConfig(env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(new RegExp(`^${name}: `, 'm'));
  });

  it('reports every bad variable at once', () => {
    const result = loadConfig({ PORT: 'abc', DATABASE_URL: 'notaurl' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(2);
  });

  it('accepts every supported database shape', () => {
    for (const url of [
      'file:/tmp/x.db',
      ':memory:',
      'http://127.0.0.1:8080',
      'libsql://db.turso.io',
    ]) {
      expect(loadConfig({ DATABASE_URL: url }).ok).toBe(true);
    }
    expect(
      loadConfig({ DATABASE_URL: 'file:/tmp/r.db', DATABASE_SYNC_URL: 'http://127.0.0.1:8080' }).ok,
    ).toBe(true);
  });

  it('reads a dedicated data key and the reverse-proxy switch', () => {
    const dataKey = 'k'.repeat(40);
    const result = loadConfig({ DATA_KEY: dataKey, TRUST_PROXY: 'true' });
    expect(result.ok && result.config.dataKey).toBe(dataKey);
    expect(result.ok && result.config.trustProxy).toBe(true);
    if (!result.ok) return;
    const app = appConfigFrom({ ...result.config, tokenSecret: 's'.repeat(40) });
    expect(app).toMatchObject({ dataKey, trustProxy: true, tokenSecret: 's'.repeat(40) });
  });

  it('parses the allowed origins and trims a trailing slash from PUBLIC_URL', () => {
    const result = loadConfig({
      ALLOWED_ORIGINS: 'https://a.org, http://localhost:3000',
      PUBLIC_URL: 'https://vae.example.org/',
    });
    expect(result.ok && result.config.allowedOrigins).toEqual([
      'https://a.org',
      'http://localhost:3000',
    ]);
    expect(result.ok && result.config.publicUrl).toBe('https://vae.example.org');
  });

  it.each([
    [{}, true],
    [{ PUBLIC_URL: 'http://127.0.0.1:9000' }, true],
    [{ PUBLIC_URL: 'http://[::1]:8787' }, true],
    [{ PUBLIC_URL: 'https://vae.example.gouv.fr' }, false],
    [{ PUBLIC_URL: 'http://localhost.example.org' }, false],
    [{ PUBLIC_URL: 'https://vae.example.gouv.fr', DEMO_DATA: 'auto' }, false],
    [{ PUBLIC_URL: 'https://vae.example.gouv.fr', DEMO_DATA: 'true' }, true],
    [{ DEMO_DATA: 'false' }, false],
  ])('seeds the demo data for %o: %s', (env, demoData) => {
    const result = loadConfig(env);
    expect(result.ok && result.config.demoData).toBe(demoData);
  });
});
