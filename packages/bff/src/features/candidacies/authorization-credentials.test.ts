import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CANDIDATE_ROUTES,
  concretePath,
  documentedOperations,
  type MatrixRoute,
  operationsOf,
  PROFESSIONAL_ROUTES,
} from '../../test-support/authorization-routes.js';
import { expectBareRefusal } from '../../test-support/bare-refusal.js';
import { type DeadCredential, deadCredentials } from '../../test-support/dead-credentials.js';
import {
  candidateIdentity,
  type LifecycleFixtures,
  lifecycleClient,
  PARTNER_ORIGIN,
  seedLifecycleFixtures,
  type TestResponse,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('authorisation matrix: expired, revoked and replayed credentials on every route', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  let candidacy: { id: string; trackingCode: string };
  let documentId: string;
  let revoked: DeadCredential[];
  let expiring: DeadCredential[];
  let mintedAt: Date;
  let expiresAt: Date;

  // About seventy requests and writes: under test:sqld each is a round trip to the server.
  beforeAll(async () => {
    // No implicit partner key: every request goes exactly as written.
    t = await createTestApp({}, { partner: false });
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
    candidacy = await lifecycleJourney(api, fx).feasibilitySent(fx.certificateurs.national);
    const view = await (
      await api.call('GET', `/admin/candidacies/${candidacy.id}`, { bearer: fx.keys.admin })
    ).json();
    documentId = view.documents[0].id;
    mintedAt = t.clock.now();
    ({ revoked, expiring, expiresAt } = await deadCredentials(t, api, fx, candidacy.id));
  }, 60_000);
  afterAll(() => t.close());

  /** Personal data and identifiers of the test candidacy that no refusal may carry. */
  const secrets = () => [
    candidateIdentity.givenName,
    candidateIdentity.familyName,
    candidateIdentity.email,
    candidateIdentity.phone,
    candidacy.id,
    candidacy.trackingCode,
    documentId,
  ];

  const expectBare = (res: TestResponse, status: number, label: string) =>
    expectBareRefusal(res, status, secrets(), label);

  const request = (route: MatrixRoute, bearer: string, headers: Record<string, string> = {}) =>
    api.call(route.method, concretePath(route, { candidacyId: candidacy.id, documentId }), {
      ...route.body?.(),
      bearer,
      headers,
    });

  it('walks every professional and candidate route of the OpenAPI document', async () => {
    const document = await (await api.call('GET', '/openapi.json', {})).json();
    expect(documentedOperations(document, /^\/(aap|certificateur|admin|candidate)\//)).toEqual(
      operationsOf([...PROFESSIONAL_ROUTES, ...CANDIDATE_ROUTES]),
    );
    expect(revoked.length).toBe(14);
    expect(expiring.length).toBe(5);
  });

  for (const route of [...PROFESSIONAL_ROUTES, ...CANDIDATE_ROUTES]) {
    const label = `${route.method} ${route.path}`;
    it(`${label}: 401 revoked or expired, 403 replayed from another site`, async () => {
      t.clock.set(mintedAt);
      for (const credential of revoked) {
        const res = await request(route, credential.token);
        const body = await expectBare(res, 401, `${label} ${credential.label}`);
        expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
        expect(body.type).toBe('urn:vae:problem:unauthorized');
      }
      // The revoked sessions from the partner's own page: still 401.
      for (const credential of revoked.filter((dead) => dead.token.startsWith('vae_es_'))) {
        const fromPage = await request(route, credential.token, { Origin: PARTNER_ORIGIN });
        await expectBare(fromPage, 401, `${label} ${credential.label} from the page`);
      }
      // Live sessions replayed from another site's page: refused on the Origin.
      for (const credential of expiring) {
        const replayed = await request(route, credential.token, {
          Origin: 'https://autre-site.example.org',
        });
        const body = await expectBare(replayed, 403, `${label} ${credential.label} replayed`);
        expect(body.code).toBe('ORIGIN_NOT_ALLOWED');
      }
      try {
        t.clock.set(expiresAt);
        for (const credential of expiring) {
          const res = await request(route, credential.token);
          await expectBare(res, 401, `${label} expired ${credential.label}`);
          expect(res.headers.get('WWW-Authenticate')).toContain('Bearer');
        }
      } finally {
        t.clock.set(mintedAt);
      }
    });
  }
});
