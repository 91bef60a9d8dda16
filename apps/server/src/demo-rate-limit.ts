import type { MiddlewareHandler } from 'hono';
import { demoProblem } from './demo-problem.js';

const WINDOW_MS = 60_000;
/** Past this many remembered clients, the expired windows are dropped before counting. */
const PRUNE_ABOVE = 1_000;

interface Window {
  count: number;
  resetAt: number;
}

/**
 * Requests per minute per client address, answered 429 problem+json with `Retry-After` beyond
 * `perMinute()` (the API's per-IP limit, config.rateLimit). The demo portal's routes mint
 * sessions and check tracking codes: the same bound as the API's own routes. The address is the
 * socket's: these routes answer local connections only, never through a proxy.
 */
export function demoRateLimit(perMinute: () => number): MiddlewareHandler {
  const windows = new Map<string, Window>();
  return async (c, next) => {
    const now = Date.now();
    if (windows.size > PRUNE_ABOVE) {
      for (const [client, window] of windows) if (window.resetAt <= now) windows.delete(client);
    }
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    const client = env?.incoming?.socket?.remoteAddress ?? 'unknown';
    let window = windows.get(client);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + WINDOW_MS };
      windows.set(client, window);
    }
    window.count += 1;
    if (window.count > perMinute()) {
      const seconds = Math.max(1, Math.ceil((window.resetAt - now) / 1000));
      return demoProblem(
        c,
        {
          status: 429,
          title: 'Trop de requêtes',
          detail: `Trop de requêtes depuis cette adresse : réessayez dans ${seconds} s.`,
        },
        { 'Retry-After': String(seconds) },
      );
    }
    await next();
  };
}
