import type { ClientResponse } from 'hono/client';
import { type ApiClient, type OkBody, readApi } from '../shared/api-client.js';

type DetailCall = ReturnType<ApiClient['certifications'][':code']['$get']>;
// The browser's HTTP cache answers a revalidated request with the cached 200: a script never
// sees the route's 304, so it is left out of the types.
type DetailResponse = Exclude<Awaited<DetailCall>, ClientResponse<null, 304, 'body'>>;

/** A certification as `GET /api/v1/certifications/{code}` describes it. */
export type CertificationDetail = OkBody<DetailResponse>;

/** The certification the questions are about: its title, its level and what the rules read. */
export function fetchCertification(
  client: ApiClient,
  code: string,
  signal: AbortSignal,
): Promise<CertificationDetail> {
  const call = client.certifications[':code'].$get({ param: { code } }, { init: { signal } });
  return readApi(call as Promise<DetailResponse>);
}
