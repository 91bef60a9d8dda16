import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One field-level error of a problem (RFC 9457 extension member `errors`). */
export interface ProblemFieldError {
  /** Dotted path of the offending field, e.g. `answers.typology` or `limit`. */
  path: string;
  /** Where the field was: `body`, `query`, `param`, `header`. */
  in?: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: ProblemFieldError[];
  [extension: string]: unknown;
}

/** Stable problem types, one per kind of failure a client may want to branch on. */
export const PROBLEM_TYPES = {
  invalidRequest: { status: 400, slug: 'invalid-request', title: 'Requête invalide' },
  malformedJson: { status: 400, slug: 'malformed-json', title: 'Corps JSON illisible' },
  unauthorized: { status: 401, slug: 'unauthorized', title: 'Authentification requise' },
  forbidden: { status: 403, slug: 'forbidden', title: 'Accès refusé' },
  notFound: { status: 404, slug: 'not-found', title: 'Ressource introuvable' },
  methodNotAllowed: { status: 405, slug: 'method-not-allowed', title: 'Méthode non permise' },
  conflict: { status: 409, slug: 'conflict', title: 'Action impossible dans cet état' },
  payloadTooLarge: { status: 413, slug: 'payload-too-large', title: 'Contenu trop volumineux' },
  unsupportedMediaType: {
    status: 415,
    slug: 'unsupported-media-type',
    title: 'Type de contenu non pris en charge',
  },
  unprocessable: { status: 422, slug: 'unprocessable', title: 'Demande impossible à traiter' },
  tooManyRequests: { status: 429, slug: 'too-many-requests', title: 'Trop de requêtes' },
  internal: { status: 500, slug: 'internal-error', title: 'Erreur interne' },
  unavailable: { status: 503, slug: 'service-unavailable', title: 'Service indisponible' },
} as const;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

export function problemTypeUri(kind: ProblemKind): string {
  return `urn:vae:problem:${PROBLEM_TYPES[kind].slug}`;
}

/**
 * A failure that becomes a problem+json response. Thrown by middleware and services for
 * the unexpected-for-the-caller cases; the app's error handler renders it.
 */
export class ProblemError extends Error {
  readonly kind: ProblemKind;
  readonly detail: string;
  readonly errors: ProblemFieldError[] | undefined;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(
    kind: ProblemKind,
    detail: string,
    options: {
      errors?: ProblemFieldError[];
      extensions?: Record<string, unknown>;
      headers?: Record<string, string>;
    } = {},
  ) {
    super(detail);
    this.name = 'ProblemError';
    this.kind = kind;
    this.detail = detail;
    this.errors = options.errors;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return PROBLEM_TYPES[this.kind].status;
  }

  toDetails(instance?: string): ProblemDetails {
    const { slug: _slug, ...type } = PROBLEM_TYPES[this.kind];
    return {
      ...this.extensions,
      type: problemTypeUri(this.kind),
      title: type.title,
      status: type.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export function problemResponse(c: Context, problem: ProblemError): Response {
  const body = problem.toDetails(c.req.path);
  const requestId = c.get('requestId');
  if (requestId) body['requestId'] = requestId;
  for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);
  return c.body(JSON.stringify(body), problem.status as ContentfulStatusCode, {
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}
