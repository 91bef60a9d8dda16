import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from '../app-context.js';

/** Decides, per request, which browser origins may read the answer. */
export type OriginPolicy = (origin: string, c: Context<AppEnv>) => boolean | Promise<boolean>;

/** The origins listed in the configuration (before partners exist, or for the operator's own sites). */
export const configuredOrigins: OriginPolicy = (origin, c) =>
  c.get('deps').config.allowedOrigins.includes(origin);

/** The policy, except on the paths of `pattern`, which no browser origin may read. */
export function closedOn(pattern: RegExp, policy: OriginPolicy): OriginPolicy {
  return (origin, c) => !pattern.test(c.req.path) && policy(origin, c);
}

/**
 * CORS for the API. The allow-list is a policy function so that partner allow-lists (resolved
 * from the partner key of the request) plug in without changing the middleware.
 */
export function apiCors(policy: OriginPolicy = configuredOrigins): MiddlewareHandler<AppEnv> {
  return cors({
    origin: async (origin, c) => ((await policy(origin, c)) ? origin : null),
    allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: [
      'Authorization',
      'Content-Type',
      'Idempotency-Key',
      'If-None-Match',
      'X-Request-Id',
      'X-Vae-Partner',
    ],
    exposeHeaders: ['ETag', 'Retry-After', 'X-Request-Id', 'Location'],
    maxAge: 600,
  });
}
