import fc from 'fast-check';
import type { Credentials } from './fuzz-world.js';
import { hostileValue, mutate, mutation, nastyString } from './hostile-values.js';
import { type JsonSchema, validIsh } from './json-schema-arbitrary.js';

/** One operation of the OpenAPI document, reduced to what a request needs. */
export interface Operation {
  method: string;
  /** The templated path, e.g. `/aap/candidacies/{id}`. */
  path: string;
  schemes: (keyof Credentials)[];
  query: { name: string; schema: JsonSchema }[];
  headers: { name: string; schema: JsonSchema }[];
  body: { contentType: string; schema: JsonSchema } | null;
}

interface OpenApiOperation {
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string; schema?: JsonSchema }[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

export function operationsOf(doc: OpenApiDocument) {
  const operations: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(byMethod)) {
      if (!METHODS.includes(method)) continue;
      const parameters = op.parameters ?? [];
      const [contentType, content] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
      operations.push({
        method: method.toUpperCase(),
        path,
        schemes: (op.security ?? []).flatMap((s) => Object.keys(s)) as (keyof Credentials)[],
        query: parameters
          .filter((p) => p.in === 'query')
          .map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        headers: parameters
          .filter((p) => p.in === 'header')
          .map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: contentType ? { contentType, schema: content?.schema ?? {} } : null,
      });
    }
  }
  return operations;
}

/** A request ready for `app.request()`, and a short description to reproduce it. */
export interface FuzzRequest {
  url: string;
  init: RequestInit & { headers: Headers };
  label: string;
}

/** Percent-encodes anything, lone surrogates included (which encodeURIComponent refuses). */
export function encode(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const PARTNER_ORIGIN = 'https://partenaire.example.org';

/**
 * Random requests to the operations: mostly the route's own method with the credential of
 * its role and a body shaped by its schema, then broken in every way a client can break it
 * (values, fields, JSON, content type, path ids, query, credentials, origin, method).
 */
export function requestArbitrary(
  operations: Operation[],
  credentials: Credentials,
  knownIds: string[],
  /** The credentials that open this operation (the right role), so requests get past auth. */
  preferredFor: (op: Operation) => string[],
): fc.Arbitrary<FuzzRequest> {
  const allCredentials = Object.values(credentials).flat();
  const pathValue = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...knownIds).map(encode) },
    { weight: 2, arbitrary: fc.uuid().map(encode) },
    { weight: 2, arbitrary: nastyString.map(encode) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '..',
        '..%2F..%2Fetc%2Fpasswd',
        '%2e%2e%2f%2e%2e%2f',
        '..%5C..%5Cwindows',
        '%00',
        '%E0%A4%A',
        '%',
        '-1',
        '0',
        '99999999999999999999999',
        'a'.repeat(5000),
        `${knownIds[0] ?? 'x'}%00`,
        `${knownIds[0] ?? 'x'}.json`,
        'null',
        'undefined',
      ),
    },
  );
  const credential = (op: Operation) =>
    fc.oneof(
      { weight: 1, arbitrary: fc.constant<string | null>(null) },
      { weight: 8, arbitrary: fc.constantFrom(...preferredFor(op)) },
      { weight: 1, arbitrary: fc.constantFrom(...allCredentials) },
      {
        weight: 1,
        arbitrary: fc.oneof(
          fc
            .constantFrom(...allCredentials)
            .map((key) => `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`),
          fc.constantFrom(...allCredentials).map((key) => key.slice(0, key.length >> 1)),
          nastyString,
        ),
      },
    );
  // One arbitrary per operation, built once (a chain() would rebuild them on every request).
  const requestOf = (op: Operation) =>
    fc
      .record({
        method: fc.oneof(
          { weight: 12, arbitrary: fc.constant(op.method) },
          {
            weight: 1,
            arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
          },
        ),
        params: fc.array(pathValue, { minLength: 4, maxLength: 4 }),
        query: queryOf(op),
        credential: credential(op),
        credentialIn: fc.constantFrom<RequestParts['credentialIn'][]>(
          'header',
          'header',
          'header',
          'header',
          'query',
          'both',
        ),
        origin: fc.oneof(
          { weight: 6, arbitrary: fc.constant(null) },
          { weight: 3, arbitrary: fc.constant(PARTNER_ORIGIN) },
          { weight: 1, arbitrary: fc.constantFrom('https://evil.example.com', 'null') },
        ),
        headers: headersOf(op),
        body: bodyOf(op, knownIds),
      })
      .map((parts) => buildRequest(op, parts));
  return fc.oneof(...operations.map(requestOf));
}

