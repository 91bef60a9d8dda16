import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiClient } from '../shared/api-client.js';
import { isAbortError } from '../shared/api-problem.js';
import { type CertificationDetail, fetchCertification } from './certification-source.js';

export type CertificationState =
  | { readonly status: 'none' }
  | { readonly status: 'pending' }
  | { readonly status: 'loaded'; readonly certification: CertificationDetail }
  | { readonly status: 'failed'; readonly error: unknown };

export interface CertificationSource {
  /** The code as given (`RNCP35830`, `35830`); undefined without any. */
  readonly code: string | undefined;
  /** Identifies the API the client talks to (base URL and partner key). */
  readonly apiKey: string;
  readonly client: () => ApiClient;
}

interface Callbacks {
  /** Before the loaded certification is shown. */
  readonly loaded: (certification: CertificationDetail) => void;
  readonly failed: (error: unknown) => void;
}

/**
 * Loads the certification the questions are about — again when its code or the API changes,
 * aborting a request gone stale. One request at a time does not need @lit/task, whose weight
 * this element's budget cannot spare.
 */
export class CertificationController implements ReactiveController {
  state: CertificationState = { status: 'none' };
  readonly #host: ReactiveControllerHost;
  readonly #callbacks: Callbacks;
  #source: CertificationSource | undefined;
  #loadedKey: string | undefined;
  #abort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, callbacks: Callbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  /** Call before each render: loads when what the request depends on changed. */
  follow(source: CertificationSource): void {
    this.#source = source;
    if (`${source.code} ${source.apiKey}` !== this.#loadedKey) this.#load(source);
  }

  retry(): void {
    if (!this.#source) return;
    this.#load(this.#source);
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // A request cut off by a disconnection starts again.
    if (this.#loadedKey === undefined && this.#source) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.state.status !== 'pending') return;
    this.#abort?.abort();
    this.#loadedKey = undefined;
  }

  #load(source: CertificationSource): void {
    this.#abort?.abort();
    this.#loadedKey = `${source.code} ${source.apiKey}`;
    if (!source.code) {
      this.state = { status: 'none' };
      return;
    }
    const abort = new AbortController();
    this.#abort = abort;
    this.state = { status: 'pending' };
    fetchCertification(source.client(), source.code, abort.signal).then(
      (certification) => {
        if (abort.signal.aborted) return;
        this.#callbacks.loaded(certification);
        this.#settle({ status: 'loaded', certification });
      },
      (error: unknown) => {
        if (abort.signal.aborted || isAbortError(error)) return;
        this.#callbacks.failed(error);
        this.#settle({ status: 'failed', error });
      },
    );
  }

  #settle(state: CertificationState): void {
    this.state = state;
    this.#host.requestUpdate();
  }
}
