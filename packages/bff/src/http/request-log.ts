import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-context.js';

/**
 * A NIR-sized run of digits (13 digits and more, or a Corsican NIR with 2A/2B): no route of
 * the API has one, so in a path it is a NIR sent by mistake where an id was expected.
 */
const NIR_LIKE = /\d{13,}|\d{5}2[AB]\d{6,8}/gi;

/** The request path as it may be logged: NIR-like digit runs masked. */
export function loggablePath(path: string): string {
  return path.replace(NIR_LIKE, '[redacted]');
}

/**
 * One structured line per request. Only the path is logged (NIR-like runs masked), never the
 * query string, headers or body: they may carry credentials or personal data.
 */
export function requestLog(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const { logger } = c.get('deps');
    const fields = {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: loggablePath(c.req.path),
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (c.res.status >= 500) logger.error(fields, 'request failed');
    else logger.info(fields, 'request');
  };
}
