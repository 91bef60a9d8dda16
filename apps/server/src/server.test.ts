import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { createDatabase, DEMO_PUBLISHABLE_KEY } from '@vae/bff';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVae, startVaeServer, tempDataDir } from './test-support/server-process.js';

describe('vae serve (the real program, built)', () => {
  let server: Awaited<ReturnType<typeof startVaeServer>>;
  beforeAll(async () => {
    server = await startVaeServer();
  });
  afterAll(() => {
    server.child.kill('SIGKILL');
  });

  it('answers the health check with a real database query', async () => {
    const res = await fetch(`${server.url}/api/v1/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      status: 'ok',
      database: 'ok',
      version: expect.any(String),
    });
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/);
  });

  it('starts a fresh install with the demo catalogue', async () => {
    // The demo partner's key, as the demo pages send it (seeded at the first start).
    const res = await fetch(
      `${server.url}/api/v1/certifications?q=aepe&partner=${DEMO_PUBLISHABLE_KEY}`,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { rncpCode: string }[] };
    expect(body.items[0]?.rncpCode).toBe('RNCP28048');
  });

  it('answers an unknown API route with a 404 problem+json', async () => {
    const res = await fetch(`${server.url}/api/v1/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({ status: 404, type: 'urn:vae:problem:not-found' });
  });

  it('publishes a valid OpenAPI 3.1 document and a browsable reference', async () => {
    const doc = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(doc.paths)).toContain('/health');
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);

    const page = await fetch(`${server.url}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    for (const asset of html.matchAll(/(?:src|href)="(\/api\/docs\/[^"]+)"/g)) {
      expect((await fetch(`${server.url}${asset[1]}`)).status, asset[1]).toBe(200);
    }
  });

  it('serves the widget bundles to any origin, caching stable names briefly and chunks for a year', async () => {
    const entry = await fetch(`${server.url}/widgets/vae-widgets.js`, {
      headers: { Origin: 'https://partner.example.org' },
    });
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toMatch(/javascript/);
    expect(entry.headers.get('access-control-allow-origin')).toBe('*');
    expect(entry.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(entry.headers.get('cache-control')).toMatch(/max-age=300\b/);
    const source = await entry.text();
    const chunk = source.match(/["'](\.\/chunks\/[^"']+\.js)["']/)?.[1];
    expect(chunk, 'the entry imports a content-hashed chunk').toBeDefined();
    const chunkRes = await fetch(new URL(chunk!, `${server.url}/widgets/`));
    expect(chunkRes.status).toBe(200);
    expect(chunkRes.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${server.url}/widgets/nope.js`)).status).toBe(404);
  });

  it('serves the demo home page under a strict content security policy', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<vae-status-badge');
    expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });

  it('creates the token secret in the data folder, readable by the owner only', () => {
    const file = join(server.dataDir, 'token-secret');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8').trim().length).toBeGreaterThanOrEqual(43);
    expect(statSync(file).mode & 0o077).toBe(0);
  });
});

/** Rows of the tables the demo seed fills, and of the migrations record, in a server's database. */
async function rowCounts(dataDir: string): Promise<Record<string, number>> {
  const db = createDatabase(`file:${join(dataDir, 'vae.db')}`);
  try {
    const counts: Record<string, number> = {};
    for (const table of [
      '__drizzle_migrations',
      'partners',
      'accounts',
      'api_keys',
      'certificateur_authorities',
      'candidates',
      'candidacies',
      'organisms',
      'certifications',
    ]) {
      const { rows } = await db.client.execute(`SELECT count(*) AS n FROM ${table}`);
      counts[table] = Number(rows[0]?.['n']);
    }
    return counts;
  } finally {
    db.close();
  }
}

const PRINTED_KEY = /pk_live_|sk_live_|vae_ak_/;

describe('vae serve and the demo data (DEMO_DATA, default auto: local PUBLIC_URL only)', () => {
  it('starts a public deployment on an empty, migrated database and prints no key', async () => {
    const server = await startVaeServer({ PUBLIC_URL: 'https://vae.example.gouv.fr' });
    try {
      const counts = await rowCounts(server.dataDir);
      expect(counts['__drizzle_migrations']).toBeGreaterThan(0);
      const { __drizzle_migrations: _, ...data } = counts;
      expect(
        Object.values(data).every((n) => n === 0),
        JSON.stringify(data),
      ).toBe(true);
      expect(server.output()).not.toMatch(PRINTED_KEY);
      expect(server.output()).not.toContain('Demo credentials');
      expect(server.output()).toContain('demo data off');
      // The static demo pages still load; the demo partner's key opens nothing.
      const refused = await fetch(
        `${server.url}/api/v1/certifications?q=aepe&partner=${DEMO_PUBLISHABLE_KEY}`,
      );
      expect([401, 403]).toContain(refused.status);
      // The code the elements turn into their partner-refusal notice.
      expect(await refused.json()).toMatchObject({ code: 'PARTNER_KEY_INVALID' });
      expect(
        (await fetch(`${server.url}/demo-api/sessions/student`, { method: 'POST' })).status,
      ).toBe(404);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('seeds a local start (the default), printing the demo keys once', async () => {
    const server = await startVaeServer();
    try {
      const counts = await rowCounts(server.dataDir);
      for (const table of ['partners', 'accounts', 'candidacies', 'certifications']) {
        expect(counts[table], table).toBeGreaterThan(0);
      }
      expect(server.output()).toContain('Demo credentials');
      expect(server.output()).toMatch(PRINTED_KEY);
    } finally {
      server.child.kill('SIGKILL');
    }
  });

  it('leaves an empty database empty on a local start with DEMO_DATA=false', async () => {
    const server = await startVaeServer({ DEMO_DATA: 'false' });
    try {
      const { partners, accounts, candidacies } = await rowCounts(server.dataDir);
      expect({ partners, accounts, candidacies }).toEqual({
        partners: 0,
        accounts: 0,
        candidacies: 0,
      });
      expect(server.output()).not.toMatch(PRINTED_KEY);
    } finally {
      server.child.kill('SIGKILL');
    }
  });
});

describe('vae serve stopping and refusing bad configuration', () => {
  // A hang shows as the test's timeout; how fast it stops is not this test's business.
  it('stops cleanly on SIGINT and on SIGTERM', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const server = await startVaeServer();
      server.child.kill(signal);
      const { code } = await server.exited;
      expect(code).toBe(0);
      expect(server.output()).toContain('"msg":"stopped"');
    }
  });

  it.each([
    [{ DATABASE_URL: 'notaurl' }, 'DATABASE_URL'],
    [{ PORT: 'abc' }, 'PORT'],
  ])('exits non-zero naming the variable for %o', async (env, name) => {
    const proc = runVae(['serve'], { DATA_DIR: tempDataDir(), ...env });
    const { code } = await proc.exited;
    expect(code).not.toBe(0);
    expect(proc.output()).toContain(`${name}:`);
  });

  it('migrates a database from the command line, twice without harm', async () => {
    const dataDir = tempDataDir();
    const env = { DATABASE_URL: `file:${join(dataDir, 'm.db')}` };
    for (let i = 0; i < 2; i++) {
      const proc = runVae(['migrate'], env);
      expect((await proc.exited).code, proc.output()).toBe(0);
      expect(proc.output()).toContain('Migrations applied');
    }
  });

  it('prints its help', async () => {
    const proc = runVae(['--help'], {});
    expect((await proc.exited).code).toBe(0);
    expect(proc.output()).toMatch(/serve[\s\S]*migrate[\s\S]*DATABASE_URL/);
  });
});