/** The parts of a request, already encoded where they go into the URL. */
export interface RequestParts {
  method: string;
  /** Values of the path parameters, in order (percent-encoded or deliberately raw). */
  params: string[];
  /** `name=value` pairs of the query string. */
  query: string[];
  credential: string | null;
  /** Where the credential goes: its header, the `?partner=` parameter, or both. */
  credentialIn: 'header' | 'query' | 'both';
  origin: string | null;
  headers: [string, string][];
  body: Body | null;
}

export function buildRequest(op: Operation, parts: RequestParts): FuzzRequest {
  const { method, params, query, credential, credentialIn, origin, headers, body } = parts;
  let index = 0;
  const path = op.path.replace(/\{[^}]+\}/g, () => params[index++] ?? 'x');
  const search = [...query];
  const all = new Headers();
  for (const [name, value] of headers) safeSet(all, name, value);
  if (credential !== null) {
    if (credentialIn !== 'query') {
      if (credential.startsWith('pk_')) safeSet(all, 'X-Vae-Partner', credential);
      else safeSet(all, 'Authorization', `Bearer ${credential}`);
    }
    if (credentialIn !== 'header') search.push(`partner=${encode(credential)}`);
  }
  if (origin) all.set('Origin', origin);
  const init: FuzzRequest['init'] = { method, headers: all };
  if (body && method !== 'GET' && method !== 'HEAD') {
    if (body.contentType) safeSet(all, 'Content-Type', body.contentType);
    init.body = body.payload;
  }
  const url = `/api/v1${path}${search.length > 0 ? `?${search.join('&')}` : ''}`;
  const shown = typeof init.body === 'string' ? init.body.slice(0, 300) : String(init.body ?? '');
  const headerList = [...all.entries()].map(([k, v]) => `${k}: ${v.slice(0, 60)}`).join('; ');
  return { url, init, label: `${method} ${url.slice(0, 300)} [${headerList}] ${shown}` };
}

function safeSet(headers: Headers, name: string, value: string): void {
  try {
    headers.set(name, value);
  } catch {
    // Not a valid header value (NUL, CR/LF, beyond Latin-1): no HTTP client could send it.
    headers.set(name, encode(value));
  }
}

function queryOf(op: Operation): fc.Arbitrary<string[]> {
  const value = (schema: JsonSchema) =>
    fc.oneof(
      {
        weight: 3,
        arbitrary: validIsh(schema).map((v) => encode(Array.isArray(v) ? v.join(',') : String(v))),
      },
      { weight: 2, arbitrary: nastyString.map(encode) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('%', '%E0%A4%A', '%00', '', '-1', '1e999', '[]', 'a,,b,'),
      },
    );
  const declared = op.query.map(({ name, schema }) =>
    fc.option(
      fc
        .array(value(schema), { minLength: 1, maxLength: 3 })
        .map((vs) => vs.map((v) => `${name}=${v}`)),
      { freq: 2 },
    ),
  );
  const extra = fc.array(
    fc.tuple(nastyString, nastyString).map(([k, v]) => `${encode(k)}=${encode(v)}`),
    { maxLength: 2 },
  );
  return fc
    .tuple(fc.tuple(...declared), extra)
    .map(([chosen, more]) => [...chosen.flatMap((vs) => vs ?? []), ...more]);
}

function headersOf(op: Operation): fc.Arbitrary<[string, string][]> {
  const declared = op.headers.map(({ name, schema }) =>
    fc.option(
      fc.oneof(validIsh(schema).map(String), nastyString).map((v): [string, string] => [name, v]),
      { freq: 2 },
    ),
  );
  const common = fc.option(
    fc.tuple(
      fc.constantFrom(
        'X-Request-Id',
        'Accept-Language',
        'X-Forwarded-For',
        'Idempotency-Key',
        'Accept',
      ),
      nastyString,
    ),
    { freq: 3 },
  );
  return fc
    .tuple(fc.tuple(...declared), common)
    .map(([chosen, extra]) => [...chosen, extra].filter((h): h is [string, string] => h !== null));
}

