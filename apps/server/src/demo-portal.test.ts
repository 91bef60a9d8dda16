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
  mintDemoStudentSession,
  seedDemoData,
  silentLogger,
  systemClock,
} from '@vae/bff';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { composeServerApp } from './server.js';
import { candidacyFromElsewhere } from './test-support/candidacy-elsewhere.js';

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

describe('the university portal demo: the student links a candidacy made on another site', {
  timeout: 30_000,
}, () => {
  const LOCAL = 'http://localhost:8787';
  let folder: string;
  let db: Database;
  let config: AppConfig;
  let seededId: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-demo-link-'));
    db = createDatabase(`file:${join(folder, 'vae.db')}`);
    await migrateDatabase(db);
    config = { ...defaultAppConfig, tokenSecret: 'demo-portal-test', dataDir: folder };
    await seedDemoData(db, { config });
    seededId = await candidacyIdOf(await mint(composeServerApp(config, db, silentLogger)));
  }, 60_000);
  afterAll(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });
  type App = ReturnType<typeof composeServerApp>;
  const app = () => composeServerApp(config, db, silentLogger);
  const fromPage = { Origin: LOCAL };
  const link = (target: App, body: string, headers: Record<string, string> = fromPage) =>
    target.request(`${LOCAL}/demo-api/student/link`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body,
    });
  const linkCode = (trackingCode: string, target = app()) =>
    link(target, JSON.stringify({ trackingCode }));
  async function mint(target: App, cookie?: string): Promise<string> {
    const res = await target.request(`${LOCAL}/demo-api/sessions/student`, {
      method: 'POST',
      headers: { ...fromPage, ...(cookie ? { Cookie: cookie } : {}) },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { token: string }).token;
  }
  /** The candidacy a session token opens, as the tracker reads it. */
  async function candidacyIdOf(token: string, target = app()): Promise<string> {
    const res = await target.request('/api/v1/candidate/candidacy', {
      headers: { Authorization: `Bearer ${token}`, Origin: DEMO_ORIGIN },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { id: string }).id;
  }
  /** `name=value` of the Set-Cookie header, and its attributes. */
  function cookieOf(res: Response): { pair: string; attributes: string } {
    const [pair = '', ...attributes] = (res.headers.get('set-cookie') ?? '').split(';');
    return { pair: pair.trim(), attributes: attributes.join(';') };
  }

  it("links with the tracking code: a signed HttpOnly cookie, then this visitor's sessions open that candidacy", async () => {
    const elsewhere = await candidacyFromElsewhere(app(), db, 1);
    expect(elsewhere.id).not.toBe(seededId);
    const linked = await linkCode(elsewhere.trackingCode);
    expect(linked.status).toBe(201);
    expect(linked.headers.get('cache-control')).toBe('no-store');
    expect(await linked.json()).toMatchObject({ candidacyId: elsewhere.id });
    const { pair, attributes } = cookieOf(linked);
    expect(pair).toMatch(/^vae_demo_student_candidacy=/);
    expect(pair).not.toContain(elsewhere.trackingCode);
    expect(attributes).toMatch(/HttpOnly/);
    expect(attributes).toMatch(/SameSite=Strict/);
    expect(attributes).toMatch(/Path=\/demo-api/);

    expect(await candidacyIdOf(await mint(app(), pair))).toBe(elsewhere.id);
    // Another visitor (no cookie) still follows the fictional student's candidacy.
    expect(await candidacyIdOf(await mint(app()))).toBe(seededId);
    // Linking again is harmless.
    expect((await linkCode(elsewhere.trackingCode)).status).toBe(200);

    // What a real portal does with the code alone, server to server (docs/EMBEDDING.md): read
    // the candidacy's id with it, then POST /embed-sessions/links { candidacyId, trackingCode }.
    const read = await app().request('/api/v1/candidate/candidacy', {
      headers: { Authorization: `Bearer ${elsewhere.trackingCode}` },
    });
    expect(read.status).toBe(200);
    expect(((await read.json()) as { id: string }).id).toBe(elsewhere.id);
  });

  it('answers an unknown or malformed code with problem+json, and sets no cookie', async () => {
    const unknown = await linkCode(`vae_tc_${'A'.repeat(32)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(unknown.headers.get('cache-control')).toBe('no-store');
    expect(await unknown.json()).toMatchObject({ status: 404, code: 'TRACKING_CODE_UNKNOWN' });
    expect(unknown.headers.has('set-cookie')).toBe(false);

    for (const body of [JSON.stringify({ trackingCode: 'ABC-123' }), '{"trackingCode":', '[]']) {
      const malformed = await link(app(), body);
      expect(malformed.status).toBe(400);
      expect(malformed.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await malformed.json()).toMatchObject({ code: 'TRACKING_CODE_MALFORMED' });
      expect(malformed.headers.has('set-cookie')).toBe(false);
    }
  });

  it('ignores an unsigned, tampered or foreign-signed cookie: the seeded candidacy is minted', async () => {
    const elsewhere = await candidacyFromElsewhere(app(), db, 2);
    const { pair } = cookieOf(await linkCode(elsewhere.trackingCode));
    const signed = pair.slice(pair.indexOf('=') + 1);
    const unsigned = `vae_demo_student_candidacy=${elsewhere.id}`;
    const tampered = `vae_demo_student_candidacy=${signed.replace(/.(?=[^.]*$)/, (ch) => (ch === 'A' ? 'B' : 'A'))}`;
    const other = composeServerApp({ ...config, tokenSecret: 'another-server' }, db, silentLogger);
    for (const cookie of [unsigned, tampered, 'vae_demo_student_candidacy=']) {
      expect(await candidacyIdOf(await mint(app(), cookie))).toBe(seededId);
    }
    // Signed by another server's secret: not this server's cookie.
    expect(await candidacyIdOf(await mint(other, pair), other)).toBe(seededId);
    // The genuine cookie still works.
    expect(await candidacyIdOf(await mint(app(), pair))).toBe(elsewhere.id);
  });

  it('refuses a foreign page and a non-local server, linking nothing', async () => {
    const elsewhere = await candidacyFromElsewhere(app(), db, 3);
    const body = JSON.stringify({ trackingCode: elsewhere.trackingCode });
    const foreign = await link(app(), body, { Origin: 'https://attacker.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: 'DEMO_LOCAL_ONLY' });
    expect(foreign.headers.has('set-cookie')).toBe(false);
    expect(foreign.headers.has('access-control-allow-origin')).toBe(false);
    const deployed = composeServerApp(
      { ...config, publicUrl: 'https://vae.example.org' },
      db,
      silentLogger,
    );
    const absent = await link(deployed, body);
    expect(absent.status).toBe(404);
    expect(absent.headers.has('set-cookie')).toBe(false);
    // Not linked: a session asked for it is the fictional student's.
    const session = await mintDemoStudentSession({ db, clock: systemClock, config }, elsewhere.id);
    expect(await candidacyIdOf(session.token)).toBe(seededId);
  });

  it('limits the link attempts per client address like the API (429, Retry-After)', async () => {
    const limited = composeServerApp(
      { ...config, rateLimit: { perKeyPerMinute: 2, perIpPerMinute: 2 } },
      db,
      silentLogger,
    );
    const code = `vae_tc_${'B'.repeat(32)}`;
    expect((await linkCode(code, limited)).status).toBe(404);
    expect((await linkCode(code, limited)).status).toBe(404);
    const refused = await linkCode(code, limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });
});
