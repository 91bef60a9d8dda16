import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
  type TestResponse,
} from '../test-support/lifecycle-fixtures.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

interface Operation {
  method: string;
  path: string;
  schemes: string[];
}

/** Query values no route accepts (numbers, enums and dates out of their schemas). */
const HOSTILE_QUERY = '?limit=-1&offset=abc&status=NOPE&from=yesterday&sort=%00';

type OpenApiDocument = {
  paths: Record<string, Record<string, { security?: Record<string, unknown>[] }>>;
  security: Record<string, unknown>[];
};

/** Every operation of the OpenAPI document with the security schemes it takes. */
function documentedOperations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      schemes: (operation.security ?? document.security).flatMap((scheme) => Object.keys(scheme)),
    })),
  );
}

/** Every request part wrong at once: path ids, query and body (JSON that matches no schema). */
function invalidRequest(operation: Operation, body: string) {
  const path = operation.path.replace(/\{[^}]+\}/g, 'not%20an%20id');
  const hasBody = !['GET', 'HEAD', 'DELETE'].includes(operation.method);
  return {
    url: `${path}${HOSTILE_QUERY}`,
    body: hasBody ? body : undefined,
  };
}

async function expectBareRefusal(res: TestResponse, status: number, what: string) {
  expect(res.status, what).toBe(status);
  expect(res.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
  return expectNoSchema(await res.json(), what);
}

// biome-ignore lint/suspicious/noExplicitAny: a problem+json body, asserted field by field
function expectNoSchema(problem: any, what: string) {
  // A refusal says nothing of what the body, path or query should have been.
  expect(problem.errors, what).toBeUndefined();
  expect(problem.detail, what).not.toMatch(/champ|invalide|JSON/i);
  return problem;
}

describe('authentication before validation on every authenticated route', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let operations: Operation[];
  let partnerOperations: Operation[];

  beforeAll(async () => {
    t = await createTestApp({}, { partner: false });
    fx = await seedLifecycleFixtures(t);
    const document = await (await lifecycleClient(t, fx).call('GET', '/openapi.json', {})).json();
    const all = documentedOperations(document);
    // Credentials that authenticate someone: keys, tracking codes, sessions.
    operations = all.filter((op) => op.schemes.length > 0 && !op.schemes.includes('partnerKey'));
    // The public endpoints: the partner's publishable key identifies the embedding site.
    partnerOperations = all.filter((op) => op.schemes.includes('partnerKey'));
  });
  afterAll(() => t.close());

  const send = (operation: Operation, body: string, headers: Record<string, string> = {}) => {
    const request = invalidRequest(operation, body);
    return t.app.request(`/api/v1${request.url}`, {
      method: operation.method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: request.body,
    }) as Promise<TestResponse>;
  };

  it('finds the embed sessions, professional and candidate routes in the document', () => {
    const paths = operations.map((operation) => `${operation.method} ${operation.path}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'POST /embed-sessions',
        'POST /embed-sessions/links',
        'PATCH /aap/sites/{id}',
        'POST /certificateur/candidacies/{id}/jury',
        'POST /admin/candidacies/{id}/feasibility/revocation',
        'PUT /candidate/candidacy/aap',
      ]),
    );
    expect(operations.length).toBeGreaterThan(35);
  });

  it('answers 401 without a credential, whatever the body, path and query', async () => {
    for (const operation of operations) {
      const what = `${operation.method} ${operation.path}`;
      await expectBareRefusal(await send(operation, '{"unexpected":[1]}'), 401, what);
      await expectBareRefusal(await send(operation, '{not json'), 401, `${what} (malformed)`);
    }
  });

  it('answers 403 to a credential of another kind before reading the request', async () => {
    for (const operation of operations) {
      // A key that authenticates someone, but not someone this route serves.
      const other = operation.schemes.includes('accountKey') ? fx.partner.secretKey : fx.keys.admin;
      const what = `${operation.method} ${operation.path}`;
      const res = await send(operation, '{"unexpected":[1]}', { Authorization: `Bearer ${other}` });
      await expectBareRefusal(res, 403, what);
    }
  });

  it('answers the public endpoints without a partner key with the refusal, not the schema', async () => {
    expect(partnerOperations.map((op) => `${op.method} ${op.path}`)).toEqual(
      expect.arrayContaining(['GET /certifications', 'POST /candidacies']),
    );
    for (const operation of partnerOperations) {
      const res = await send(operation, '{"unexpected":[1]}');
      const what = `${operation.method} ${operation.path}`;
      expect(res.status, what).toBe(403);
      const problem = expectNoSchema(await res.json(), what);
      expect(problem.code, what).toBe('PARTNER_KEY_MISSING');
    }
  });
});
