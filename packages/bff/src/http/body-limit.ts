import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-context.js';
import { ProblemError } from './problem.js';

/** Refuses bodies above the configured size with 413, before reading them whole. */
export function requestBodyLimit(): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const maxSize = c.get('deps').config.bodyLimitBytes;
    return bodyLimit({
      maxSize,
      onError: () => {
        throw new ProblemError(
          'payloadTooLarge',
          `Le corps de la requête dépasse ${maxSize} octets.`,
        );
      },
    })(c, next);
  };
}
