import type { AppType } from '@vae/bff';
import { type ClientResponse, hc } from 'hono/client';
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

function createClient(options: ApiClientOptions) {
  const { partner, fetch: customFetch } = options;
  return hc<AppType>(apiUrl(options.apiBase), {
    ...(customFetch ? { fetch: customFetch } : {}),
    headers: (): Record<string, string> => (partner ? { 'X-Vae-Partner': partner } : {}),
  });
}

/** The typed client of the API: `client.health.$get()`… (types only come from @vae/bff). */
export type ApiClient = ReturnType<typeof createClient>;

export function createApiClient(options: ApiClientOptions): ApiClient {
  return createClient(options);
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
