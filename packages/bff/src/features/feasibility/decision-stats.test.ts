import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('GET /certificateur/feasibility-stats', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  let journey: ReturnType<typeof lifecycleJourney>;
  beforeEach(async () => {
    t = await createTestApp();
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
    journey = lifecycleJourney(api, fx);
  });
  afterEach(() => t.close());

  const stats = async (key: string) => {
    const res = await api.call('GET', '/certificateur/feasibility-stats', { bearer: key });
    expect(res.status).toBe(200);
    return res.json();
  };
  const advanceDays = (days: number) =>
    t.clock.set(new Date(t.clock.now().getTime() + days * 86_400_000));

  it('computes shares and the mean delay to a final decision over the last 90 days', async () => {
    const admissible = await journey.feasibilitySent();
    const rejected = await journey.feasibilitySent();
    await journey.feasibilitySent();
    const incomplete = await journey.feasibilitySent();
    advanceDays(10);
    await journey.decide(admissible.id, 'ADMISSIBLE');
    await journey.decide(incomplete.id, 'INCOMPLETE', fx.keys.certificateur, 'Pièce manquante');
    advanceDays(10);
    await journey.decide(rejected.id, 'REJECTED');
    const body = await stats(fx.keys.certificateur);
    expect(body).toEqual({
      windowDays: 90,
      received: 4,
      decided: 2,
      averageDaysToDecision: 15,
      counts: { favourable: 1, pending: 2, unfavourable: 1 },
      shares: { favourable: 25, pending: 50, unfavourable: 25 },
    });
  });

  it('forgets what is older than 90 days and shows nothing to another certificateur', async () => {
    const c = await journey.feasibilitySent();
    await journey.decide(c.id, 'ADMISSIBLE');
    expect((await stats(fx.keys.regional)).received).toBe(0);
    expect((await stats(fx.keys.localLyon)).received).toBe(0);
    expect((await stats(fx.keys.localParis)).received).toBe(1);
    advanceDays(91);
    expect(await stats(fx.keys.certificateur)).toMatchObject({
      received: 0,
      decided: 0,
      averageDaysToDecision: null,
      shares: { favourable: 0, pending: 0, unfavourable: 0 },
    });
  });

  it('refuses callers that are not certificateurs', async () => {
    const anonymous = await api.call('GET', '/certificateur/feasibility-stats', {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('Content-Type')).toContain('problem+json');
    const aap = await api.call('GET', '/certificateur/feasibility-stats', { bearer: fx.keys.aap });
    expect(aap.status).toBe(403);
  });
});
