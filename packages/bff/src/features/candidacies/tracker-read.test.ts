import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type LifecycleFixtures,
  lifecycleClient,
  PARTNER_ORIGIN,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createCertificateurAuthority } from '../accounts/service.js';

describe('candidate tracker reads', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  beforeEach(async () => {
    t = await createTestApp();
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
  });
  afterEach(() => t.close());

  const read = (code: string, etag?: string) =>
    api.call('GET', '/candidate/candidacy', {
      bearer: code,
      headers: etag ? { 'If-None-Match': etag } : {},
    });

  it('answers 304 while the candidacy is unchanged, 200 with a new ETag once it moves', async () => {
    const c = await lifecycleJourney(api, fx).submitted();
    const first = await read(c.trackingCode);
    expect(first.status).toBe(200);
    const etag = first.headers.get('ETag');
    expect(etag).toMatch(/^(W\/)?"[^"]+"$/);

    const unchanged = await read(c.trackingCode, etag ?? '');
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    expect(unchanged.headers.get('ETag')).toBe(etag);
    expect(unchanged.headers.get('Cache-Control')).toBe('no-store');

    await api.call('POST', `/aap/candidacies/${c.id}/take-over`, { bearer: fx.keys.aap });
    const moved = await read(c.trackingCode, etag ?? '');
    expect(moved.status).toBe(200);
    expect((await moved.json()).status).toBe('PRISE_EN_CHARGE');
    expect(moved.headers.get('ETag')).not.toBe(etag);
  });

  it('names the certificateur with its public contact e-mail', async () => {
    const authority = await createCertificateurAuthority(t.db, {
      name: 'Rectorat de Paris',
      structure: 'Éducation nationale',
      contactEmail: 'vae@ac-paris.example.org',
      departments: ['75'],
      certificationCodes: ['RNCP35830'],
    });
    const c = await lifecycleJourney(api, fx).feasibilitySent(authority.id);
    const view = await (await read(c.trackingCode)).json();
    expect(view.certificateur).toEqual({
      id: authority.id,
      name: 'Rectorat de Paris',
      email: 'vae@ac-paris.example.org',
    });
  });

  it('keeps the CORS headers on a 304, so a partner page can read it', async () => {
    const c = await lifecycleJourney(api, fx).submitted();
    const headers = { Origin: PARTNER_ORIGIN, 'X-Vae-Partner': fx.partner.publishableKey };
    const first = await api.call('GET', '/candidate/candidacy', {
      bearer: c.trackingCode,
      headers,
    });
    expect(first.headers.get('Access-Control-Allow-Origin')).toBe(PARTNER_ORIGIN);
    const again = await api.call('GET', '/candidate/candidacy', {
      bearer: c.trackingCode,
      headers: { ...headers, 'If-None-Match': first.headers.get('ETag') ?? '' },
    });
    expect(again.status).toBe(304);
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe(PARTNER_ORIGIN);
    expect(again.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
  });

  it('never answers 304 to another candidacy’s code or to no valid code', async () => {
    const journey = lifecycleJourney(api, fx);
    const mine = await journey.submitted();
    const other = await journey.submitted();
    const etag = (await read(mine.trackingCode)).headers.get('ETag') ?? '';
    expect((await read(other.trackingCode, etag)).status).toBe(200);
    expect((await read('vae_tc_unknownunknownunknownunknown12', etag)).status).toBe(401);
  });
});
