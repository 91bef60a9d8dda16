import { type ApiClient, type OkBody, readApi } from '../shared/api-client.js';
import { type ApiProblem, networkProblem, problemFromResponse } from '../shared/api-problem.js';

type TrackerCall = ReturnType<ApiClient['candidate']['candidacy']['$get']>;

/** The candidacy as the candidate reads it (`GET /api/v1/candidate/candidacy`). */
export type TrackerView = OkBody<Awaited<TrackerCall>>;

export type TrackerRead =
  | { kind: 'view'; view: TrackerView; etag: string | null }
  | { kind: 'unchanged' }
  /** The credential is unknown, revoked or expired (401). */
  | { kind: 'unauthorized' }
  /**
   * 403 `ORIGIN_NOT_ALLOWED`: a session token minted for another partner's site, or this page's
   * origin on no allow-list (the BFF lets any page read this refusal on the candidate's routes).
   */
  | { kind: 'wrong-site'; problem: ApiProblem }
  | { kind: 'failed'; problem: ApiProblem };

/** Past this, a read counts as failed: the candidate gets a message and a retry, never a spinner. */
export const READ_TIMEOUT_MS = 15_000;

/**
 * Reads the candidate's candidacy with a bearer credential (tracking code or embed session
 * token). With the ETag of the last view, an unchanged candidacy answers 304 and no body.
 * Rejects only with an `AbortError` when `signal` aborts (the element went away).
 */
export function readTracker(
  client: ApiClient,
  credential: string,
  etag: string | null,
  signal: AbortSignal,
): Promise<TrackerRead> {
  const headers: Record<string, string> = { Authorization: `Bearer ${credential}` };
  if (etag) headers['If-None-Match'] = etag;
  return callTracker(
    signal,
    (timed) => client.candidate.candidacy.$get(undefined, { headers, init: { signal: timed } }),
    async (response): Promise<TrackerRead> => {
      // The typed client does not know the 304 of the route's ETag middleware.
      const status: number = response.status;
      if (status === 304) return { kind: 'unchanged' };
      if (status === 401) return { kind: 'unauthorized' };
      const raw = response as unknown as Response;
      if (status === 403 && (await problemCode(raw.clone())) === 'ORIGIN_NOT_ALLOWED') {
        return { kind: 'wrong-site', problem: await problemFromResponse(raw) };
      }
      const view = await readApi(Promise.resolve(response));
      return { kind: 'view', view, etag: response.headers.get('ETag') };
    },
  );
}

/**
 * One call of the candidate's API, sent with a signal that aborts with `signal` or after
 * `READ_TIMEOUT_MS`, its answer read by `read`; no answer, a timeout or an error `read`
 * throws is `failed`. Rejects only with an `AbortError` when `signal` aborts.
 */
export async function callTracker<R, T>(
  signal: AbortSignal,
  send: (signal: AbortSignal) => Promise<R>,
  read: (response: R) => Promise<T>,
): Promise<T | { kind: 'failed'; problem: ApiProblem }> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  const timer = setTimeout(abort, READ_TIMEOUT_MS);
  try {
    return await read(await send(controller.signal));
  } catch (error) {
    if (signal.aborted) throw error;
    return { kind: 'failed', problem: isProblem(error) ? error : networkProblem(error) };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

function isProblem(error: unknown): error is ApiProblem {
  return error instanceof Error && error.name === 'ApiProblem';
}

/** The problem's `code` extension (the shared `ApiProblem` keeps the standard members only). */
async function problemCode(response: Response): Promise<unknown> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null ? (body as { code?: unknown }).code : null;
  } catch {
    return null;
  }
}
