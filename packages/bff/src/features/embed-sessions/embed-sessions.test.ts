import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signEmbedSession } from '../../crypto/embed-session-token.js';
import {
  type LifecycleFixtures,
  lifecycleClient,
  PARTNER_ORIGIN,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createAccount } from '../accounts/service.js';
import {
  type CreatedPartner,
  createPartner,
  issuePartnerSecretKey,
  revokeKey,
} from '../partners/service.js';

const OTHER_ORIGIN = 'https://autre-partenaire.example.org';

describe('embed sessions', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  let journey: ReturnType<typeof lifecycleJourney>;
  let other: CreatedPartner;

  beforeEach(async () => {
    t = await createTestApp();
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
    journey = lifecycleJourney(api, fx);
    other = await createPartner(t.db, { name: 'Université', origins: [OTHER_ORIGIN] });
  });
  afterEach(() => t.close());

  const mint = (scope: unknown, bearer = fx.partner.secretKey, headers = {}) =>
    api.call('POST', '/embed-sessions', { bearer, json: { scope }, headers });
  const mintToken = async (scope: unknown, bearer = fx.partner.secretKey) => {
    const res = await mint(scope, bearer);
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()).token as string;
  };
  const track = (token: string, origin?: string) =>
    api.call('GET', '/candidate/candidacy', {
      bearer: token,
      headers: origin ? { Origin: origin } : {},
    });

  it('mints a 15-minute token with the partner secret key only', async () => {
    const c = await journey.submitted();
    const res = await mint({ kind: 'candidacy', id: c.id });
    expect(res.status).toBe(201);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const body = await res.json();
    expect(body.token).toMatch(/^vae_es_[\w-]{115}$/);
    expect(body.expiresAt).toBe('2026-03-02T09:15:00.000Z');

    const publishable = await mint({ kind: 'candidacy', id: c.id }, fx.partner.publishableKey);
    expect(publishable.status).toBe(401);
    expect(publishable.headers.get('Content-Type')).toContain('application/problem+json');
    const unknown = await mint(
      { kind: 'candidacy', id: c.id },
      'sk_live_0000000000000000000000000000000A',
    );
    expect(unknown.status).toBe(401);
    expect((await mint({ kind: 'candidacy', id: c.id }, fx.keys.aap)).status).toBe(403);
    expect((await mint({ kind: 'candidacy', id: c.id }, c.trackingCode)).status).toBe(403);
    const fromBrowser = await mint({ kind: 'candidacy', id: c.id }, fx.partner.secretKey, {
      Origin: PARTNER_ORIGIN,
    });
    expect(fromBrowser.status).toBe(403);
    expect((await fromBrowser.json()).code).toBe('SECRET_KEY_IN_BROWSER');
    const invalid = await mint({ kind: 'candidacy', id: 'not-a-uuid' });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].path).toBe('scope.id');
  });

  it('reads the tracker as the candidate, from the partner’s origin or a server', async () => {
    const c = await journey.submitted();
    const token = await mintToken({ kind: 'candidacy', id: c.id });
    const fromPage = await track(token, PARTNER_ORIGIN);
    expect(fromPage.status).toBe(200);
    expect(fromPage.headers.get('Access-Control-Allow-Origin')).toBe(PARTNER_ORIGIN);
    expect((await fromPage.json()).id).toBe(c.id);
    expect((await track(token)).status).toBe(200);
    // The candidate's actions too, e.g. confirming the parcours the AAP sent.
    await api.call('POST', `/aap/candidacies/${c.id}/take-over`, { bearer: fx.keys.aap });
    await api.call('POST', `/aap/candidacies/${c.id}/parcours`, { bearer: fx.keys.aap });
    const confirmed = await api.call('POST', '/candidate/candidacy/parcours/confirm', {
      bearer: token,
      headers: { Origin: PARTNER_ORIGIN },
    });
    expect(confirmed.status).toBe(200);
    expect((await confirmed.json()).status).toBe('PARCOURS_CONFIRME');
  });

  it('refuses the token from another partner’s origin', async () => {
    const c = await journey.submitted();
    const token = await mintToken({ kind: 'candidacy', id: c.id });
    const refused = await track(token, OTHER_ORIGIN);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('Content-Type')).toContain('application/problem+json');
    expect((await refused.json()).code).toBe('ORIGIN_NOT_ALLOWED');
    expect((await track(token, 'https://evil.example.com')).status).toBe(403);
  });

  it('refuses an expired token', async () => {
    const c = await journey.submitted();
    const token = await mintToken({ kind: 'candidacy', id: c.id });
    t.clock.set(new Date('2026-03-02T09:14:59.000Z'));
    expect((await track(token)).status).toBe(200);
    t.clock.set(new Date('2026-03-02T09:15:00.000Z'));
    const expired = await track(token, PARTNER_ORIGIN);
    expect(expired.status).toBe(401);
    expect(expired.headers.get('WWW-Authenticate')).toContain('Bearer');
  });

  it('refuses a tampered token or one signed with another secret', async () => {
    const a = await journey.submitted();
    const b = await journey.submitted();
    const token = await mintToken({ kind: 'candidacy', id: a.id });
    const body = token.slice('vae_es_'.length);
    // Flip one character of the payload (the candidacy id) and one of the signature.
    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    expect((await track(`vae_es_${flip(body, 60)}`)).status).toBe(401);
    expect((await track(`vae_es_${flip(body, 100)}`)).status).toBe(401);
    const forged = signEmbedSession(
      {
        kind: 'candidacy',
        partnerId: fx.partner.id,
        partnerKeyId: fx.partner.secretKeyId,
        candidacyId: b.id,
        expiresAt: 2_000_000_000,
      },
      'another-secret',
    );
    expect((await track(forged)).status).toBe(401);
    expect((await track(`${token}A`)).status).toBe(401);
  });

  it('ends the sessions of a revoked secret key, not those of the partner’s other keys', async () => {
    const c = await journey.submitted();
    // Rotation: the partner gets a second secret key, then revokes the first (leaked) one.
    const rotated = await issuePartnerSecretKey(t.db, fx.partner.id);
    const fromOld = await mintToken({ kind: 'candidacy', id: c.id });
    const fromNew = await mintToken({ kind: 'candidacy', id: c.id }, rotated.key);
    expect((await track(fromOld, PARTNER_ORIGIN)).status).toBe(200);
    expect(await revokeKey(t.db, fx.partner.secretKeyId)).toBe(fx.partner.secretKeyId);
    const ended = await track(fromOld, PARTNER_ORIGIN);
    expect(ended.status).toBe(401);
    expect(ended.headers.get('Content-Type')).toContain('application/problem+json');
    expect((await track(fromNew, PARTNER_ORIGIN)).status).toBe(200);
  });

  it('scopes a token to its one candidacy', async () => {
    const a = await journey.submitted();
    const b = await journey.submitted();
    const token = await mintToken({ kind: 'candidacy', id: a.id });
    const view = await (await track(token)).json();
    expect(view.id).toBe(a.id);
    expect(view.id).not.toBe(b.id);
    // Not a professional credential.
    const asAap = await api.call('GET', `/aap/candidacies/${b.id}`, { bearer: token });
    expect(asAap.status).toBe(403);
    // Another partner may not mint for a candidacy it neither created nor linked.
    const foreign = await mint({ kind: 'candidacy', id: a.id }, other.secretKey);
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).code).toBe('CANDIDACY_NOT_LINKED');
    // An id that does not exist gets the same answer.
    const missing = await mint({ kind: 'candidacy', id: '01900000-0000-7000-8000-000000000000' });
    expect((await missing.json()).code).toBe('CANDIDACY_NOT_LINKED');
  });

  it('links a candidacy created elsewhere once, with its id and tracking code', async () => {
    const c = await journey.submitted();
    const link = (trackingCode: string) =>
      api.call('POST', '/embed-sessions/links', {
        bearer: other.secretKey,
        json: { candidacyId: c.id, trackingCode },
      });
    const wrong = await link('vae_tc_0000000000000000000000000000000A');
    expect(wrong.status).toBe(404);
    expect((await mint({ kind: 'candidacy', id: c.id }, other.secretKey)).status).toBe(403);

    const linked = await link(c.trackingCode);
    expect(linked.status).toBe(201);
    expect(await linked.json()).toEqual({
      candidacyId: c.id,
      linkedAt: '2026-03-02T09:00:00.000Z',
    });
    t.clock.set(new Date('2026-03-02T10:00:00.000Z'));
    const again = await link(c.trackingCode);
    expect(again.status).toBe(200);
    expect((await again.json()).linkedAt).toBe('2026-03-02T09:00:00.000Z');

    const token = await mintToken({ kind: 'candidacy', id: c.id }, other.secretKey);
    expect((await track(token, OTHER_ORIGIN)).status).toBe(200);
    // The token is bound to the partner that minted it, not to the candidacy's creator.
    expect((await track(token, PARTNER_ORIGIN)).status).toBe(403);
    const publishable = await api.call('POST', '/embed-sessions/links', {
      bearer: other.publishableKey,
      json: { candidacyId: c.id, trackingCode: c.trackingCode },
    });
    expect(publishable.status).toBe(401);
  });

  it('acts as a professional account with that account’s scope', async () => {
    const inSiteA1 = await journey.submitted({ aapId: 'site-a1' });
    const inSiteA2 = await journey.submitted({ aapId: 'site-a2' });
    const antenna = await createAccount(t.db, {
      role: 'aap-antenna',
      name: 'Antenne A1 (intranet)',
      aapSiteId: 'site-a1',
    });
    const scope = { kind: 'account', id: antenna.id, accountKey: antenna.apiKey.key };
    const token = await mintToken(scope);
    expect(token).toMatch(/^vae_es_[\w-]{136}$/);
    const call = (path: string) =>
      api.call('GET', path, { bearer: token, headers: { Origin: PARTNER_ORIGIN } });

    const list = await call('/aap/candidacies');
    expect(list.status).toBe(200);
    const ids = (await list.json()).items.map((item: { id: string }) => item.id);
    expect(ids).toContain(inSiteA1.id);
    expect(ids).not.toContain(inSiteA2.id);
    expect((await call(`/aap/candidacies/${inSiteA1.id}`)).status).toBe(200);
    expect((await call(`/aap/candidacies/${inSiteA2.id}`)).status).toBe(404);
    expect((await call('/certificateur/feasibility')).status).toBe(403);
    expect((await call('/candidate/candidacy')).status).toBe(403);
    const taken = await api.call('POST', `/aap/candidacies/${inSiteA1.id}/take-over`, {
      bearer: token,
      headers: { Origin: PARTNER_ORIGIN },
    });
    expect(taken.status).toBe(200);
    expect(
      (
        await api.call('GET', '/aap/candidacies', {
          bearer: token,
          headers: { Origin: OTHER_ORIGIN },
        })
      ).status,
    ).toBe(403);

    // Revoking the account key the session was minted with ends the session.
    await revokeKey(t.db, antenna.apiKey.id);
    expect((await call('/aap/candidacies')).status).toBe(401);
  });

  it('mints for an account only with a live key of that account, never for an admin', async () => {
    const antenna = await createAccount(t.db, {
      role: 'aap-antenna',
      name: 'Antenne A2 (intranet)',
      aapSiteId: 'site-a2',
    });
    const refused = await mint({ kind: 'account', id: antenna.id, accountKey: fx.keys.antennaA1 });
    expect(refused.status).toBe(403);
    expect((await refused.json()).code).toBe('ACCOUNT_NOT_PROVEN');
    const missingKey = await mint({ kind: 'account', id: antenna.id });
    expect(missingKey.status).toBe(400);

    const admin = await createAccount(t.db, { role: 'admin', name: 'Opérateur 2' });
    const asAdmin = await mint({ kind: 'account', id: admin.id, accountKey: admin.apiKey.key });
    expect(asAdmin.status).toBe(403);
    expect((await asAdmin.json()).code).toBe('ACCOUNT_NOT_EMBEDDABLE');

    const local = await createAccount(t.db, {
      role: 'certificateur-local',
      name: 'Unité 75 (intranet)',
      certificateurId: fx.certificateurs.national,
      departments: ['75'],
      certificationCodes: ['RNCP35830'],
    });
    const token = await mintToken({ kind: 'account', id: local.id, accountKey: local.apiKey.key });
    const inbox = await api.call('GET', '/certificateur/feasibility', { bearer: token });
    expect(inbox.status).toBe(200);
  });

  it('documents both routes with the secret key scheme, and the session scheme', async () => {
    const document = await (await api.call('GET', '/openapi.json', {})).json();
    expect(document.components.securitySchemes.embedSession).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    for (const path of ['/embed-sessions', '/embed-sessions/links']) {
      expect(document.paths[path].post.security, path).toEqual([{ partnerSecretKey: [] }]);
      expect(Object.keys(document.paths[path].post.responses)).toEqual(
        expect.arrayContaining(['400', '401', '403']),
      );
    }
  });
});
