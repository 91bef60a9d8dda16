import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

describe('rate limits per credential and per IP', () => {
  let t: TestApp;
  afterEach(() => t.close());

  const call = (headers: Record<string, string>) =>
    t.app.request('/api/v1/aap/candidacies', { headers });
  const bearer = (n: number) => ({
    Authorization: `Bearer vae_ak_${String(n).repeat(32).slice(0, 32)}`,
  });

  it('answers 429 problem+json with Retry-After once a key is over its limit', async () => {
    t = await createTestApp({
      trustProxy: true,
      rateLimit: { perKeyPerMinute: 3, perIpPerMinute: 100 },
    });
    const statuses = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await call({ ...bearer(1), 'X-Forwarded-For': `10.0.0.${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await call({ ...bearer(1), 'X-Forwarded-For': '10.0.0.9' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await limited.json()) as { status: number }).status).toBe(429);
    // Another key is counted on its own.
    expect((await call({ ...bearer(2), 'X-Forwarded-For': '10.0.0.9' })).status).toBe(401);
  });

  it('counts each client address, whatever the key, and leaves health probes alone', async () => {
    t = await createTestApp({
      trustProxy: true,
      rateLimit: { perKeyPerMinute: 100, perIpPerMinute: 2 },
    });
    const from = (ip: string, n: number) =>
      call({ ...bearer(n), 'X-Forwarded-For': `${ip}, 192.0.2.1` });
    expect((await from('203.0.113.5', 1)).status).toBe(401);
    expect((await from('203.0.113.5', 2)).status).toBe(401);
    const third = await from('203.0.113.5', 3);
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBeTruthy();
    expect((await from('203.0.113.6', 4)).status).toBe(401);
    for (let i = 0; i < 3; i++) {
      const health = await t.app.request('/api/v1/health', {
        headers: { 'X-Forwarded-For': '203.0.113.5' },
      });
      expect(health.status).not.toBe(429);
    }
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    t = await createTestApp({ rateLimit: { perKeyPerMinute: 100, perIpPerMinute: 2 } });
    const statuses = [];
    for (let i = 0; i < 3; i++)
      statuses.push((await call({ ...bearer(i), 'X-Forwarded-For': `10.1.0.${i}` })).status);
    expect(statuses).toEqual([401, 401, 429]);
  });
});
