import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import {
  type FuzzRequest,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  requestArbitrary,
} from './fuzz-requests.js';
import { type FuzzWorld, seedFuzzWorld } from './fuzz-world.js';
import { sweepRequests } from './sweep-requests.js';

// `npm test` sends FUZZ_RUNS generated requests (10,000 by default) with a fixed seed;
// `npm run bench` sends more. FUZZ_SEED replays another sequence.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 10_000);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_201);

/** A V8 stack frame or a source path: what no answer may show. */
const STACK_TRACE =
  /\n\s+at |\bat [\w.<>]+ \(|\/(?:work|home|tmp|usr|app|src|node_modules)\/\w|\w\.(?:ts|js|mjs):\d+/;

interface Outcome {
  status: number;
  contentType: string;
  body: string;
}

// Against a libSQL server each request is a network round trip (~30 ms against ~1 ms embedded),
// so the fixed sweep of ~3,500 requests needs more time there on a busy 2-core CI machine.
const SWEEP_TIMEOUT_MS = process.env['VAE_TEST_SQLD_URL'] ? 400_000 : 120_000;

describe('fuzzing every endpoint with bad input', () => {
  let t: TestApp;
  let world: FuzzWorld;
  let operations: Operation[];
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    t = await createTestApp({}, { partner: false });
    world = await seedFuzzWorld(t);
    const res = await t.app.request('/api/v1/openapi.json');
    operations = operationsOf((await res.json()) as OpenApiDocument);
  }, 60_000);
  afterAll(() => {
    const counts = Object.fromEntries([...statuses].sort(([a], [b]) => a - b));
    console.info(`fuzz: answers by status ${JSON.stringify(counts)}`);
    t?.close();
  });

  async function send(request: FuzzRequest): Promise<Outcome> {
    const res = await t.app.request(request.url, request.init);
    const outcome = {
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      body: await res.text(),
    };
    statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
    // An unexpected error is logged even when the answer looks fine. The captured lines are
    // dropped after each request: they hold slices of huge URLs, and the bench sends many.
    const errors = t.logs.filter((line) => line.level === 'error');
    t.logs.length = 0;
    expect(errors, `${request.label}\n→ logged ${JSON.stringify(errors).slice(0, 800)}`).toEqual(
      [],
    );
    return outcome;
  }

  /** Every answer must be one of these; the message names the request to replay it. */
  function expectAcceptable(request: FuzzRequest, outcome: Outcome): void {
    const what = `${request.label}\n→ ${outcome.status} ${outcome.body.slice(0, 500)}`;
    expect(outcome.status, what).toBeLessThan(500);
    expect(outcome.body, what).not.toMatch(STACK_TRACE);
    if (outcome.status < 400) return;
    for (const secret of world.secrets) expect(outcome.body, what).not.toContain(secret);
    if (request.init.method === 'HEAD') return;
    expect(outcome.contentType, what).toContain('application/problem+json');
    const problem = JSON.parse(outcome.body);
    expect(typeof problem.type, what).toBe('string');
    expect(typeof problem.title, what).toBe('string');
    expect(problem.status, what).toBe(outcome.status);
  }

  it('finds every public and professional route in the OpenAPI document', () => {
    const paths = new Set(operations.map((op) => op.path));
    for (const path of [
      '/certifications',
      '/organisms/{id}',
      '/candidacies',
      '/candidate/candidacy',
      '/candidate/candidacy/feasibility',
      '/aap/candidacies/{id}',
      '/certificateur/candidacies/{id}/jury',
      '/admin/candidacies/{id}',
      '/embed-sessions',
    ]) {
      expect(paths).toContain(path);
    }
    expect(operations.length).toBeGreaterThanOrEqual(45);
  });

  it(
    'answers a sweep of every route × hostile body, path, query and credential',
    async () => {
      const requests = sweepRequests(operations, world);
      expect(requests.length).toBeGreaterThan(1_000);
      const started = performance.now();
      for (const request of requests) expectAcceptable(request, await send(request));
      const seconds = (performance.now() - started) / 1000;
      console.info(`fuzz: sweep of ${requests.length} requests in ${seconds.toFixed(1)} s`);
    },
    SWEEP_TIMEOUT_MS,
  );

  it(`answers ${RUNS} generated requests with 2xx/3xx or problem+json 4xx, never 5xx`, async () => {
    const before = new Map(statuses);
    let sent = 0;
    const started = performance.now();
    const requests = requestArbitrary(
      operations,
      world.credentials,
      world.knownIds,
      world.preferredFor,
    );
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        sent++;
        expectAcceptable(request, await send(request));
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `fuzz: ${sent} generated requests in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s), seed ${SEED}`,
    );
    expect(sent).toBe(RUNS);
    // The generator gets past validation and authentication: some requests succeed or reach a
    // state check, and they are refused for many different reasons.
    const grown = (status: number) => (statuses.get(status) ?? 0) - (before.get(status) ?? 0);
    expect(grown(200)).toBeGreaterThan(RUNS / 50);
    expect(grown(409) + grown(422)).toBeGreaterThan(RUNS / 200);
    for (const status of [400, 401, 403, 404, 413]) expect(grown(status)).toBeGreaterThan(0);
  }, 600_000);
});
