import { type ApiClient, type OkBody, readApi } from '../shared/api-client.js';
import { ApiProblem } from '../shared/api-problem.js';
import type { SessionCredential } from '../shared/session-credential.js';

type Certificateur = ApiClient['certificateur'];
type Candidacy = Certificateur['candidacies'][':id'];
type Headers = { Authorization: string };

export type InboxCounts = OkBody<Awaited<ReturnType<Certificateur['counts']['$get']>>>;
export type DecisionStats = OkBody<Awaited<ReturnType<Certificateur['feasibility-stats']['$get']>>>;
export type DossierView = OkBody<Awaited<ReturnType<Candidacy['$get']>>>;
export type FeasibilityRow = OkBody<
  Awaited<ReturnType<Certificateur['feasibility']['$get']>>
>['items'][number];
export type ValidationRow = OkBody<
  Awaited<ReturnType<Certificateur['validation-dossiers']['$get']>>
>['items'][number];
export type JuryRow = OkBody<Awaited<ReturnType<Certificateur['juries']['$get']>>>['items'][number];
export type InboxRow = FeasibilityRow | ValidationRow | JuryRow;
export interface InboxPage {
  items: InboxRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** One action of the certificateur, as the API takes it. */
export type CertificateurAction =
  | { type: 'DECIDE_FEASIBILITY'; decision: string; comment?: string }
  | { type: 'DECIDE_VALIDATION_DOSSIER'; decision: string; comment?: string }
  | { type: 'SCHEDULE_JURY'; date: string; time?: string; place?: string }
  | { type: 'RECORD_JURY_RESULT'; result: string };

/** The three lists of the inbox and the API's name of each category. */
export type ListKind = 'feasibility' | 'validation' | 'juries';

export const PAGE_SIZE = 20;

/** No credential at all: the host page gave neither `session-token` nor `fetchSessionToken`. */
export const noCredential = () =>
  new ApiProblem({ type: 'urn:vae:problem:no-credential', title: '', status: 401, detail: '' });

/**
 * The certificateur's API with a bearer credential: each call sends the current token and, when
 * refused (401), renews it once through `fetchSessionToken` and tries again. Errors are thrown
 * as `ApiProblem`s (see `readApi`).
 */
export class CertificateurApi {
  readonly #client: () => ApiClient;
  readonly #credential: SessionCredential;

  constructor(client: () => ApiClient, credential: SessionCredential) {
    this.#client = client;
    this.#credential = credential;
  }

  counts() {
    return this.#call((h) => this.#api.counts.$get(undefined, { headers: h }));
  }

  stats() {
    return this.#call((h) => this.#api['feasibility-stats'].$get(undefined, { headers: h }));
  }

  async list(kind: ListKind, category: string, page: number): Promise<InboxPage> {
    const query = { category, page: String(page), pageSize: String(PAGE_SIZE) };
    const options = (h: Headers) => ({ headers: h });
    const api = this.#api;
    // The three lists share their page shape; each has its own category picklist.
    const body: unknown = await this.#call((h): Promise<unknown> => {
      const input = { query } as never;
      if (kind === 'feasibility') return api.feasibility.$get(input, options(h));
      if (kind === 'validation') return api['validation-dossiers'].$get(input, options(h));
      return api.juries.$get(input, options(h));
    });
    return body as InboxPage;
  }

  dossier(id: string) {
    return this.#call((h) => this.#api.candidacies[':id'].$get({ param: { id } }, { headers: h }));
  }

  /** A document of the candidacy as a Blob (the browser's viewer shows it from a blob: URL). */
  async document(id: string, documentId: string): Promise<Blob> {
    const response = await this.#send((h) =>
      this.#api.candidacies[':id'].documents[':documentId'].$get(
        { param: { id, documentId } },
        { headers: h },
      ),
    );
    const raw = response as unknown as Response;
    if (!raw.ok) await readApi(Promise.resolve(response) as never);
    return raw.blob();
  }

  act(id: string, action: CertificateurAction): Promise<DossierView> {
    const candidacy = this.#api.candidacies[':id'];
    const param = { id };
    const { type, ...json } = action;
    return this.#call((h): Promise<unknown> => {
      const options = { headers: h };
      switch (type) {
        case 'DECIDE_FEASIBILITY':
          return candidacy.feasibility.decision.$post({ param, json } as never, options);
        case 'DECIDE_VALIDATION_DOSSIER':
          return candidacy['validation-dossier'].decision.$post({ param, json } as never, options);
        case 'SCHEDULE_JURY':
          return candidacy.jury.$post({ param, json } as never, options);
        case 'RECORD_JURY_RESULT':
          return candidacy.jury.result.$post({ param, json } as never, options);
      }
    }) as unknown as Promise<DossierView>;
  }

  get #api(): Certificateur {
    return this.#client().certificateur;
  }

  async #call<R>(request: (headers: Headers) => Promise<R>): Promise<OkBody<R>> {
    const response = await this.#send(request);
    return readApi(Promise.resolve(response) as never) as Promise<OkBody<R>>;
  }

  async #send<R>(request: (headers: Headers) => Promise<R>): Promise<R> {
    const token = await this.#credential.current();
    if (!token) throw noCredential();
    const response = await request({ Authorization: `Bearer ${token}` });
    const refused = (response as Response).status === 401;
    if (!refused || !(await this.#credential.renewAfterRefusal(token))) return response;
    const renewed = await this.#credential.current();
    return renewed ? request({ Authorization: `Bearer ${renewed}` }) : response;
  }
}
