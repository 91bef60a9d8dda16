import type { ClientResponse } from 'hono/client';
import { type ApiClient, type OkBody, readApi } from '../shared/api-client.js';

type Answer<C> = Exclude<Awaited<C>, ClientResponse<null, 304, 'body'>>;
type SearchAnswer = Answer<ReturnType<ApiClient['organisms']['$get']>>;
type DetailAnswer = Answer<ReturnType<ApiClient['organisms'][':id']['$get']>>;

/** `GET /organisms`: one page of AAPs, the total and the seed of the random order. */
export type OrganismPage = OkBody<SearchAnswer>;
export type Organism = OrganismPage['items'][number];
export type Modality = Organism['modality'];

export interface OrganismQuery {
  certification: string;
  q: string;
  modality: Modality;
  postalCode: string;
  department: string;
  level: string;
  offset: number;
  /** The seed of the first answer, so that the next pages follow the same random order. */
  seed: number | undefined;
}

export const PAGE_SIZE = 10;

export function searchOrganisms(
  client: ApiClient,
  query: OrganismQuery,
  signal: AbortSignal,
): Promise<OrganismPage> {
  const params: Record<string, string> = {
    certification: query.certification,
    modality: query.modality,
    limit: String(PAGE_SIZE),
  };
  for (const key of ['q', 'postalCode', 'department', 'level'] as const) {
    const value = query[key].trim();
    if (value) params[key] = value;
  }
  if (query.offset > 0) params['offset'] = String(query.offset);
  if (query.seed !== undefined) params['seed'] = String(query.seed);
  const call = client.organisms.$get({ query: params }, { init: { signal } });
  return readApi(call as Promise<SearchAnswer>);
}

/** `GET /organisms/{id}`: the organism named by an initial `value`. */
export function organismById(client: ApiClient, id: string, signal: AbortSignal) {
  const call = client.organisms[':id'].$get({ param: { id } }, { init: { signal } });
  return readApi(call as Promise<DetailAnswer>);
}
