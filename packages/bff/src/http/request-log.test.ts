import { DrizzleQueryError } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEnv } from '../app-context.js';
import {
  candidateIdentity,
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
} from '../test-support/lifecycle-fixtures.js';
import {
  capturingLogger,
  createTestApp,
  type LogLine,
  type TestApp,
} from '../test-support/test-app.js';
import { handleError } from './errors.js';
import { loggablePath } from './request-log.js';

const NIR = '295109912611193';
const CORSICAN_NIR = '185012A12345678';

describe('request log and personal data', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  beforeEach(async () => {
    t = await createTestApp({}, { partner: false });
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
  });
  afterEach(() => t.close());

  it('masks NIR-sized digit runs in a logged path, and nothing else', () => {
    expect(loggablePath(`/api/v1/organisms/${NIR}`)).toBe('/api/v1/organisms/[redacted]');
    expect(loggablePath(`/api/v1/x/${CORSICAN_NIR}/y`)).toBe('/api/v1/x/[redacted]/y');
    const ordinary = '/api/v1/aap/candidacies/01a23160-476b-7488-b3b9-421766635e0e/feasibility';
    expect(loggablePath(ordinary)).toBe(ordinary);
    expect(loggablePath('/api/v1/certifications/RNCP35830')).toBe(
      '/api/v1/certifications/RNCP35830',
    );
  });

  it('never logs a NIR sent in a created candidacy, a bad body, a query or a path', async () => {
    const created = await api.createCandidacy({ candidate: { ...candidateIdentity, nir: NIR } });
    expect(created.status).toBe(201);
    const { trackingCode } = await created.json();
    const statuses = [
      (
        await api.createCandidacy({
          candidate: { ...candidateIdentity, nir: `${NIR.slice(0, -1)}4` },
        })
      ).status,
      (await api.createCandidacy({ certificationCode: NIR, nir: NIR })).status,
      (await api.call('POST', '/eligibility/evaluate', { json: { certification: NIR } })).status,
      (await api.call('GET', `/certifications?q=${NIR}&level=${NIR}`, {})).status,
      (await api.call('GET', `/certifications/${NIR}`, {})).status,
      (await api.call('GET', `/organisms/${CORSICAN_NIR}`, {})).status,
      (await api.call('GET', `/aap/candidacies/${NIR}`, { bearer: fx.keys.aap })).status,
      (await api.call('GET', '/candidate/candidacy', { bearer: NIR })).status,
    ];
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(t.logs.filter((line) => line.message === 'request')).toHaveLength(statuses.length + 1);
    const logged = JSON.stringify(t.logs);
    for (const secret of [NIR, CORSICAN_NIR, trackingCode, candidateIdentity.email]) {
      expect(logged).not.toContain(secret);
    }
    expect(logged).toContain('/api/v1/certifications/[redacted]');
  });

  it('logs a failed query without its parameters (the candidate being written)', async () => {
    const lines: LogLine[] = [];
    const app = new Hono<AppEnv>()
      .use(async (c, next) => {
        c.set('deps', { logger: capturingLogger(lines) } as never);
        c.set('requestId', 'req-1');
        await next();
      })
      .post('/candidates', () => {
        const cause = new Error('SQLITE_CONSTRAINT: UNIQUE constraint failed: candidates.email');
        throw new DrizzleQueryError(
          'insert into "candidates" ("given_name", "email", "nir") values (?, ?, ?)',
          ['Camille', candidateIdentity.email, NIR],
          cause,
        );
      });
    app.onError(handleError);
    const res = await app.request('/candidates', { method: 'POST' });
    expect(res.status).toBe(500);
    expect(await res.text()).not.toContain('insert into');
    const logged = JSON.stringify(lines);
    expect(logged).toContain('insert into');
    expect(logged).toContain('UNIQUE constraint failed: candidates.email');
    expect(logged).toContain('    at ');
    for (const secret of [NIR, candidateIdentity.email, 'Camille']) {
      expect(logged).not.toContain(secret);
    }
  });
});
