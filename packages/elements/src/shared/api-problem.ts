/** One field-level error of a problem (`errors[]`). */
export interface ApiFieldError {
  path: string;
  in?: string;
  message: string;
}

/** An RFC 9457 problem document, as the API sends it (`application/problem+json`). */
export interface ApiProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: ApiFieldError[];
  requestId?: string;
  /** A machine-readable reason some problems carry (e.g. ORIGIN_NOT_ALLOWED, PARTNER_KEY_INVALID). */
  code?: string;
}

/** The request never got an answer (offline, DNS, CORS refusal, server down). */
export const NETWORK_ERROR_TYPE = 'urn:vae:problem:network-error';
/** The answer was an error without a problem document (a proxy's HTML page, an empty body). */
export const UNKNOWN_PROBLEM_TYPE = 'about:blank';

/**
 * A failed API call, as a value elements can branch on (`status`, `type`) and show (`title`,
 * `detail`). `status` is 0 when there was no answer at all. Aborted requests are not
 * problems: they stay `AbortError`s (see `isAbortError`).
 */
export class ApiProblem extends Error implements ApiProblemDetails {
  // `declare`: set in the constructor only, so no class-field boilerplate in every bundle.
  declare readonly type: string;
  declare readonly title: string;
  declare readonly status: number;
  declare readonly detail: string;
  declare readonly instance: string | undefined;
  declare readonly errors: ApiFieldError[];
  declare readonly requestId: string | undefined;
  declare readonly code: string | undefined;

  constructor(details: ApiProblemDetails, options?: { cause?: unknown }) {
    super(details.detail || details.title, options);
    this.name = 'ApiProblem';
    this.type = details.type;
    this.title = details.title;
    this.status = details.status;
    this.detail = details.detail;
    this.instance = details.instance;
    this.errors = details.errors ?? [];
    this.requestId = details.requestId;
    this.code = details.code;
  }

  /** The partner's key or page origin was refused: an integration error, not a user's. */
  get isPartnerRefusal(): boolean {
    // ORIGIN_NOT_ALLOWED, PARTNER_KEY_INVALID, PARTNER_KEY_MISSING (http/partner-origin.ts).
    return /^(ORIGIN_NOT_ALLOWED|PARTNER_KEY_)/.test(this.code ?? '');
  }

  get isNetworkError(): boolean {
    return this.type === NETWORK_ERROR_TYPE;
  }

  toJSON(): ApiProblemDetails {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(this.instance ? { instance: this.instance } : {}),
      ...(this.errors.length ? { errors: this.errors } : {}),
      ...(this.requestId ? { requestId: this.requestId } : {}),
      ...(this.code ? { code: this.code } : {}),
    };
  }
}

/** Reads an error response into an `ApiProblem`, whatever its body (or lack of one). */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  const body = await readJsonQuietly(response);
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  if (isProblemBody(body)) {
    return new ApiProblem({
      type: body.type,
      title: body.title,
      status: typeof body.status === 'number' ? body.status : response.status,
      detail: typeof body.detail === 'string' ? body.detail : '',
      ...(typeof body.instance === 'string' ? { instance: body.instance } : {}),
      ...(Array.isArray(body.errors) ? { errors: body.errors.filter(isFieldError) } : {}),
      ...(typeof body.requestId === 'string' ? { requestId: body.requestId } : { requestId }),
      ...(typeof body.code === 'string' ? { code: body.code } : {}),
    });
  }
  return new ApiProblem({
    type: UNKNOWN_PROBLEM_TYPE,
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
    detail: '',
    ...(requestId ? { requestId } : {}),
  });
}

/** A request that failed before any answer: `fetch` rejected with something other than an abort. */
export function networkProblem(cause: unknown): ApiProblem {
  return new ApiProblem(
    {
      type: NETWORK_ERROR_TYPE,
      title: 'Network error',
      status: 0,
      detail: cause instanceof Error ? cause.message : String(cause),
    },
    { cause },
  );
}

/**
 * An abort (`AbortController`, @lit/task replacing a stale request): ignore it, do not report
 * it. A timeout (`AbortSignal.timeout`) is a `TimeoutError`, hence a failure the user sees.
 */
export function isAbortError(error: unknown): boolean {
  return (error instanceof DOMException || error instanceof Error) && error.name === 'AbortError';
}

async function readJsonQuietly(response: Response): Promise<unknown> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!/[/+]json\b/i.test(type)) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

type ProblemBody = Partial<Record<keyof ApiProblemDetails, unknown>> & {
  type: string;
  title: string;
};

function isProblemBody(body: unknown): body is ProblemBody {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate['type'] === 'string' && typeof candidate['title'] === 'string';
}

function isFieldError(value: unknown): value is ApiFieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['path'] === 'string' && typeof candidate['message'] === 'string';
}
