import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectBareRefusal } from '../../test-support/bare-refusal.js';
import {
  type LifecycleFixtures,
  lifecycleClient,
  PARTNER_ORIGIN,
  seedLifecycleFixtures,
  type TestResponse,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { type CreatedPartner, createPartner, revokeKey } from '../partners/service.js';

interface Operation {
  method: string;
  /** The OpenAPI path, `{…}` parameters filled with a harmless value. */
  path: string;
  label: string;
}

type OpenApiDocument = {
  security: unknown;
  paths: Record<string, Record<string, { security?: unknown }>>;
};

const PARTNER_KEY = [{ partnerKey: [] }];
const UNKNOWN_KEY = 'pk_live_0000000000000000000000000000000A';

/** The operations documented as open to anyone, and those that need a partner key. */
function operationsBySecurity(document: OpenApiDocument) {
  const open: string[] = [];
  const partner: Operation[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const security = JSON.stringify(operation.security ?? document.security);
      const label = `${method.toUpperCase()} ${path}`;
      if (security === '[]') open.push(label);
      if (security === JSON.stringify(PARTNER_KEY)) {
        partner.push({ method: method.toUpperCase(), path: path.replace(/\{\w+\}/g, 'x1'), label });
      }
    }
  }
  return { open, partner };
}

describe('authorisation matrix: unknown, malformed and revoked partner keys on the public routes', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  let publicOperations: Operation[];
  let revoked: CreatedPartner;

  beforeAll(async () => {
    t = await createTestApp({}, { partner: false });
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
    const document = (await (await api.call('GET', '/openapi.json', {})).json()) as OpenApiDocument;
    const { open, partner } = operationsBySecurity(document);
    // Only the health probe is open: a public route documented without its key fails here.
    expect(open).toEqual(['GET /health']);
    publicOperations = partner;
    revoked = await createPartner(t.db, { name: 'Ancien partenaire', origins: [PARTNER_ORIGIN] });
  }, 30_000);
  afterAll(() => t.close());

  const send = (operation: Operation, headers: Record<string, string>, query = '') =>
    api.call(operation.method, `${operation.path}${query}`, {
      headers,
      ...(operation.method === 'GET' ? {} : { json: {} }),
    });
  const refused = async (res: TestResponse, code: string, label: string) => {
    const body = await expectBareRefusal(
      res,
      403,
      [revoked.publishableKey, UNKNOWN_KEY, fx.partner.secretKey, fx.keys.aap],
      label,
    );
    expect(body.code, label).toBe(code);
  };

  it('finds every public operation, POST /candidacies included', () => {
    const labels = publicOperations.map((operation) => operation.label);
    expect(labels).toContain('POST /candidacies');
    expect(labels).toEqual(
      expect.arrayContaining([
        'GET /certifications',
        'GET /certifications/{code}',
        'GET /organisms',
        'GET /organisms/{id}',
        'POST /eligibility/evaluate',
      ]),
    );
    // The other families have credentials of their own (authorization-credentials.test.ts).
    const privateRoute = /^\w+ \/(aap|certificateur|admin|candidate|embed-sessions)(\/|$)/;
    expect(labels.filter((label) => privateRoute.test(label))).toEqual([]);
  });

  it('answers 403 PARTNER_KEY_INVALID for an unknown, malformed or revoked key', async () => {
    // While live, the key opens every public operation (400/404/422 on this harmless input).
    for (const operation of publicOperations) {
      const res = await send(operation, { 'X-Vae-Partner': revoked.publishableKey });
      expect([401, 403], operation.label).not.toContain(res.status);
    }
    expect(await revokeKey(t.db, revoked.publishableKey)).toBe(revoked.publishableKeyId);
    const invalid = {
      unknown: UNKNOWN_KEY,
      malformed: 'pk_live_trop-courte',
      'secret key': fx.partner.secretKey,
      'account key': fx.keys.aap,
      revoked: revoked.publishableKey,
    };
    for (const operation of publicOperations) {
      for (const [kind, key] of Object.entries(invalid)) {
        const label = `${operation.label} ${kind}`;
        await refused(
          await send(operation, { 'X-Vae-Partner': key }),
          'PARTNER_KEY_INVALID',
          label,
        );
      }
      const fromPage = await send(operation, {
        'X-Vae-Partner': revoked.publishableKey,
        Origin: PARTNER_ORIGIN,
      });
      await refused(fromPage, 'PARTNER_KEY_INVALID', `${operation.label} revoked, from its page`);
      if (operation.method === 'GET') {
        const inQuery = await send(operation, {}, `?partner=${revoked.publishableKey}`);
        await refused(inQuery, 'PARTNER_KEY_INVALID', `${operation.label} ?partner=revoked`);
      }
      await refused(await send(operation, {}), 'PARTNER_KEY_MISSING', `${operation.label} none`);
    }
  });

  it('checks a partner key sent to the candidate routes too, tracking code or not', async () => {
    const candidacy = await lifecycleJourney(api, fx).submitted();
    const read = (key: string) =>
      api.call('GET', '/candidate/candidacy', {
        bearer: candidacy.trackingCode,
        headers: { 'X-Vae-Partner': key },
      });
    expect((await read(fx.partner.publishableKey)).status).toBe(200);
    await refused(await read(revoked.publishableKey), 'PARTNER_KEY_INVALID', 'candidate, revoked');
    await refused(await read(UNKNOWN_KEY), 'PARTNER_KEY_INVALID', 'candidate, unknown');
  });
});
