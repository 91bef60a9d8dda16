import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CANDIDATE_ROUTES,
  concretePath,
  documentedOperations,
  FOREIGN,
  type MatrixRoute,
  OWN,
  operationsOf,
  ROLES,
  PROFESSIONAL_ROUTES as ROUTES,
} from '../../test-support/authorization-routes.js';
import {
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('authorisation matrix: every professional route × every role × foreign scope', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  let candidacy: { id: string; trackingCode: string };
  let documentId: string;

  beforeAll(async () => {
    t = await createTestApp();
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
    candidacy = await lifecycleJourney(api, fx).feasibilitySent(fx.certificateurs.national);
    const view = await (
      await api.call('GET', `/admin/candidacies/${candidacy.id}`, { bearer: fx.keys.admin })
    ).json();
    documentId = view.documents[0].id;
  });
  afterAll(() => t.close());

  const request = (route: MatrixRoute, bearer?: string) =>
    api.call(route.method, concretePath(route, { candidacyId: candidacy.id, documentId }), {
      ...route.body?.(),
      ...(bearer ? { bearer } : {}),
    });

  it('covers every professional route of the OpenAPI document', async () => {
    const document = await (await api.call('GET', '/openapi.json', {})).json();
    expect(documentedOperations(document, /^\/(aap|certificateur|admin)\//)).toEqual(
      operationsOf(ROUTES),
    );
  });

  it('documents the security scheme of every lifecycle route', async () => {
    const document = await (await api.call('GET', '/openapi.json', {})).json();
    expect(Object.keys(document.components.securitySchemes).sort()).toEqual([
      'accountKey',
      'embedSession',
      'partnerKey',
      'partnerSecretKey',
      'trackingCode',
    ]);
    const expected = (path: string) =>
      path.startsWith('/admin/')
        ? [{ accountKey: [] }]
        : /^\/(aap|certificateur)\//.test(path)
          ? [{ accountKey: [] }, { embedSession: [] }]
          : path.startsWith('/candidate/')
            ? [{ trackingCode: [] }, { embedSession: [] }]
            : [{ partnerKey: [] }];
    const paths = Object.entries(document.paths as Record<string, Record<string, unknown>>).filter(
      ([path]) => /^\/(aap|certificateur|admin|candidate)\/|^\/candidacies$/.test(path),
    );
    expect(paths.length).toBeGreaterThan(35);
    for (const [path, operations] of paths) {
      for (const [method, operation] of Object.entries(operations)) {
        expect((operation as { security?: unknown }).security, `${method} ${path}`).toEqual(
          expected(path),
        );
      }
    }
  });

  for (const route of ROUTES) {
    const label = `${route.method} ${route.path}`;
    it(`${label}: 401 without a key or with a bad one`, async () => {
      expect((await request(route)).status).toBe(401);
      expect((await request(route, 'vae_ak_0000000000000000000000000000000A')).status).toBe(401);
      expect((await request(route, 'nonsense')).status).toBe(401);
      expect((await request(route, candidacy.trackingCode)).status).toBe(403);
    });

    it(`${label}: 403 for the other roles, 404 outside the caller's scope`, async () => {
      const outcomes: Record<string, number> = {};
      for (const role of ROLES) {
        const own = await request(route, fx.keys[OWN[role]]);
        outcomes[role] = own.status;
        const foreignKey = FOREIGN[role];
        if (foreignKey && route.path.includes('{id}') && route.roles.includes(role)) {
          outcomes[`${role} (foreign)`] = (await request(route, fx.keys[foreignKey])).status;
        }
      }
      for (const role of ROLES) {
        if (!route.roles.includes(role)) expect(outcomes[role], role).toBe(403);
        else expect([401, 403, 404], role).not.toContain(outcomes[role]);
        if (`${role} (foreign)` in outcomes) expect(outcomes[`${role} (foreign)`], role).toBe(404);
      }
    });
  }

  it('lets every candidate route be used with a tracking code only: 401 without, 403 with a key', async () => {
    const document = await (await api.call('GET', '/openapi.json', {})).json();
    expect(documentedOperations(document, /^\/candidate\//)).toEqual(
      operationsOf(CANDIDATE_ROUTES),
    );
    for (const route of CANDIDATE_ROUTES) {
      expect((await request(route)).status, route.path).toBe(401);
      for (const role of ROLES) {
        expect((await request(route, fx.keys[OWN[role]])).status, `${route.path} ${role}`).toBe(
          403,
        );
      }
    }
    // Another candidate's code opens that candidate's candidacy, never this one's documents.
    const other = await lifecycleJourney(api, fx).submitted();
    const foreign = await request(CANDIDATE_ROUTES.at(-1) as MatrixRoute, other.trackingCode);
    expect(foreign.status).toBe(404);
  });

  it('keeps foreign candidacies out of every list', async () => {
    for (const [path, key] of [
      ['/aap/candidacies', fx.keys.otherAap],
      ['/aap/candidacies', fx.keys.antennaA2],
      ['/certificateur/feasibility', fx.keys.regional],
      ['/certificateur/feasibility', fx.keys.localLyon],
    ] as const) {
      const body = await (await api.call('GET', path, { bearer: key })).json();
      expect(JSON.stringify(body), `${path} ${key}`).not.toContain(candidacy.id);
    }
  });

  it('refuses a revoked key with 401', async () => {
    const { revokeKey } = await import('../partners/service.js');
    const key = fx.keys.antennaA2;
    expect(await revokeKey(t.db, key)).not.toBeNull();
    expect((await api.call('GET', '/aap/candidacies', { bearer: key })).status).toBe(401);
  });
});