type Payload = NonNullable<RequestInit['body']>;

export interface Body {
  contentType: string | null;
  payload: Payload;
}

export const WRONG_CONTENT_TYPES = [
  null,
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=nope',
  'application/json; charset=utf-16',
  'application/xml',
  'application/json',
  '*/*',
  ';;;',
];

export const MALFORMED_JSON = [
  '',
  '{',
  '{"a":',
  'nul',
  '{"a":1,}',
  "{'a':1}",
  '\uFEFF{}',
  '[]',
  '"string"',
  '42',
  'null',
  '{"__proto__":{"isAdmin":true}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"a":${'1'.repeat(400)}}`,
  '\u0000',
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
];

function bodyOf(op: Operation, knownIds: string[]): fc.Arbitrary<Body | null> {
  const json = (schema: JsonSchema) =>
    fc
      .tuple(validIsh(schema), fc.array(mutation, { maxLength: 3 }))
      .map(([value, mutations]) => JSON.stringify(mutate(value, mutations)) ?? 'null');
  const raw = fc.oneof(
    fc.constantFrom(...MALFORMED_JSON),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }).map((bytes) => bytes as Uint8Array<ArrayBuffer>),
    fc.constant(JSON.stringify({ big: 'x'.repeat(1_100_000) })),
  );
  const schema = op.body?.schema ?? {};
  const sent =
    (contentType: string | null) =>
    (payload: Payload): Body => ({ contentType, payload });
  const options: fc.WeightedArbitrary<Body | null>[] = [
    { weight: 1, arbitrary: fc.constant(null) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...WRONG_CONTENT_TYPES), raw)
        .map(([type, p]) => sent(type)(p)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...WRONG_CONTENT_TYPES), json(schema))
        .map(([type, p]) => sent(type)(p)),
    },
    { weight: 1, arbitrary: multipartOf(schema, knownIds).map(sent(null)) },
  ];
  if (op.body?.contentType === 'application/json') {
    options.push({ weight: 8, arbitrary: json(schema).map(sent('application/json')) });
  } else if (op.body?.contentType === 'multipart/form-data') {
    options.push({ weight: 8, arbitrary: multipartOf(schema, knownIds).map(sent(null)) });
  }
  return fc.oneof(...options);
}

const PDF = '%PDF-1.4\n% dossier\n%%EOF\n';

/** Multipart forms: the fields the schema names (files or not), with hostile values mixed in. */
function multipartOf(schema: JsonSchema, knownIds: string[]): fc.Arbitrary<FormData> {
  const names = Object.keys(schema.properties ?? {});
  const file = fc.oneof(
    fc.constant(new File([PDF], 'dossier.pdf', { type: 'application/pdf' })),
    fc
      .string({ maxLength: 50 })
      .map((text) => new File([text], 'notes.txt', { type: 'text/plain' })),
    fc
      .uint8Array({ maxLength: 100 })
      .map((b) => new File([b as Uint8Array<ArrayBuffer>], '../../evil.pdf')),
    fc.constant(new File([], 'empty.pdf', { type: 'application/pdf' })),
    nastyString.map((name) => new File([PDF], name || 'x', { type: 'application/pdf' })),
  );
  const field = fc.oneof(
    file,
    nastyString,
    hostileValue.map((v) => JSON.stringify(v) ?? ''),
    fc.constantFrom(...knownIds),
  );
  const name = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...names, 'attachments', 'attachments[]') },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'dossier[]', '') },
    { weight: 1, arbitrary: nastyString.map((text) => text.slice(0, 200)) },
  );
  const entry = fc.tuple(name, field);
  return fc.array(entry, { maxLength: 6 }).map((entries) => {
    const form = new FormData();
    for (const [name, value] of entries) form.append(name, value);
    return form;
  });
}
