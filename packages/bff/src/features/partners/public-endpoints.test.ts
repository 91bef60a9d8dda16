import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createPartner } from './service.js';

const ORIGIN = 'https://www.carif.example';

describe('public endpoints need a partner key whose origins hold the page', () => {
  let t: TestApp;
  let key: string;
  beforeEach(async () => {
    t = await createTestApp({}, { partner: false });
    key = (await createPartner(t.db, { name: 'Carif', origins: [ORIGIN] })).publishableKey;
  });
  afterEach(() => t.close());

  const PUBLIC = [
    ['GET', '/api/v1/certifications?q=aide'],
    ['GET', '/api/v1/certifications/RNCP35830'],
    ['GET', '/api/v1/organisms?certification=RNCP35830'],
    ['GET', '/api/v1/organisms/some-site'],
    ['POST', '/api/v1/eligibility/evaluate'],
    ['POST', '/api/v1/funding/contrat-pro-vae/estimate'],
  ] as const;
  const send = (method: string, path: string, headers: Record<string, string> = {}) =>
    t.app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      ...(method === 'POST' ? { body: '{}' } : {}),
    });

  it('answers 403 problem+json without a key, with a bad key or from another origin', async () => {
    for (const [method, path] of PUBLIC) {
      const none = await send(method, path);
      expect(none.status, path).toBe(403);
      expect(none.headers.get('content-type')).toContain('application/problem+json');
      expect(((await none.json()) as { code: string }).code).toBe('PARTNER_KEY_MISSING');
      const bad = await send(method, path, {
        'X-Vae-Partner': 'pk_live_0000000000000000000000000000000A',
      });
      expect(((await bad.json()) as { code: string }).code, path).toBe('PARTNER_KEY_INVALID');
      const foreign = await send(method, path, {
        'X-Vae-Partner': key,
        Origin: 'https://evil.example',
      });
      expect(foreign.status, path).toBe(403);
      expect(((await foreign.json()) as { code: string }).code, path).toBe('ORIGIN_NOT_ALLOWED');
      // The page may read the refusal (and say so) rather than fail on an opaque CORS error.
      expect(foreign.headers.get('access-control-allow-origin')).toBe('https://evil.example');
    }
  });

  it('lets a valid key through: from its origins (with CORS) or from a server', async () => {
    for (const [method, path] of PUBLIC) {
      const browser = await send(method, path, { 'X-Vae-Partner': key, Origin: ORIGIN });
      expect([401, 403], path).not.toContain(browser.status);
      expect(browser.headers.get('access-control-allow-origin'), path).toBe(ORIGIN);
      const server = await send(method, path, { 'X-Vae-Partner': key });
      expect([401, 403], path).not.toContain(server.status);
    }
    const query = await t.app.request(`/api/v1/certifications?q=aide&partner=${key}`, {
      headers: { Origin: ORIGIN },
    });
    expect(query.status).toBe(200);
    const postQuery = await t.app.request(`/api/v1/eligibility/evaluate?partner=${key}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(postQuery.status).toBe(403);
  });

  it('documents the partner key on the public operations', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      security: unknown;
      paths: Record<string, Record<string, { security?: unknown }>>;
    };
    expect(doc.security).toEqual([{ partnerKey: [] }]);
    expect(doc.paths['/health']?.['get']?.security).toEqual([]);
  });
});
