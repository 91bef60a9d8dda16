import { ProblemError } from './problem.js';

/** Network failures between the BFF and a libSQL server, as Node and undici name them. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
  'HRANA_WEBSOCKET_ERROR',
]);

/**
 * True when the error (or one of its causes: drizzle wraps the driver's, which wraps fetch's)
 * says the database server could not be reached or did not answer in time — an outage to
 * report as 503, not a bug to report as 500.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (current.name === 'TimeoutError') return true;
    if (current instanceof TypeError && current.message === 'fetch failed') return true;
    current = current.cause;
  }
  return false;
}

export function databaseUnavailable(): ProblemError {
  return new ProblemError(
    'unavailable',
    'La base de données ne répond pas. Réessayez dans un instant.',
    {
      headers: { 'Retry-After': '5' },
    },
  );
}
