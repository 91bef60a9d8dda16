import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  candidateIdentity,
  eligibleAnswers,
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('AAP list and panel content: answers as submitted, certification label, server sort', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
    const journey = lifecycleJourney(api, fx);
    let minute = 0;
    const tick = () => t.clock.set(new Date(Date.UTC(2026, 2, 2, 9, minute++)));
    for (const familyName of ['Bernard', 'dupont', 'Abadie']) {
      tick();
      const created = await journey.submitted({
        candidate: { ...candidateIdentity, familyName, email: `${familyName}@example.org` },
      });
      ids[familyName] = created.id;
    }
    tick();
    // Bernard moves on: taken over, so his status comes later in the journey and he changed last.
    await api.call('POST', `/aap/candidacies/${ids.Bernard}/take-over`, { bearer: fx.keys.aap });
  });
  afterAll(() => t.close());

  const names = async (query: string) => {
    const res = await api.call('GET', `/aap/candidacies?${query}`, { bearer: fx.keys.aap });
    expect(res.status).toBe(200);
    const body = await res.json();
    return body.items.map(
      (item: { candidate: { familyName: string } }) => item.candidate.familyName,
    );
  };

  it('shows the eligibility answers as submitted in the professional view, never the NIR', async () => {
    const res = await api.call('GET', `/aap/candidacies/${ids.dupont}`, { bearer: fx.keys.aap });
    const view = await res.json();
    expect(view.eligibilityAnswers).toEqual({
      typology: eligibleAnswers.typology,
      experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
      recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE', validUntil: null },
      dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
      department: '75',
      employerReadyForContratPro: null,
    });
    expect(JSON.stringify(view)).not.toMatch(/nir(?!":)|nirEncrypted/i);
  });

  it('gives each list item its certification label', async () => {
    const res = await api.call('GET', '/aap/candidacies', { bearer: fx.keys.aap });
    const [item] = (await res.json()).items;
    expect(item.certificationCode).toBe('RNCP35830');
    expect(item.certificationLabel).toEqual(expect.any(String));
    expect(item.certificationLabel.length).toBeGreaterThan(0);
  });

  it('sorts by last change (newest first by default), by candidate name and by status', async () => {
    expect((await names(''))[0]).toBe('Bernard');
    expect(await names('sort=lastChange&order=asc')).toEqual(['dupont', 'Abadie', 'Bernard']);
    expect(await names('sort=candidate')).toEqual(['Abadie', 'Bernard', 'dupont']);
    expect(await names('sort=candidate&order=desc')).toEqual(['dupont', 'Bernard', 'Abadie']);
    expect((await names('sort=status&order=desc'))[0]).toBe('Bernard');
    expect((await names('sort=status&order=asc')).at(-1)).toBe('Bernard');
  });

  it('keeps pages disjoint under a sort', async () => {
    const first = await names('sort=candidate&pageSize=2&page=1');
    const second = await names('sort=candidate&pageSize=2&page=2');
    expect([...first, ...second]).toEqual(['Abadie', 'Bernard', 'dupont']);
  });

  it('refuses an unknown sort key or order with a 400', async () => {
    for (const query of ['sort=email', 'order=up', 'sort=']) {
      const res = await api.call('GET', `/aap/candidacies?${query}`, { bearer: fx.keys.aap });
      expect(res.status, query).toBe(400);
    }
  });
});
