import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAppConfig } from '../app-context.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { mintDemoSession } from './demo-sessions.js';
import { DEMO_ORIGIN } from './seed-access.js';
import { seedDemoData } from './seed-demo.js';

describe('demo portal sessions', { timeout: 120_000 }, () => {
  let t: TestApp;
  let folder: string;
  const deps = () => ({
    db: t.db,
    clock: t.clock,
    config: { ...defaultAppConfig, tokenSecret: 'test-secret', dataDir: folder },
  });
  beforeEach(async () => {
    t = await createTestApp({}, { partner: false });
    folder = mkdtempSync(join(tmpdir(), 'vae-demo-sessions-'));
  });
  afterEach(() => {
    t.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const get = (path: string, token: string, origin = DEMO_ORIGIN) =>
    t.app.request(`/api/v1${path}`, {
      headers: { Authorization: `Bearer ${token}`, Origin: origin },
    });

  it('opens the student tracker and the staff inboxes from the demo origin only', async () => {
    await seedDemoData(t.db, { now: t.clock.now(), config: deps().config });
    const student = await mintDemoSession(deps(), 'student');
    const tracker = await get('/candidate/candidacy', student.token);
    expect(tracker.status).toBe(200);
    expect(((await tracker.json()) as { status: string }).status).toBe(
      'DOSSIER_FAISABILITE_RECEVABLE',
    );
    expect((await get('/candidate/candidacy', student.token, 'https://evil.example')).status).toBe(
      403,
    );

    const aap = await mintDemoSession(deps(), 'aap');
    const inbox = await get('/aap/candidacies', aap.token);
    expect(inbox.status).toBe(200);
    expect(((await inbox.json()) as { items: unknown[] }).items.length).toBeGreaterThan(5);
    const certificateur = await mintDemoSession(deps(), 'certificateur');
    expect((await get('/certificateur/feasibility-stats', certificateur.token)).status).toBe(200);
    expect((await get('/aap/candidacies', certificateur.token)).status).toBe(403);
  });

  it('answers 404 before the demo data is there', async () => {
    await expect(mintDemoSession(deps(), 'student')).rejects.toMatchObject({ status: 404 });
  });
});
