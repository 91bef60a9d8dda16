import pino from 'pino';
import type { LogLevel } from './config.js';

/**
 * JSON lines on stdout. Redaction is a second line of defence: the app never logs bodies,
 * queries or credentials in the first place.
 */
export function createLogger(level: LogLevel) {
  return pino({
    level,
    base: { service: 'vae-widgets' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['*.authorization', '*.nir', '*.password', '*.token', '*.trackingCode', '*.secret'],
      censor: '[redacted]',
    },
  });
}
