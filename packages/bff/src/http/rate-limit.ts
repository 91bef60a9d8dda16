import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppEnv } from '../app-context.js';
import { partnerKeyOf } from './partner-origin.js';
import { ProblemError } from './problem.js';

const WINDOW_MS = 60_000;

/** The client's address: the first `X-Forwarded-For` hop behind a trusted proxy, else the socket's. */
export function clientIpOf(c: Context<AppEnv>): string {
  if (c.get('deps').config.trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/**
 * The credential a request is counted against: its bearer token or its partner key, hashed so
 * the limiter's memory never holds a usable secret. Null when it carries none.
 */
function credentialOf(c: Context<AppEnv>): string | null {
  const bearer = /^Bearer (.+)$/i.exec(c.req.header('Authorization')?.trim() ?? '')?.[1];
  const credential = bearer ?? partnerKeyOf(c);
  return credential ? createHash('sha256').update(credential).digest('base64url') : null;
}

function tooManyRequests(c: Context<AppEnv>, what: string): never {
  const info = c.get('rateLimit' as never) as { resetTime?: Date } | undefined;
  const seconds = info?.resetTime
    ? Math.max(1, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000))
    : WINDOW_MS / 1000;
  throw new ProblemError(
    'tooManyRequests',
    `Trop de requêtes ${what} : réessayez dans ${seconds} s.`,
    { headers: { 'Retry-After': String(seconds) } },
  );
}

const isHealthProbe = (c: Context<AppEnv>) => c.req.path === '/api/v1/health';

/**
 * Per-minute limits per credential and per client IP (config.rateLimit), answered 429 with
 * `Retry-After`. Counters live in this instance's memory: behind a load balancer each instance
 * counts its own share, which bounds a client at limit × instances. Health probes are exempt.
 */
export function apiRateLimits(): MiddlewareHandler<AppEnv>[] {
  const perIp = rateLimiter<AppEnv>({
    windowMs: WINDOW_MS,
    limit: (c) => c.get('deps').config.rateLimit.perIpPerMinute,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => `ip:${clientIpOf(c)}`,
    skip: isHealthProbe,
    handler: (c) => tooManyRequests(c, 'depuis cette adresse'),
  });
  const perKey = rateLimiter<AppEnv>({
    windowMs: WINDOW_MS,
    limit: (c) => c.get('deps').config.rateLimit.perKeyPerMinute,
    standardHeaders: false,
    keyGenerator: (c) => `key:${credentialOf(c)}`,
    skip: (c) => isHealthProbe(c) || credentialOf(c) === null,
    handler: (c) => tooManyRequests(c, 'avec cette clé'),
  });
  return [perIp, perKey];
}
