import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppDependencies, AppEnv } from '../app-context.js';
import { apiCors } from './cors.js';
import { partnerAwareOrigins, readableRefusalsOnly } from './partner-origin.js';

const FOREIGN = 'https://foreign.example';
const CONFIGURED = 'https://operator.example';

/** Routes that answer as a guarded path would if its guard were missing: a success and a refusal. */
function appGuardedOn(guarded: (path: string) => boolean) {
  const deps = { config: { allowedOrigins: [CONFIGURED] } } as unknown as AppDependencies;
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('deps', deps);
      await next();
    })
    .use(readableRefusalsOnly(), apiCors(partnerAwareOrigins(() => false, guarded)))
    .get('/guarded/ok', (c) => c.json({ secret: 'personal data' }))
    .get('/guarded/refused', (c) =>
      c.json({ code: 'ORIGIN_NOT_ALLOWED' }, 403, { 'Content-Type': 'application/problem+json' }),
    )
    .get('/other/refused', (c) => c.json({ code: 'ORIGIN_NOT_ALLOWED' }, 403));
}

describe('CORS on partner-guarded paths: foreign origins read refusals only', () => {
  const app = appGuardedOn((path) => path.startsWith('/guarded/'));
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
