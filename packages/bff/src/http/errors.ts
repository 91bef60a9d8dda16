import type { ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../app-context.js';
import { databaseUnavailable, isDatabaseUnreachable } from './database-unreachable.js';
import { ProblemError, type ProblemKind, problemResponse } from './problem.js';

const KIND_BY_STATUS: Record<number, ProblemKind> = {
  400: 'invalidRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  405: 'methodNotAllowed',
  409: 'conflict',
  413: 'payloadTooLarge',
  415: 'unsupportedMediaType',
  422: 'unprocessable',
  429: 'tooManyRequests',
  503: 'unavailable',
};

/** Every error leaves as problem+json; the unexpected ones are logged and never show a stack. */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  if (error instanceof ProblemError) return problemResponse(c, error);
  if (error instanceof HTTPException) {
    const kind = KIND_BY_STATUS[error.status] ?? 'internal';
    const detail = isMalformedJson(error)
      ? 'Le corps de la requête n’est pas un JSON valide.'
      : error.message || 'La requête ne peut pas être traitée.';
    return problemResponse(
      c,
      new ProblemError(isMalformedJson(error) ? 'malformedJson' : kind, detail),
    );
  }
  if (isDatabaseUnreachable(error)) {
    c.get('deps').logger.warn(
      { requestId: c.get('requestId'), err: loggableError(error) },
      'database unreachable',
    );
    return problemResponse(c, databaseUnavailable());
  }
  c.get('deps').logger.error(
    {
      requestId: c.get('requestId'),
      err: loggableError(error),
    },
    'unhandled error',
  );
  return problemResponse(
    c,
    new ProblemError('internal', 'Une erreur inattendue est survenue. Réessayez plus tard.'),
  );
};

/** The values a failed query's message lists after its SQL. */
const QUERY_PARAMS = /\n\s*params: [\s\S]*$/;

/**
 * What of an unexpected error goes to the log. A failed query's message lists its parameters
 * (drizzle's "params: …"): the values of a candidate being written, so personal data. Only the
 * SQL, the driver's own message and the stack frames are kept.
 */
export function loggableError(error: Error): { name: string; message: string; stack?: string } {
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line));
  const stack = frames && frames.length > 0 ? frames.join('\n') : undefined;
  const query = (error as { query?: unknown }).query;
  if (typeof query !== 'string') {
    // An error that copied a failed query's message into its own keeps it without the values.
    return { name: error.name, message: error.message.replace(QUERY_PARAMS, ''), stack };
  }
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return { name: error.name, message: `Failed query: ${query}${cause}`, stack };
}

function isMalformedJson(error: HTTPException): boolean {
  return error.status === 400 && /malformed json/i.test(error.message);
}

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(c, new ProblemError('notFound', `Aucune ressource à l’adresse ${c.req.path}.`));
