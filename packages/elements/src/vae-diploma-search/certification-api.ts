import type { ClientResponse } from 'hono/client';
import { type ApiClient, type OkBody, readApi } from '../shared/api-client.js';

// The browser's HTTP cache answers a revalidated request with the cached 200: a script never
// sees the routes' 304, so it is left out of the types.
type Answer<C> = Exclude<Awaited<C>, ClientResponse<null, 304, 'body'>>;
type SearchAnswer = Answer<ReturnType<ApiClient['certifications']['$get']>>;
type DetailAnswer = Answer<ReturnType<ApiClient['certifications'][':code']['$get']>>;

/** `GET /certifications`: a page of results, the total and the facets. */
export type CertificationSearchResult = OkBody<SearchAnswer>;
export type CertificationItem = CertificationSearchResult['items'][number];
export type CertificationFacets = CertificationSearchResult['facets'];

/** Restrictions and filters, each a comma-separated list as the API takes them ('' = none). */
export interface CertificationFilters {
  level?: string | undefined;
  type?: string | undefined;
  filiere?: string | undefined;
}

export interface CertificationSearch {
  q?: string;
  filters: CertificationFilters;
  limit: number;
  offset?: number;
}

/** Searches the catalogue (only active certifications open to VAE, the API's default). */
export function searchCertifications(
  client: ApiClient,
  { q, filters, limit, offset = 0 }: CertificationSearch,
  signal: AbortSignal,
): Promise<CertificationSearchResult> {
  const query = {
    ...(q ? { q } : {}),
    ...nonEmpty('level', filters.level),
    ...nonEmpty('type', filters.type),
    ...nonEmpty('filiere', filters.filiere),
    limit: String(limit),
    ...(offset > 0 ? { offset: String(offset) } : {}),
  };
  const call = client.certifications.$get({ query }, { init: { signal } });
  return readApi(call as Promise<SearchAnswer>);
}

/** `GET /certifications/{code}`: the title of a code given as the initial `value`. */
export async function certificationByCode(
  client: ApiClient,
  code: string,
  signal: AbortSignal,
): Promise<Pick<CertificationItem, 'rncpCode' | 'label' | 'level' | 'type'>> {
  const call = client.certifications[':code'].$get({ param: { code } }, { init: { signal } });
  const detail = await readApi(call as Promise<DetailAnswer>);
  return { rncpCode: detail.rncpCode, label: detail.label, level: detail.level, type: detail.type };
}

function nonEmpty<K extends string>(key: K, value: string | undefined) {
  const trimmed = value?.trim();
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
}
