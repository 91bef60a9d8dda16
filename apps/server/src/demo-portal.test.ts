import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
