import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import {
  type AppConfig,
  createDatabase,
  type Database,
  DEMO_ORIGIN,
  defaultAppConfig,
  migrateDatabase,
  seedDemoData,
  silentLogger,
} from '@vae/bff';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeServerApp } from './server.js';

describe('the university portal demo route', { timeout: 30_000 }, () => {
  let folder: string;
  let db: Database;
  let config: AppConfig;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-demo-portal-'));
    db = createDatabase(`file:${join(folder, 'vae.db')}`);
    await migrateDatabase(db);
    config = { ...defaultAppConfig, tokenSecret: 'demo-portal-test', dataDir: folder };
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const app = () => composeServerApp(config, db, silentLogger);
  const mint = (subject: string) =>
    app().request(`/demo-api/sessions/${subject}`, { method: 'POST' });
  const read = (path: string, token: string) =>
    app().request(`/api/v1${path}`, {
      headers: { Authorization: `Bearer ${token}`, Origin: DEMO_ORIGIN },
    });

  it('mints the student session the tracker reads with, and the staff inbox sessions', async () => {
    await seedDemoData(db, { config });
    const student = await mint('student');
    expect(student.status).toBe(200);
    expect(student.headers.get('cache-control')).toBe('no-store');
    const session = (await student.json()) as { token: string; expiresAt: string };
    expect(session.token).toMatch(/^vae_es_/);
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
    const tracker = await read('/candidate/candidacy', session.token);
    expect(tracker.status).toBe(200);

    const aap = (await (await mint('aap')).json()) as { token: string };
    expect((await read('/aap/candidacies', aap.token)).status).toBe(200);
    const certificateur = (await (await mint('certificateur')).json()) as { token: string };
    expect((await read('/certificateur/feasibility-stats', certificateur.token)).status).toBe(200);
    // A staff session opens that account's inbox only.
    expect((await read('/aap/candidacies', certificateur.token)).status).toBe(403);
  });

  it('answers problem+json for an unknown subject and before the demo data exists', async () => {
    const unknown = await mint('admin');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const missing = await mint('student');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ status: 404 });
  });

  it('does not exist on a server whose public URL is not local', async () => {
    await seedDemoData(db, { config });
    config = { ...config, publicUrl: 'https://vae.example.org' };
    const refused = await mint('student');
    expect(refused.status).toBe(404);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('the university portal demo route answers the local demo only', {
  timeout: 30_000,
}, () => {
  let folder: string;
  let db: Database;
  let config: AppConfig;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-demo-local-'));
    db = createDatabase(`file:${join(folder, 'vae.db')}`);
    await migrateDatabase(db);
    config = { ...defaultAppConfig, tokenSecret: 'demo-portal-test', dataDir: folder };
    // Seeded, so that a refusal is the guard's doing and not missing demo data.
    await seedDemoData(db, { config });
  }, 60_000);
  afterAll(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const app = () => composeServerApp(config, db, silentLogger);
  const mintAs = (url: string, headers: Record<string, string>, peer?: string) =>
    app().request(
      url,
      { method: 'POST', headers },
      peer ? { incoming: { socket: { remoteAddress: peer } } } : undefined,
    );

  it('answers the pages of this very server and local scripts', async () => {
    const page = await mintAs(
      'http://localhost:8787/demo-api/sessions/student',
      { Origin: 'http://localhost:8787' },
      '127.0.0.1',
    );
    expect(page.status).toBe(200);
    const script = await mintAs('http://127.0.0.1:8787/demo-api/sessions/aap', {}, '::1');
    expect(script.status).toBe(200);
  });

  it.each([
    ['a page of another site', 'http://localhost:8787', { Origin: 'https://attacker.example' }],
    ['another port of this machine', 'http://localhost:8787', { Origin: 'http://localhost:5000' }],
    ['a sandboxed page', 'http://localhost:8787', { Origin: 'null' }],
    // DNS rebinding: the attacker's name resolves to 127.0.0.1; the browser sends its Host.
    ['a DNS name rebound to this machine', 'http://rebound.example:8787', {}],
  ])('refuses %s with 403 problem+json, minting nothing', async (_, base, headers) => {
    const refused = await mintAs(`${base}/demo-api/sessions/student`, headers, '127.0.0.1');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const body = await refused.json();
    expect(body).toMatchObject({ status: 403, code: 'DEMO_LOCAL_ONLY' });
    expect(JSON.stringify(body)).not.toMatch(/vae_es_/);
  });

  it('refuses a peer that is not this machine, even naming localhost', async () => {
    const remote = await mintAs(
      'http://localhost:8787/demo-api/sessions/certificateur',
      {},
      '203.0.113.7',
    );
    expect(remote.status).toBe(403);
  });

  it('knows the peer of a real connection: a loopback client gets its session', async () => {
    const server = serve({ fetch: app().fetch, hostname: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    try {
      const { port } = server.address() as AddressInfo;
      const url = `http://127.0.0.1:${port}/demo-api/sessions/student`;
      expect((await fetch(url, { method: 'POST' })).status).toBe(200);
      const foreign = await fetch(url, {
        method: 'POST',
        headers: { Origin: 'https://attacker.example' },
      });
      expect(foreign.status).toBe(403);
    } finally {
      server.close();
    }
  });
});
