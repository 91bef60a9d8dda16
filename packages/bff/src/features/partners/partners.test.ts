import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signEmbedSession } from '../../crypto/embed-session-token.js';
import { partners } from '../../db/schema.js';
import {
  eligibleAnswers,
  type LifecycleFixtures,
  lifecycleClient,
  PARTNER_ORIGIN,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createPartner, normaliseOrigin, revokeKey } from './service.js';

describe('partners: publishable keys, origins and CORS', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  beforeEach(async () => {
    t = await createTestApp({}, { partner: false });
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
  });
  afterEach(() => t.close());

  const creation = {
    certificationCode: 'RNCP35830',
    eligibility: eligibleAnswers,
    candidate: { givenName: 'Ana', familyName: 'Lopes', email: 'ana@example.org' },
    accompanimentType: 'AUTONOME',
  };
  const preflight = (origin: string) =>
    t.app.request('/api/v1/candidacies', {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'x-vae-partner, content-type',
      },
    });

  it('answers CORS preflights for the origins of active partners only, except where the guard speaks', async () => {
    const allowed = await preflight(PARTNER_ORIGIN);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'x-vae-partner',
    );
    // Behind requirePartner() any page may send its request, to read the guard's refusal; the
    // tracker's too, to read its origin refusal (readable-refusals.test.ts: nothing else).
    const guarded = await preflight('https://evil.example');
    expect(guarded.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    const bearerPreflight = (path: string, origin: string) =>
      t.app.request(path, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'GET',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
    const tracker = await bearerPreflight('/api/v1/candidate/candidacy', 'https://evil.example');
    expect(tracker.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    const unguarded = await bearerPreflight('/api/v1/aap/candidacies', 'https://evil.example');
    expect(unguarded.headers.get('access-control-allow-origin')).toBeNull();

    await t.db.orm.update(partners).set({ disabledAt: '2026-03-01T00:00:00.000Z' });
    const disabled = await bearerPreflight('/api/v1/aap/candidacies', PARTNER_ORIGIN);
    expect(disabled.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('judges a request on its key and its origin, and answers CORS for allowed origins', async () => {
    const ok = await api.call('POST', '/candidacies', {
      json: creation,
      headers: { 'X-Vae-Partner': fx.partner.publishableKey, Origin: PARTNER_ORIGIN },
    });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);

    const other = await createPartner(t.db, {
      name: 'Université',
      origins: ['https://univ.example'],
    });
    const crossed = await api.call('POST', '/candidacies', {
      json: creation,
      headers: { 'X-Vae-Partner': other.publishableKey, Origin: PARTNER_ORIGIN },
    });
    expect(crossed.status).toBe(403);
    expect(crossed.headers.get('content-type')).toContain('application/problem+json');
    expect((await crossed.json()).code).toBe('ORIGIN_NOT_ALLOWED');
    // The refusal is readable by the page, so the element can say why.
    expect(crossed.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);

    const serverSide = await api.call('POST', '/candidacies', {
      json: creation,
      headers: { 'X-Vae-Partner': other.publishableKey },
    });
    expect(serverSide.status).toBe(201);
  });

  it('refuses a revoked, unknown or secret key given as a publishable key', async () => {
    const send = (key: string) =>
      api.call('POST', '/candidacies', { json: creation, headers: { 'X-Vae-Partner': key } });
    for (const key of [fx.partner.secretKey, 'pk_live_unknown', `${fx.partner.publishableKey}x`]) {
      const res = await send(key);
      expect(res.status, key).toBe(403);
      expect((await res.json()).code).toBe('PARTNER_KEY_INVALID');
    }
    expect(await revokeKey(t.db, fx.partner.publishableKeyId)).toBe(fx.partner.publishableKeyId);
    expect((await send(fx.partner.publishableKey)).status).toBe(403);
  });

  it('takes the key from ?partner= on GET requests only', async () => {
    const created = await (
      await api.call('POST', '/candidacies', {
        json: creation,
        headers: { 'X-Vae-Partner': fx.partner.publishableKey },
      })
    ).json();
    const read = (query: string, origin: string) =>
      api.call('GET', `/candidate/candidacy${query}`, {
        bearer: created.trackingCode,
        headers: { Origin: origin },
      });
    expect((await read(`?partner=${fx.partner.publishableKey}`, PARTNER_ORIGIN)).status).toBe(200);
    expect((await read('?partner=pk_live_nope', PARTNER_ORIGIN)).status).toBe(403);
    expect((await read('', 'https://evil.example')).status).toBe(403);
  });

  it('lets a page outside every allow-list read the tracker’s origin refusal, and nothing else', async () => {
    const { trackingCode } = await (
      await api.call('POST', '/candidacies', {
        json: creation,
        headers: { 'X-Vae-Partner': fx.partner.publishableKey },
      })
    ).json();
    const EVIL = 'https://evil.example';
    const read = (bearer: string, origin: string, query = '') =>
      api.call('GET', `/candidate/candidacy${query}`, { bearer, headers: { Origin: origin } });
    for (const query of ['', `?partner=${fx.partner.publishableKey}`]) {
      const refused = await read(trackingCode, EVIL, query);
      expect(refused.status, query).toBe(403);
      expect((await refused.json()).code, query).toBe('ORIGIN_NOT_ALLOWED');
      expect(refused.headers.get('access-control-allow-origin'), query).toBe(EVIL);
    }
    // An embed session token signed with another secret: a 401 the foreign page must not read.
    const id = () => crypto.randomUUID();
    const forgedToken = signEmbedSession(
      { kind: 'candidacy', partnerId: id(), partnerKeyId: id(), candidacyId: id(), expiresAt: 2e9 },
      'not the server’s secret',
    );
    const forged = await read(forgedToken, EVIL);
    expect(forged.status).toBe(401);
    expect(forged.headers.get('access-control-allow-origin')).toBeNull();
    // The partner's own page reads the candidacy, as before.
    const ok = await read(trackingCode, PARTNER_ORIGIN, `?partner=${fx.partner.publishableKey}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN);
  });

  it('normalises origins and refuses paths', () => {
    expect(normaliseOrigin('HTTPS://WWW.Example.org/')).toBe('https://www.example.org');
    expect(normaliseOrigin('http://localhost:8787')).toBe('http://localhost:8787');
    expect(normaliseOrigin('https://example.org/widgets')).toBeNull();
    expect(normaliseOrigin('ftp://example.org')).toBeNull();
    expect(normaliseOrigin('example.org')).toBeNull();
  });
});
