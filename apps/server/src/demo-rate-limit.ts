import { ProblemError, problemResponse } from '@vae/bff';
import type { MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';

const WINDOW_MS = 60_000;

/**
 * Requests per minute per client address, answered 429 problem+json with `Retry-After` beyond
 * `perMinute()` (the API's per-IP limit, config.rateLimit). The demo portal's routes mint
 * sessions and check tracking codes: the same bound as the API's own routes. The address is the
 * socket's: these routes answer local connections only, never through a proxy.
 */
export function demoRateLimit(perMinute: () => number): MiddlewareHandler {
  return rateLimiter({
    windowMs: WINDOW_MS,
    limit: () => perMinute(),
    standardHeaders: 'draft-6',
    keyGenerator: (c) => {
      const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
      return env?.incoming?.socket?.remoteAddress ?? 'unknown';
    },
    handler: (c) => {
      const info = c.get('rateLimit' as never) as { resetTime?: Date } | undefined;
      const seconds = info?.resetTime
        ? Math.max(1, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000))
        : WINDOW_MS / 1000;
      return problemResponse(
        c,
        new ProblemError(
          'tooManyRequests',
          `Trop de requêtes depuis cette adresse : réessayez dans ${seconds} s.`,
          { headers: { 'Retry-After': String(seconds) } },
        ),
      );
    },
  });
}
