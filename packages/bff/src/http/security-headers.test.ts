import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPartner } from '../features/partners/service.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

// Every route family of the whole server is walked by apps/server/src/security-headers.test.ts;
// these are the API's own defaults, checked where they are made.
describe('API security defaults', () => {
  const page = 'https://partner.example.org';
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ allowedOrigins: [page] });
  });
  afterEach(() => t.close());

  it('answers no-store unless the route allows caching, errors included', async () => {
    const missing = await t.app.request('/api/v1/no-such-route');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    const refused = await t.app.request('/api/v1/aap/candidacies');
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
    // The public catalogue says it may be cached: the default leaves it alone.
    const catalogue = await t.app.request('/api/v1/certifications?q=soins');
    expect(catalogue.status).toBe(200);
    expect(catalogue.headers.get('cache-control')).toMatch(/^public, /);
  });

  it('lets no browser origin read the secret-key endpoints, even an allowed one', async () => {
    const { secretKey } = await createPartner(t.db, { name: 'Portail', origins: [page] });
    const preflight = await t.app.request('/api/v1/embed-sessions', {
      method: 'OPTIONS',
      headers: {
        Origin: page,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const minted = await t.app.request('/api/v1/embed-sessions/links', {
      method: 'POST',
      headers: { Origin: page, Authorization: `Bearer ${secretKey}` },
    });
    expect(minted.status).toBeGreaterThanOrEqual(400);
    expect(minted.headers.get('access-control-allow-origin')).toBeNull();
    // The same origin reads the other endpoints.
    const health = await t.app.request('/api/v1/health', { headers: { Origin: page } });
    expect(health.headers.get('access-control-allow-origin')).toBe(page);
  });

  it('sends a year of Strict-Transport-Security on the API and its reference page', async () => {
    for (const path of ['/api/v1/health', '/api/docs']) {
      const res = await t.app.request(path);
      expect(res.headers.get('strict-transport-security'), path).toBe(
        'max-age=31536000; includeSubDomains',
      );
    }
  });
});
