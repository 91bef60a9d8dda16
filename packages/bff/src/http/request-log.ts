import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-context.js';

/**
 * One structured line per request. Only the path is logged, never the query string, headers
 * or body: they may carry credentials or personal data.
 */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const { logger } = c.get('deps');
    const fields = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (c.res.status >= 500) logger.error(fields, 'request failed');
    else logger.info(fields, 'request');
  };
}
