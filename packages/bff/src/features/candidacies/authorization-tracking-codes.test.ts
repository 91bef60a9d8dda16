import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CANDIDATE_ROUTES,
  concretePath,
  operationsOf,
  PROFESSIONAL_ROUTES,
} from '../../test-support/authorization-routes.js';
import { expectBareRefusal } from '../../test-support/bare-refusal.js';
import {
  candidateIdentity,
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

type Candidacy = { id: string; trackingCode: string };

/**
 * What the code of an archived candidacy may still do: read it (the candidate learns it was
 * archived, and an AAP may unarchive it), and nothing else. Archiving does not revoke the code.
 */
const ON_ARCHIVED: Record<string, { status: number; code?: string }> = {
  'GET /candidate/candidacy': { status: 200 },
  'GET /candidate/candidacy/certificateurs': { status: 200 },
  'POST /candidate/candidacy/submit': { status: 409, code: 'CANDIDACY_ARCHIVED' },
  'PUT /candidate/candidacy/aap': { status: 409, code: 'CANDIDACY_ARCHIVED' },
  'PUT /candidate/candidacy/certification': { status: 409, code: 'CANDIDACY_ARCHIVED' },
  'POST /candidate/candidacy/parcours/confirm': { status: 409, code: 'CANDIDACY_ARCHIVED' },
  // An accompanied candidate never sends the feasibility dossier: refused before the status.
  'POST /candidate/candidacy/feasibility': { status: 403, code: 'ACTOR_NOT_ALLOWED' },
  'POST /candidate/candidacy/validation-dossier': { status: 409, code: 'CANDIDACY_ARCHIVED' },
  'POST /candidate/candidacy/abandonment': { status: 409, code: 'CANDIDACY_ARCHIVED' },
  'POST /candidate/candidacy/abandonment/confirm': { status: 409, code: 'CANDIDACY_ARCHIVED' },
  'POST /candidate/candidacy/abandonment/refuse': { status: 409, code: 'CANDIDACY_ARCHIVED' },
  'POST /candidate/candidacy/archive': { status: 409, code: 'ALREADY_ARCHIVED' },
  // The document of the other candidacy: its existence is not revealed.
  'GET /candidate/candidacy/documents/{documentId}': { status: 404 },
};

describe('tracking codes of archived and foreign candidacies', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  let candidacy: Candidacy;
  let archived: Candidacy;
  let documentId: string;

  beforeAll(async () => {
    t = await createTestApp({}, { partner: false });
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
    const journey = lifecycleJourney(api, fx);
    candidacy = await journey.feasibilitySent(fx.certificateurs.national);
    const view = await (
      await api.call('GET', `/admin/candidacies/${candidacy.id}`, { bearer: fx.keys.admin })
    ).json();
    documentId = view.documents[0].id;
    archived = await journey.submitted();
    const archiving = await api.call('POST', '/candidate/candidacy/archive', {
      bearer: archived.trackingCode,
    });
    expect((await archiving.json()).status).toBe('ARCHIVE');
  }, 30_000);
  afterAll(() => t.close());

  const secrets = () => [
    candidacy.id,
    candidacy.trackingCode,
    documentId,
    candidateIdentity.email,
    candidateIdentity.phone,
  ];

  it('lets an archived candidacy’s code read it and refuses every action with a problem', async () => {
    expect(Object.keys(ON_ARCHIVED).sort()).toEqual(operationsOf(CANDIDATE_ROUTES));
    for (const route of CANDIDATE_ROUTES) {
      const label = `${route.method} ${route.path}`;
      // `{documentId}` is the other candidacy's document.
      const res = await api.call(
        route.method,
        concretePath(route, { candidacyId: archived.id, documentId }),
        { ...route.body?.(), bearer: archived.trackingCode },
      );
      const expected = ON_ARCHIVED[label];
      if (expected?.status === 200) {
        expect(res.status, label).toBe(200);
        const text = await res.text();
        expect(text, label).not.toContain(candidacy.id);
        expect(text, label).not.toContain(documentId);
        if (route.path === '/candidate/candidacy') {
          expect(JSON.parse(text)).toMatchObject({ id: archived.id, status: 'ARCHIVE' });
        }
        continue;
      }
      const body = await expectBareRefusal(res, expected?.status ?? 0, secrets(), label, [
        'message',
      ]);
      if (expected?.code) expect(body.code, label).toBe(expected.code);
    }
  });

  it('never opens another candidacy with a foreign code', async () => {
    const documents = CANDIDATE_ROUTES.find((route) => route.path.includes('{documentId}'));
    expect(documents).toBeDefined();
    if (!documents) return;
    const path = concretePath(documents, { candidacyId: candidacy.id, documentId });
    // The owner's code opens its document; another candidate's code gets 404, as an unknown id.
    expect((await api.call('GET', path, { bearer: candidacy.trackingCode })).status).toBe(200);
    const foreign = await api.call('GET', path, { bearer: archived.trackingCode });
    await expectBareRefusal(foreign, 404, secrets(), 'foreign document');
    const own = await (
      await api.call('GET', '/candidate/candidacy', { bearer: archived.trackingCode })
    ).json();
    expect(own.id).toBe(archived.id);
  });

  it('refuses an archived candidacy’s code on every professional route with 403', async () => {
    for (const route of PROFESSIONAL_ROUTES) {
      const res = await api.call(
        route.method,
        concretePath(route, { candidacyId: candidacy.id, documentId }),
        { ...route.body?.(), bearer: archived.trackingCode },
      );
      await expectBareRefusal(res, 403, secrets(), `${route.method} ${route.path}`);
    }
  });
});

