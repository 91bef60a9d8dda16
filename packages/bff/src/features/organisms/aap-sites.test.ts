import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { currentDirectory } from './directory.js';

describe('AAP sites: counts and visibility settings', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;

  beforeAll(async () => {
    t = await createTestApp();
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
    const journey = lifecycleJourney(api, fx);
    await journey.submitted();
    const taken = await journey.submitted();
    await api.call('POST', `/aap/candidacies/${taken.id}/take-over`, { bearer: fx.keys.aap });
    await journey.submitted({ aapId: 'site-a2' });
  });
  afterAll(() => t.close());

  const list = async (key: string) =>
    (await (await api.call('GET', '/aap/sites', { bearer: key })).json()).items;
  const patch = (key: string, site: string, json: unknown) =>
    api.call('PATCH', `/aap/sites/${site}`, { bearer: key, json });

  it('lists every site of the organism with its candidacies by status', async () => {
    const items = await list(fx.keys.aap);
    expect(items.map((site: { id: string }) => site.id)).toEqual(['site-a1', 'site-a2']);
    const [a1, a2] = items;
    expect(a1).toMatchObject({
      publicName: 'Antenne site-a1',
      closedForAbsence: false,
      total: 2,
      counts: { VALIDATION: 1, PRISE_EN_CHARGE: 1 },
    });
    expect(a2).toMatchObject({ total: 1, counts: { VALIDATION: 1 } });
  });

  it('shows an antenna its own site only, and another organism none of these', async () => {
    expect((await list(fx.keys.antennaA2)).map((site: { id: string }) => site.id)).toEqual([
      'site-a2',
    ]);
    expect((await list(fx.keys.otherAap)).map((site: { id: string }) => site.id)).toEqual([
      'site-b1',
    ]);
  });

  it('closes a site for absence and sets its levels; the AAP directory sees it at once', async () => {
    const before = await currentDirectory(t.db);
    expect(before.byId.get('site-a1')?.site.closed).toBe(false);
    const res = await patch(fx.keys.aap, 'site-a1', {
      closedForAbsence: true,
      levels: { SANTE: [5, 3], NUMERIQUE: [6] },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: 'site-a1',
      closedForAbsence: true,
      levels: { SANTE: [3, 5], NUMERIQUE: [6] },
      total: 2,
    });
    const after = await currentDirectory(t.db);
    expect(after.version).not.toBe(before.version);
    const entry = after.byId.get('site-a1');
    expect(entry?.site.closed).toBe(true);
    expect([...(entry?.levelsByFiliere.get('SANTE') ?? [])].sort()).toEqual([3, 5]);
    expect(entry?.levelList).toEqual([3, 5, 6]);
  });

  it('lets the site’s antenna reopen it without touching its levels', async () => {
    const res = await patch(fx.keys.antennaA1, 'site-a1', { closedForAbsence: false });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      closedForAbsence: false,
      levels: { SANTE: [3, 5], NUMERIQUE: [6] },
    });
  });

  it('answers 404 for a site of another organism or another antenna, unchanged', async () => {
    for (const [key, site] of [
      [fx.keys.otherAap, 'site-a1'],
      [fx.keys.antennaA2, 'site-a1'],
      [fx.keys.aap, 'site-b1'],
      [fx.keys.aap, 'nowhere'],
    ] as const) {
      const res = await patch(key, site, { closedForAbsence: true });
      expect(res.status, `${site}`).toBe(404);
      expect(res.headers.get('Content-Type')).toContain('application/problem+json');
    }
    const [b1] = await list(fx.keys.otherAap);
    expect(b1.closedForAbsence).toBe(false);
  });

  it('refuses bad settings with a 400 listing the field', async () => {
    for (const body of [
      {},
      { closedForAbsence: 'yes' },
      { levels: { SANTE: [2] } },
      { levels: { SANTE: [3, 3] } },
      { levels: { PLOMBERIE: [3] } },
      { closedForAbsence: true, extra: 1 },
    ]) {
      const res = await patch(fx.keys.aap, 'site-a1', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await res.json()).type).toContain('invalid-request');
    }
    const malformed = await t.app.request('/api/v1/aap/sites/site-a1', {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${fx.keys.aap}`, 'Content-Type': 'application/json' },
      body: '{',
    });
    expect(malformed.status).toBe(400);
  });

  it('lets no certificateur or anonymous caller in', async () => {
    expect((await api.call('GET', '/aap/sites', {})).status).toBe(401);
    expect((await api.call('GET', '/aap/sites', { bearer: fx.keys.certificateur })).status).toBe(
      403,
    );
    expect((await patch(fx.keys.admin, 'site-a1', { closedForAbsence: true })).status).toBe(403);
  });
});
