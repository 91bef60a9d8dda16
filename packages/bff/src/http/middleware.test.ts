import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

describe('API middleware', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ allowedOrigins: ['https://partner.example.org'] });
  });
  afterEach(() => t.close());

  it('propagates a well-formed X-Request-Id and replaces a malformed one', async () => {
    const given = await t.app.request('/api/v1/health', { headers: { 'X-Request-Id': 'abc-123' } });
    expect(given.headers.get('x-request-id')).toBe('abc-123');
    const bad = await t.app.request('/api/v1/health', {
      headers: { 'X-Request-Id': 'a b<script>' },
    });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const none = await t.app.request('/api/v1/health');
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('puts the request id in problem bodies so support can find the log line', async () => {
    const res = await t.app.request('/api/v1/nope', { headers: { 'X-Request-Id': 'trace-42' } });
    expect(await res.json()).toMatchObject({ requestId: 'trace-42' });
  });

  it('logs one structured line per request with the path but never the query string', async () => {
    await t.app.request('/api/v1/health?nir=295109912611193', {
      headers: { 'X-Request-Id': 'log-1' },
    });
    const line = t.logs.find((l) => (l.fields as { requestId?: string }).requestId === 'log-1');
    expect(line?.fields).toMatchObject({ method: 'GET', path: '/api/v1/health', status: 200 });
    expect(JSON.stringify(t.logs)).not.toContain('295109912611193');
  });

  it('sends strict security headers on API answers', async () => {
    const res = await t.app.request('/api/v1/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('lets allowed origins read answers through CORS and no one else', async () => {
    const allowed = await t.app.request('/api/v1/health', {
      headers: { Origin: 'https://partner.example.org' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://partner.example.org');
    expect(allowed.headers.get('access-control-expose-headers')).toContain('X-Request-Id');

    const preflight = await t.app.request('/api/v1/health', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://partner.example.org',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, x-vae-partner',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'x-vae-partner',
    );

    const other = await t.app.request('/api/v1/health', {
      headers: { Origin: 'https://evil.example' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers the OpenAPI document with every route of the API', async () => {
    const res = await t.app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; info: { version: string }; paths: object };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.version).toBe('1.2.3-test');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health']));
  });
});
