/*
 * What the server promises, per route family, about CORS, caching and resource policy
 * (security-headers.test.ts walks every route of the running app through this table: a route
 * that no family claims fails the test, so a new family must state its policy here).
 */

/** Who may read an answer from a browser page on another origin. */
export type CorsPolicy =
  /** Pages of partners' allow-lists read every answer, errors included; other origins nothing. */
  | 'partner-pages'
  /** The same, and any other origin reads refusals (4xx problem+json) only, never data. */
  | 'public-partner'
  /**
   * Pages of partners' allow-lists read every answer; any other origin reads the 403
   * ORIGIN_NOT_ALLOWED refusal only (so the tracker can say why), never data nor another error.
   */
  | 'origin-refusal'
  /** Server to server, or the server's own pages: no CORS at all, preflights included. */
  | 'none'
  /** Files any page may load (`Access-Control-Allow-Origin: *`). */
  | 'any-origin';

/** The credential a family's element or server sends (see security-headers.test.ts). */
export type Credential =
  | 'partnerKey'
  | 'student'
  | 'aap'
  | 'certificateur'
  | 'admin'
  | 'secretKey'
  | 'none';

export interface RouteFamily {
  name: string;
  matches(method: string, path: string): boolean;
  cors: CorsPolicy;
  /** Answers about a person (or holding a token): `Cache-Control: no-store`, errors included. */
  personal: boolean;
  resourcePolicy: 'same-origin' | 'cross-origin';
  credential: Credential;
}

const path = (pattern: RegExp) => (_method: string, p: string) => pattern.test(p);

export const ROUTE_FAMILIES: RouteFamily[] = [
  {
    name: 'health',
    matches: path(/^\/api\/v1\/health$/),
    cors: 'partner-pages',
    personal: false,
    resourcePolicy: 'same-origin',
    credential: 'none',
  },
  {
    name: 'OpenAPI document',
    matches: path(/^\/api\/v1\/openapi\.json$/),
    cors: 'partner-pages',
    personal: false,
    resourcePolicy: 'same-origin',
    credential: 'none',
  },
  {
    name: 'public catalogue (certifications, organisms)',
    matches: path(/^\/api\/v1\/(certifications|organisms)(\/|$)/),
    cors: 'public-partner',
    personal: false,
    resourcePolicy: 'same-origin',
    credential: 'partnerKey',
  },
  {
    name: 'public answers about a person (eligibility, funding)',
    matches: path(/^\/api\/v1\/(eligibility|funding)\//),
    cors: 'public-partner',
    personal: true,
    resourcePolicy: 'same-origin',
    credential: 'partnerKey',
  },
  {
    name: 'candidacy creation',
    matches: (method, p) => method === 'POST' && p === '/api/v1/candidacies',
    cors: 'public-partner',
    personal: true,
    resourcePolicy: 'same-origin',
    credential: 'partnerKey',
  },
  {
    name: 'candidate (tracker)',
    matches: path(/^\/api\/v1\/candidate\//),
    cors: 'origin-refusal',
    personal: true,
    resourcePolicy: 'same-origin',
    credential: 'student',
  },
  {
    name: 'AAP',
    matches: path(/^\/api\/v1\/aap\//),
    cors: 'partner-pages',
    personal: true,
    resourcePolicy: 'same-origin',
    credential: 'aap',
  },
  {
    name: 'certificateur',
    matches: path(/^\/api\/v1\/certificateur\//),
    cors: 'partner-pages',
    personal: true,
    resourcePolicy: 'same-origin',
    credential: 'certificateur',
  },
  {
    name: 'admin',
    matches: path(/^\/api\/v1\/admin\//),
    cors: 'partner-pages',
    personal: true,
    resourcePolicy: 'same-origin',
    credential: 'admin',
  },
  {
    name: 'embed sessions (secret key, server to server)',
    matches: path(/^\/api\/v1\/embed-sessions(\/|$)/),
    cors: 'none',
    personal: true,
    resourcePolicy: 'same-origin',
    credential: 'secretKey',
  },
  {
    name: 'unknown API route',
    matches: path(/^\/api\/v1\/no-such-route$/),
    cors: 'partner-pages',
    personal: true,
    resourcePolicy: 'same-origin',
    credential: 'none',
  },
  {
    name: 'API reference (Swagger UI)',
    matches: path(/^\/api\/docs(\/|$)/),
    cors: 'none',
    personal: false,
    resourcePolicy: 'same-origin',
    credential: 'none',
  },
  {
    name: 'element bundles',
    matches: path(/^\/widgets\//),
    cors: 'any-origin',
    personal: false,
    resourcePolicy: 'cross-origin',
    credential: 'none',
  },
  {
    name: 'demo portal sessions',
    matches: path(/^\/demo-api\/sessions\//),
    cors: 'none',
    personal: true,
    resourcePolicy: 'same-origin',
    credential: 'none',
  },
  {
    name: 'demo portal student link (tracking code → signed cookie)',
    matches: (method, p) => method === 'POST' && p === '/demo-api/student/link',
    cors: 'none',
    personal: true,
    resourcePolicy: 'same-origin',
    credential: 'none',
  },
  {
    name: 'demo pages',
    matches: path(/^\/(?!api\/|widgets\/|demo-api\/)/),
    cors: 'none',
    personal: false,
    resourcePolicy: 'same-origin',
    credential: 'none',
  },
];

export function familyOf(method: string, p: string): RouteFamily | undefined {
  return ROUTE_FAMILIES.find((family) => family.matches(method, p));
}

const SAMPLE_PARAMS: Record<string, string> = {
  code: 'RNCP00001',
  id: '01900000-0000-7000-8000-000000000000',
  documentId: '01900000-0000-7000-8000-000000000001',
  subject: 'student',
  asset: 'swagger-ui.css',
};

/** A concrete path for a route pattern (`:id` → a well-formed id nobody has, `*` → a name). */
export function samplePath(pattern: string): string {
  const path = pattern.replaceAll('*', 'sample');
  return path.replace(/:(\w+)(\{[^}]*\})?/g, (_, name: string) => {
    const value = SAMPLE_PARAMS[name];
    if (!value) throw new Error(`No sample value for :${name} in ${pattern}`);
    return value;
  });
}