describe('guessing tracking codes', () => {
  let t: TestApp;
  afterEach(() => t.close());

  const read = (trackingCode: string, ip: string) =>
    t.app.request('/api/v1/candidate/candidacy', {
      headers: { Authorization: `Bearer ${trackingCode}`, 'X-Forwarded-For': ip },
    });
  /** A well-formed code nobody holds: what a guesser sends. */
  const guess = (n: number) => `vae_tc_${n.toString(36).padStart(32, 'x')}`;

  it('limits one client’s wrong codes (429, Retry-After) without locking the candidate out', async () => {
    t = await createTestApp(
      { trustProxy: true, rateLimit: { perKeyPerMinute: 1000, perIpPerMinute: 5 } },
      { partner: false },
    );
    const fx = await seedLifecycleFixtures(t);
    const api = lifecycleClient(t, fx);
    const created = await (await api.createCandidacy({ aapId: 'site-a1' })).json();
    const guesser = '203.0.113.7';

    const statuses: number[] = [];
    for (let n = 0; n < 8; n++) statuses.push((await read(guess(n), guesser)).status);
    // Every guess is another credential: the per-address limit is what stops them.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    const limited = await read(guess(99), guesser);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Content-Type')).toContain('application/problem+json');
    const retryAfter = Number(limited.headers.get('Retry-After'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Past the limit even a right guess gets nothing: the answer says no more than 429.
    const lucky = await read(created.trackingCode, guesser);
    expect(lucky.status).toBe(429);
    expect(await lucky.text()).not.toContain(created.id);
    // The limit is per client address, not per candidacy: the candidate still reads it.
    const candidate = await read(created.trackingCode, '198.51.100.20');
    expect(candidate.status).toBe(200);
    expect(((await candidate.json()) as { id: string }).id).toBe(created.id);
  });

  it('limits one code hammered from many addresses, per code', async () => {
    t = await createTestApp(
      { trustProxy: true, rateLimit: { perKeyPerMinute: 3, perIpPerMinute: 1000 } },
      { partner: false },
    );
    const statuses: number[] = [];
    for (let n = 0; n < 5; n++) statuses.push((await read(guess(7), `192.0.2.${n}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // Another code is counted on its own.
    expect((await read(guess(8), '192.0.2.50')).status).toBe(401);
  });
});
