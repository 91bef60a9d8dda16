import type { AppType } from '@vae/bff';
import type { ClientRequestOptions, ClientResponse, hc } from 'hono/client';
import type { SuccessStatusCode } from 'hono/utils/http-status';
import { isAbortError, networkProblem, problemFromResponse } from './api-problem.js';

export interface ApiClientOptions {
  /** Base URL of the server, without `/api/v1` (see `resolveApiBase`). */
  apiBase: string;
  /** The partner's publishable key (`pk_…`), sent as `X-Vae-Partner`. */
  partner?: string | undefined;
  /** Replaces the global `fetch` (tests of error states). */
  fetch?: typeof fetch | undefined;
}

/** The typed client of the API: `client.health.$get()`… (types only come from @vae/bff). */
export type ApiClient = ReturnType<typeof hc<AppType>>;

/** What a typed call takes: the route's input (all optional here) and hono's request options. */
interface CallInput {
  param?: Record<string, string>;
  query?: Record<string, string | string[] | undefined>;
  header?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string | Blob | (string | Blob)[] | undefined>;
}
type CallOptions = Pick<ClientRequestOptions, 'headers' | 'init'>;

/**
 * The client typed as hono's `hc<AppType>`, with a runtime of its own: hono's (with its
 * cookie serializer, WebSocket and `$path` support) weighs ~1.5 KB gzip in every CDN bundle,
 * which their size budgets cannot afford. It does what the elements use: `$get`, `$post`,
 * `$put`, `$patch`, `$delete` with `param`, `query`, `header`, `json` and `form`, `$url` and
 * `$path` (no cookies, no WebSockets).
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = apiUrl(options.apiBase);
  const node = (path: string[]): unknown =>
    new Proxy(() => {}, {
      get: (_target, key) =>
        typeof key === 'string' && key !== 'then' ? node([...path, key]) : undefined,
      apply: (_target, _this, [input, callOptions]: [CallInput?, CallOptions?]) => {
        const segments = path.slice(0, -1);
        const method = path.at(-1)?.slice(1) ?? '';
        const url = new URL(routeUrl(base, segments, input?.param));
        for (const [key, value] of entries(input?.query)) url.searchParams.append(key, value);
        if (method === 'url') return url;
        if (method === 'path') return url.href.slice(base.length);
        return send(method, url.href, input, callOptions, options);
      },
    });
  return node([]) as ApiClient;
}

/** `['certifications', ':code']` with `{ code: 'RNCP1' }` → `<base>/certifications/RNCP1`. */
function routeUrl(base: string, segments: string[], param: Record<string, string> = {}): string {
  const parts = segments.map((segment) =>
    segment.startsWith(':') ? encodeURIComponent(param[segment.slice(1)] ?? '') : segment,
  );
  return [base, ...parts].join('/');
}

async function send(
  method: string,
  url: string,
  input: CallInput = {},
  callOptions: CallOptions = {},
  { partner, fetch: customFetch = fetch }: ApiClientOptions,
): Promise<Response> {
  const { headers: extra = {}, init } = callOptions;
  const headers = new Headers({
    ...input.header,
    ...(partner ? { 'X-Vae-Partner': partner } : {}),
    ...(typeof extra === 'function' ? await extra() : extra),
  });
  let body: BodyInit | undefined;
  if (input.form) {
    body = new FormData();
    for (const [key, value] of entries(input.form)) body.append(key, value);
  }
  if (input.json !== undefined) {
    body = JSON.stringify(input.json);
    headers.set('Content-Type', 'application/json');
  }
  const verb = method.toUpperCase();
  return customFetch(url, {
    method: verb,
    headers,
    body: verb === 'GET' || verb === 'HEAD' ? undefined : body,
    ...init,
  });
}

/** The defined values of a query or a form, arrays spread into repeated keys. */
function entries<V>(record: Record<string, V | V[] | undefined> = {}): [string, V][] {
  return Object.entries(record).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value]).flatMap((item) =>
      item === undefined ? [] : [[key, item] as [string, V]],
    ),
  );
}

/** `https://h.example/sub` → `https://h.example/sub/api/v1` (keeps a path prefix). */
export function apiUrl(apiBase: string): string {
  return `${apiBase.replace(/\/+$/, '')}/api/v1`;
}

/** The body of the successful answers of a typed call (JSON as typed, text as a string). */
export type OkBody<R> =
  R extends ClientResponse<infer T, infer S, infer F>
    ? IfSuccess<S, F extends 'json' ? T : string>
    : never;

// Distributes over a union of status codes: keeps the body if any of them is a success.
type IfSuccess<S, Body> = S extends SuccessStatusCode ? Body : never;

/**
 * Awaits a typed call and returns its successful body; throws an `ApiProblem` for an error
 * answer or no answer at all, and rethrows aborts untouched (so @lit/task can drop them).
 *
 * @example const health = await readApi(client.health.$get());
 */
export async function readApi<R extends ClientResponse<unknown, number, 'json' | 'text'>>(
  call: Promise<R>,
): Promise<OkBody<R>> {
  let response: R;
  try {
    response = await call;
  } catch (error) {
    throw isAbortError(error) ? error : networkProblem(error);
  }
  if (!response.ok) throw await problemFromResponse(response as unknown as Response);
  if (response.status === 204) return undefined as unknown as OkBody<R>;
  try {
    const type = response.headers.get('Content-Type') ?? '';
    return (/[/+]json\b/i.test(type) ? await response.json() : await response.text()) as OkBody<R>;
  } catch (error) {
    // The body broke off (connection lost, abort while reading, truncated JSON).
    throw isAbortError(error) ? error : networkProblem(error);
  }
}
