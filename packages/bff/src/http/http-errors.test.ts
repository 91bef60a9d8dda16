import { Hono } from 'hono';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AppEnv, silentLogger } from '../app-context.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { handleError, handleNotFound } from './errors.js';
import { validate } from './validate.js';

describe('problem+json errors', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ bodyLimitBytes: 1024 });
  });
  afterEach(() => t.close());

  it('answers unknown routes with a 404 problem', async () => {
    const res = await t.app.request('/api/v1/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toMatchObject({
      type: 'urn:vae:problem:not-found',
      title: expect.any(String),
      status: 404,
      detail: expect.stringContaining('/api/v1/nope'),
      instance: '/api/v1/nope',
    });
  });

  it('answers a body over the limit with 413 before the route runs', async () => {
    const res = await t.app.request('/api/v1/health', {
      method: 'POST',
      body: 'x'.repeat(2048),
      headers: { 'Content-Type': 'application/json', 'Content-Length': '2048' },
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      status: 413,
      type: 'urn:vae:problem:payload-too-large',
    });
  });

  describe('validation through a feature route', () => {
    const app = new Hono<AppEnv>()
      .use(async (c, next) => {
        c.set('deps', { logger: silentLogger } as never);
        c.set('requestId', 'req-1');
        await next();
      })
      .post(
        '/things',
        validate(
          'json',
          v.object({ name: v.pipe(v.string(), v.minLength(2)), level: v.picklist([3, 4]) }),
        ),
        (c) => c.json(c.req.valid('json')),
      )
      .get('/boom', () => {
        throw new Error('secret internals at /srv/app.ts:12');
      });
    app.onError(handleError);
    app.notFound(handleNotFound);

    it('lists every invalid field with its path', async () => {
      const res = await app.request('/things', {
        method: 'POST',
        body: JSON.stringify({ name: 'x', level: 9 }),
        headers: { 'Content-Type': 'application/json' },
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as {
        type: string;
        errors: { path: string; in: string; message: string }[];
      };
      expect(body.type).toBe('urn:vae:problem:invalid-request');
      expect(body.errors.map((e) => e.path).sort()).toEqual(['level', 'name']);
      expect(body.errors[0]).toMatchObject({ in: 'body', message: expect.any(String) });
    });

    it('answers malformed JSON with 400, not 500', async () => {
      const res = await app.request('/things', {
        method: 'POST',
        body: '{"name": ',
        headers: { 'Content-Type': 'application/json' },
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({
        type: 'urn:vae:problem:malformed-json',
        status: 400,
      });
    });

    it('hides the internals of an unexpected error', async () => {
      const res = await app.request('/boom');
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toContain('secret internals');
      expect(text).not.toContain('app.ts');
      expect(JSON.parse(text)).toMatchObject({ status: 500, requestId: 'req-1' });
    });
  });
});
