import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export interface DemoProblem {
  status: ContentfulStatusCode;
  title: string;
  detail: string;
  /** A stable code a page can act on (`DEMO_LOCAL_ONLY`, `TRACKING_CODE_UNKNOWN`…). */
  code?: string;
}

const SLUGS: Partial<Record<number, string>> = {
  400: 'invalid-request',
  403: 'forbidden',
  404: 'not-found',
  429: 'too-many-requests',
  503: 'service-unavailable',
};

/** An application/problem+json answer of the demo portal, in the API's shape. */
export function demoProblem(
  c: Context,
  problem: DemoProblem,
  headers: Record<string, string> = {},
) {
  const { status, title, detail, code } = problem;
  return c.json(
    {
      type: `urn:vae:problem:${SLUGS[status] ?? 'error'}`,
      title,
      status,
      detail,
      ...(code ? { code } : {}),
    },
    status,
    { 'Content-Type': 'application/problem+json', ...headers },
  );
}

/** The problem+json of an error thrown by the BFF (it carries `toDetails()`), else null. */
export function detailsOf(error: unknown): ({ status: number } & Record<string, unknown>) | null {
  const details = (error as { toDetails?: () => unknown }).toDetails?.();
  return details && typeof (details as { status?: unknown }).status === 'number'
    ? (details as { status: number } & Record<string, unknown>)
    : null;
}
