import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppDependencies, AppEnv } from '../app-context.js';
import { apiCors } from './cors.js';
import {
  type ForeignReadable,
  partnerAwareOrigins,
  readableRefusalsOnly,
} from './partner-origin.js';
import { ProblemError } from './problem.js';

const FOREIGN = 'https://foreign.example';
const CONFIGURED = 'https://operator.example';

/** Routes that answer as a guarded path would if its guard were missing: a success and a refusal. */
function appGuardedOn(foreignReadable: (path: string) => ForeignReadable) {
  const deps = { config: { allowedOrigins: [CONFIGURED] } } as unknown as AppDependencies;
  const originRefusal = () =>
    new ProblemError('forbidden', 'Origine refusée', {
      extensions: { code: 'ORIGIN_NOT_ALLOWED' },
    });
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('deps', deps);
      await next();
    })
    .use(readableRefusalsOnly(), apiCors(partnerAwareOrigins(() => false, foreignReadable)))
    .get('/guarded/ok', (c) => c.json({ secret: 'personal data' }))
    .get('/guarded/refused', (c) =>
      c.json({ code: 'ORIGIN_NOT_ALLOWED' }, 403, { 'Content-Type': 'application/problem+json' }),
    )
    .get('/other/refused', (c) => c.json({ code: 'ORIGIN_NOT_ALLOWED' }, 403))
    .get('/candidate/ok', (c) => c.json({ secret: 'personal data' }))
    .get('/candidate/origin-refused', () => {
      throw originRefusal();
    })
    .get('/candidate/forbidden', () => {
      throw new ProblemError('forbidden', 'Réservé au candidat');
    })
    .get('/candidate/unauthorized', () => {
      throw new ProblemError('unauthorized', 'Code inconnu');
    })
    .get('/candidate/returned-refusal', (c) =>
      // A body that looks like the refusal is not one: only a thrown ProblemError says so.
      c.json({ code: 'ORIGIN_NOT_ALLOWED' }, 403, { 'Content-Type': 'application/problem+json' }),
    )
    .onError((error, c) =>
      error instanceof ProblemError
        ? c.json({ code: error.extensions['code'] ?? null }, error.status as 401 | 403)
        : c.json({}, 500),
    );
}

describe('CORS on partner-guarded paths: foreign origins read refusals only', () => {
  const app = appGuardedOn((path) => (path.startsWith('/guarded/') ? 'refusals' : 'nothing'));
  const get = (path: string, origin: string) => app.request(path, { headers: { Origin: origin } });

  it('lets a foreign origin read a refusal on a guarded path, with its preflight', async () => {
    const refused = await get('/guarded/refused', FOREIGN);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBe(FOREIGN);
    const preflight = await app.request('/guarded/refused', {
      method: 'OPTIONS',
      headers: {
        Origin: FOREIGN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'x-vae-partner',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(FOREIGN);
  });

  it('never lets a foreign origin read a success, even if a guard were missing', async () => {
    const ok = await get('/guarded/ok', FOREIGN);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBeNull();
    expect(ok.headers.get('access-control-expose-headers')).toBeNull();
  });

  it('keeps allowed origins reading successes, and unguarded paths closed', async () => {
    const ok = await get('/guarded/ok', CONFIGURED);
    expect(ok.headers.get('access-control-allow-origin')).toBe(CONFIGURED);
    const other = await get('/other/refused', FOREIGN);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS on the candidate paths: foreign origins read the origin refusal only', () => {
  const app = appGuardedOn((path) =>
    path.startsWith('/candidate/') ? 'origin-refusal' : 'nothing',
  );
  const get = (path: string, origin: string) => app.request(path, { headers: { Origin: origin } });

  it('lets a foreign origin read the 403 ORIGIN_NOT_ALLOWED, with its preflight', async () => {
    const refused = await get('/candidate/origin-refused', FOREIGN);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ code: 'ORIGIN_NOT_ALLOWED' });
    expect(refused.headers.get('access-control-allow-origin')).toBe(FOREIGN);
    expect(refused.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    const preflight = await app.request('/candidate/origin-refused', {
      method: 'OPTIONS',
      headers: {
        Origin: FOREIGN,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(FOREIGN);
  });

  it('hides every other answer from a foreign origin: successes and other errors', async () => {
    for (const path of [
      '/candidate/ok',
      '/candidate/forbidden',
      '/candidate/unauthorized',
      '/candidate/returned-refusal',
    ]) {
      const res = await get(path, FOREIGN);
      expect(res.headers.get('access-control-allow-origin'), path).toBeNull();
      expect(res.headers.get('access-control-expose-headers'), path).toBeNull();
    }
  });

  it('keeps allowed origins reading every answer of the candidate paths', async () => {
    for (const path of ['/candidate/ok', '/candidate/unauthorized', '/candidate/origin-refused']) {
      const res = await get(path, CONFIGURED);
      expect(res.headers.get('access-control-allow-origin'), path).toBe(CONFIGURED);
    }
  });
});
