import type { CandidacyStatus } from '@vae/core';
import type { ClientResponse } from 'hono/client';
import { type ApiClient, type OkBody, readApi } from '../shared/api-client.js';
import { ApiProblem } from '../shared/api-problem.js';
import type { SessionCredential } from '../shared/session-credential.js';

type Candidacies = ApiClient['aap']['candidacies'];
type Body<F extends (...args: never[]) => Promise<unknown>> = OkBody<Awaited<ReturnType<F>>>;

/** One page of the AAP's list (`GET /aap/candidacies`). */
export type InboxPage = Body<Candidacies['$get']>;
export type InboxItem = InboxPage['items'][number];
export type StatusCounts = Body<Candidacies['counts']['$get']>;
/** One candidacy as a professional sees it, with the events the AAP may send. */
export type CandidacyView = Body<Candidacies[':id']['$get']>;
type Sites = ApiClient['aap']['sites'];
/** The account's sites with their counts and visibility settings (`GET /aap/sites`). */
export type AapSite = Body<Sites['$get']>['items'][number];
/** What the settings form sends: both settings, `levels` replacing the whole set. */
export interface SiteSettings {
  closedForAbsence: boolean;
  levels: Record<string, number[]>;
}
export interface CertificateurChoice {
  id: string;
  name: string;
}

/** The AAP actions the element offers, by the lifecycle event they send. */
export const AAP_ACTIONS = {
  TAKE_OVER: 'take-over',
  SEND_PARCOURS: 'parcours',
  SEND_FEASIBILITY: 'feasibility',
  SEND_VALIDATION_DOSSIER: 'validation-dossier',
  DECLARE_ABANDONMENT: 'abandonment',
  ARCHIVE: 'archive',
  UNARCHIVE: 'unarchive',
} as const;
export type AapAction = keyof typeof AAP_ACTIONS;

export interface ActionInput {
  dossier?: File;
  certificateurId?: string;
  reason?: string;
}

export interface ListQuery {
  status?: CandidacyStatus;
  certification?: string;
  q?: string;
  site?: string;
  sort?: 'lastChange' | 'status' | 'candidate';
  order?: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

/** No session at all, or the API refused it even after a renewal. */
export const sessionProblem = () =>
  new ApiProblem({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: '' });

/**
 * The AAP's calls, each sent with the session bearer; a 401 renews the token once (when the
 * host gave `fetchSessionToken`) and tries again. Errors are thrown as `ApiProblem`s.
 */
export class InboxApi {
  readonly #client: () => ApiClient;
  readonly #credential: SessionCredential;

  constructor(client: () => ApiClient, credential: SessionCredential) {
    this.#client = client;
    this.#credential = credential;
  }

  list(query: ListQuery, signal?: AbortSignal): Promise<InboxPage> {
    const { page, pageSize, ...filters } = query;
    const q = { ...filters, page: String(page), pageSize: String(pageSize) };
    return this.#send((headers) =>
      this.#client().aap.candidacies.$get({ query: q }, { headers, init: { signal } }),
    );
  }

  counts(signal?: AbortSignal): Promise<StatusCounts> {
    return this.#send((headers) =>
      this.#client().aap.candidacies.counts.$get(undefined, { headers, init: { signal } }),
    );
  }

  async sites(signal?: AbortSignal): Promise<AapSite[]> {
    const body = await this.#send((headers) =>
      this.#client().aap.sites.$get(undefined, { headers, init: { signal } }),
    );
    return body.items;
  }

  /** Saves one site's settings; answers the site as the server left it. */
  updateSite(id: string, settings: SiteSettings): Promise<AapSite> {
    return this.#send((headers) =>
      this.#client().aap.sites[':id'].$patch(
        { param: { id }, json: settings as Parameters<Sites[':id']['$patch']>[0]['json'] },
        { headers },
      ),
    ) as Promise<AapSite>;
  }

  read(id: string): Promise<CandidacyView> {
    return this.#send((headers) =>
      this.#client().aap.candidacies[':id'].$get({ param: { id } }, { headers }),
    );
  }

  async certificateurs(id: string): Promise<CertificateurChoice[]> {
    const body = await this.#send((headers) =>
      this.#client().aap.candidacies[':id'].certificateurs.$get({ param: { id } }, { headers }),
    );
    return (body as { items: CertificateurChoice[] }).items;
  }

  /** Sends one action; answers the candidacy as the server left it. */
  act(id: string, action: AapAction, input: ActionInput): Promise<CandidacyView> {
    const route = this.#client().aap.candidacies[':id'];
    const param = { id };
    return this.#send((headers) => {
      switch (action) {
        case 'SEND_FEASIBILITY':
          return route.feasibility.$post(
            // The route reads its multipart body itself: hono's types do not know the form.
            { param, form: { certificateurId: input.certificateurId, dossier: input.dossier } } as {
              param: typeof param;
            },
            { headers },
          );
        case 'SEND_VALIDATION_DOSSIER':
          return route['validation-dossier'].$post(
            { param, form: { dossier: input.dossier } } as { param: typeof param },
            { headers },
          );
        case 'DECLARE_ABANDONMENT':
          return route.abandonment.$post(
            { param, json: { reason: input.reason ?? '' } },
            { headers },
          );
        default:
          return route[AAP_ACTIONS[action]].$post({ param }, { headers });
      }
    }) as Promise<CandidacyView>;
  }

  async #send<R extends ClientResponse<unknown, number, 'json' | 'text'>>(
    call: (headers: Record<string, string>) => Promise<R>,
  ): Promise<OkBody<R>> {
    const token = await this.#credential.current();
    if (!token) throw sessionProblem();
    try {
      return await readApi(call({ Authorization: `Bearer ${token}` }));
    } catch (error) {
      if (!(error instanceof ApiProblem) || error.status !== 401) throw error;
      // Another call may have renewed it meanwhile: ask for a new token only once per refusal.
      const now = await this.#credential.current();
      if (now === token && !(await this.#credential.renew())) throw error;
      const renewed = await this.#credential.current();
      if (renewed === token) throw error;
      return readApi(call({ Authorization: `Bearer ${renewed}` }));
    }
  }
}
