import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../app.js';
import { defaultAppConfig, silentLogger, systemClock } from '../../app-context.js';
import { createDatabase } from '../../db/client.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('GET /api/v1/health', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('answers ok with the version after a real database query', async () => {
    const res = await t.app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ status: 'ok', version: '1.2.3-test', database: 'ok' });
  });

  it('answers 503 problem+json when the database is closed', async () => {
    t.db.close();
    const res = await t.app.request('/api/v1/health');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(res.headers.get('retry-after')).toBe('5');
    const body = await res.json();
    expect(body).toMatchObject({ status: 503, type: 'urn:vae:problem:service-unavailable' });
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers 503 within the configured timeout when the database server does not answer', async () => {
    // A libSQL server URL on a port where nothing listens: the probe fails instead of hanging.
    const db = createDatabase('http://127.0.0.1:9');
    const app = createApp({
      db,
      config: { ...defaultAppConfig, databaseTimeoutMs: 500 },
      clock: systemClock,
      logger: silentLogger,
    });
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(503);
    db.close();
  });
});
