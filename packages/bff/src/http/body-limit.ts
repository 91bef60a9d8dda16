import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../app-context.js';
import { ProblemError } from './problem.js';

/**
 * Refuses bodies above the configured size with 413, before reading them whole. `limitFor` lets
 * some routes (document uploads) take a larger limit than the global one.
 */
export function requestBodyLimit(
  limitFor: (c: Context<AppEnv>) => number = (c) => c.get('deps').config.bodyLimitBytes,
): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const maxSize = limitFor(c);
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
