import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accounts } from '../db/schema.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { DEMO_ORIGIN, DEMO_PUBLISHABLE_KEY } from './seed-access.js';
import { seedDemoData } from './seed-demo.js';

describe('demo access seed', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({}, { partner: false });
  });
  afterEach(() => t.close());

  it('creates the demo partner and accounts once, with keys that work', async () => {
    const first = await seedDemoData(t.db);
    const access = first.access;
    expect(access?.partner.origins).toEqual([DEMO_ORIGIN, 'http://127.0.0.1:8787']);
    expect(access?.partner.publishableKey).toBe(DEMO_PUBLISHABLE_KEY);
    expect(access?.partner.secretKey).toMatch(/^sk_live_[\w-]{32}$/);
    expect(access?.accounts.map((account) => account.role)).toEqual([
      'aap',
      'aap-antenna',
      'aap-antenna',
      'certificateur',
      'certificateur',
      'admin',
    ]);
    const rows = await t.db.orm.select().from(accounts);
    const [aap, antenna1, antenna2] = rows;
    expect(antenna1?.organismId).toBe(aap?.organismId);
    expect(antenna2?.organismId).toBe(aap?.organismId);
    expect(antenna1?.aapSiteId).not.toBe(antenna2?.aapSiteId);

    const key = access?.accounts[0]?.apiKey ?? '';
    const list = await t.app.request('/api/v1/aap/candidacies', {
      headers: { Authorization: `Bearer ${key}` },
    });
    expect(list.status).toBe(200);
    const certificateurKey = access?.accounts[3]?.apiKey ?? '';
    const inbox = await t.app.request('/api/v1/certificateur/counts', {
      headers: { Authorization: `Bearer ${certificateurKey}` },
    });
    expect(inbox.status).toBe(200);

    expect((await seedDemoData(t.db)).access).toBeNull();
    expect(await t.db.orm.select().from(accounts)).toHaveLength(6);
  });
});
