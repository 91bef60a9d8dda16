import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dossierForm,
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

type Role = 'aap' | 'antenna' | 'certificateur' | 'local' | 'admin';
type KeyName = keyof LifecycleFixtures['keys'];

/** One key per role, in the scope of the test candidacy, and one of the same role outside it. */
const OWN: Record<Role, KeyName> = {
  aap: 'aap',
  antenna: 'antennaA1',
  certificateur: 'certificateur',
  local: 'localParis',
  admin: 'admin',
};
const FOREIGN: Partial<Record<Role, KeyName>> = {
  aap: 'otherAap',
  antenna: 'antennaA2',
  certificateur: 'regional',
  local: 'localLyon',
};
const ROLES = Object.keys(OWN) as Role[];
const AAP: Role[] = ['aap', 'antenna'];
const CERTIFICATEUR: Role[] = ['certificateur', 'local'];

interface ProfessionalRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** The OpenAPI path (`{id}`, `{documentId}`). */
  path: string;
  roles: Role[];
  body?: () => { json?: unknown; form?: FormData };
  /** What `{id}` names when it is not the test candidacy (an AAP site). */
  id?: string;
}

const ROUTES: ProfessionalRoute[] = [
  { method: 'GET', path: '/aap/candidacies', roles: AAP },
  { method: 'GET', path: '/aap/candidacies/counts', roles: AAP },
  { method: 'GET', path: '/aap/candidacies/{id}', roles: AAP },
  { method: 'POST', path: '/aap/candidacies/{id}/take-over', roles: AAP },
  { method: 'POST', path: '/aap/candidacies/{id}/parcours', roles: AAP },
  { method: 'GET', path: '/aap/candidacies/{id}/certificateurs', roles: AAP },
  {
    method: 'POST',
    path: '/aap/candidacies/{id}/feasibility',
    roles: AAP,
    body: () => ({ form: dossierForm({ certificateurId: 'any' }) }),
  },
  {
    method: 'POST',
    path: '/aap/candidacies/{id}/validation-dossier',
    roles: AAP,
    body: () => ({ form: dossierForm() }),
  },
  {
    method: 'POST',
    path: '/aap/candidacies/{id}/abandonment',
    roles: AAP,
    body: () => ({ json: { reason: 'Plus de nouvelles' } }),
  },
  { method: 'POST', path: '/aap/candidacies/{id}/archive', roles: AAP },
  { method: 'POST', path: '/aap/candidacies/{id}/unarchive', roles: AAP },
  { method: 'GET', path: '/aap/candidacies/{id}/documents/{documentId}', roles: AAP },
  { method: 'GET', path: '/aap/sites', roles: AAP },
  {
    method: 'PATCH',
    path: '/aap/sites/{id}',
    roles: AAP,
    id: 'site-a1',
    body: () => ({ json: { closedForAbsence: false } }),
  },
  { method: 'GET', path: '/certificateur/feasibility', roles: CERTIFICATEUR },
  { method: 'GET', path: '/certificateur/validation-dossiers', roles: CERTIFICATEUR },
  { method: 'GET', path: '/certificateur/juries', roles: CERTIFICATEUR },
  { method: 'GET', path: '/certificateur/counts', roles: CERTIFICATEUR },
  { method: 'GET', path: '/certificateur/feasibility-stats', roles: CERTIFICATEUR },
  { method: 'GET', path: '/certificateur/candidacies/{id}', roles: CERTIFICATEUR },
  {
    method: 'POST',
    path: '/certificateur/candidacies/{id}/feasibility/decision',
    roles: CERTIFICATEUR,
    body: () => ({ json: { decision: 'COMPLETE' } }),
  },
  {
    method: 'POST',
    path: '/certificateur/candidacies/{id}/validation-dossier/decision',
    roles: CERTIFICATEUR,
    body: () => ({ json: { decision: 'COMPLETE' } }),
  },
  {
    method: 'POST',
    path: '/certificateur/candidacies/{id}/jury',
    roles: CERTIFICATEUR,
    body: () => ({ json: { date: '2026-04-01' } }),
  },
  {
    method: 'POST',
    path: '/certificateur/candidacies/{id}/jury/result',
    roles: CERTIFICATEUR,
    body: () => ({ json: { result: 'FAILURE' } }),
  },
  {
    method: 'GET',
    path: '/certificateur/candidacies/{id}/documents/{documentId}',
    roles: CERTIFICATEUR,
  },
  { method: 'GET', path: '/admin/candidacies/{id}', roles: ['admin'] },
  {
    method: 'POST',
    path: '/admin/candidacies/{id}/feasibility/revocation',
    roles: ['admin'],
    body: () => ({ json: { reason: 'Erreur' } }),
  },
  {
    method: 'POST',
    path: '/admin/candidacies/{id}/jury/revocation',
    roles: ['admin'],
    body: () => ({ json: { reason: 'Erreur' } }),
  },
  { method: 'GET', path: '/admin/candidacies/{id}/documents/{documentId}', roles: ['admin'] },
];

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

  const request = (route: ProfessionalRoute, bearer?: string) =>
    api.call(
      route.method,
      route.path.replace('{id}', route.id ?? candidacy.id).replace('{documentId}', documentId),
      { ...route.body?.(), ...(bearer ? { bearer } : {}) },
    );

  it('covers every professional route of the OpenAPI document', async () => {
    const document = await (await api.call('GET', '/openapi.json', {})).json();
    const documented = Object.entries(document.paths as Record<string, object>)
      .filter(([path]) => /^\/(aap|certificateur|admin)\//.test(path))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(documented).toEqual(ROUTES.map((route) => `${route.method} ${route.path}`).sort());
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

  const CANDIDATE_ROUTES: ProfessionalRoute[] = [
    { method: 'GET', path: '/candidate/candidacy', roles: [] },
    {
      method: 'POST',
      path: '/candidate/candidacy/submit',
      roles: [],
      body: () => ({ json: { aapId: 'site-a1' } }),
    },
    {
      method: 'PUT',
      path: '/candidate/candidacy/aap',
      roles: [],
      body: () => ({ json: { aapId: 'site-a2' } }),
    },
    {
      method: 'PUT',
      path: '/candidate/candidacy/certification',
      roles: [],
      body: () => ({ json: { certificationCode: 'RNCP37537' } }),
    },
    { method: 'POST', path: '/candidate/candidacy/parcours/confirm', roles: [] },
    { method: 'GET', path: '/candidate/candidacy/certificateurs', roles: [] },
    {
      method: 'POST',
      path: '/candidate/candidacy/feasibility',
      roles: [],
      body: () => ({ form: dossierForm({ certificateurId: 'x' }) }),
    },
    {
      method: 'POST',
      path: '/candidate/candidacy/validation-dossier',
      roles: [],
      body: () => ({ form: dossierForm() }),
    },
    {
      method: 'POST',
      path: '/candidate/candidacy/abandonment',
      roles: [],
      body: () => ({ json: { reason: 'Déménagement' } }),
    },
    { method: 'POST', path: '/candidate/candidacy/abandonment/confirm', roles: [] },
    { method: 'POST', path: '/candidate/candidacy/abandonment/refuse', roles: [] },
    { method: 'POST', path: '/candidate/candidacy/archive', roles: [] },
    { method: 'GET', path: '/candidate/candidacy/documents/{documentId}', roles: [] },
  ];

  it('lets every candidate route be used with a tracking code only: 401 without, 403 with a key', async () => {
    const document = await (await api.call('GET', '/openapi.json', {})).json();
    const documented = Object.entries(document.paths as Record<string, object>)
      .filter(([path]) => path.startsWith('/candidate/'))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
      )
      .sort();
    expect(documented).toEqual(
      CANDIDATE_ROUTES.map((route) => `${route.method} ${route.path}`).sort(),
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
    const foreign = await request(CANDIDATE_ROUTES.at(-1) as ProfessionalRoute, other.trackingCode);
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
