import type { ReactiveControllerHost } from 'lit';

/** The elements a step shows, loaded on first use so that the journey's first load stays small. */
const LOADERS = {
  'vae-diploma-search': () => import('../vae-diploma-search/define.js'),
  'vae-eligibility-questionnaire': () => import('../vae-eligibility-questionnaire/define.js'),
  'vae-aap-picker': () => import('../vae-aap-picker/define.js'),
  'vae-dossier-status': () => import('../vae-dossier-status/define.js'),
} as const;

export type StepElement = keyof typeof LOADERS;
export type LoadState = 'loading' | 'ready' | 'failed';

/**
 * Loads the step elements on demand and remembers how it went, so the journey can show a
 * loading line, or a retry when a chunk could not be fetched (offline, a deployment in between).
 */
export class StepLoader {
  readonly #host: ReactiveControllerHost;
  readonly #states = new Map<StepElement, LoadState>();

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  state(tag: StepElement): LoadState {
    if (customElements.get(tag)) return 'ready';
    return this.#states.get(tag) ?? 'loading';
  }

  /** Starts loading (again, after a failure); a no-op when loaded or loading. */
  load(tag: StepElement): void {
    const current = this.#states.get(tag);
    if (customElements.get(tag) || current === 'loading' || current === 'ready') return;
    this.#states.set(tag, 'loading');
    LOADERS[tag]().then(
      () => this.#settle(tag, 'ready'),
      () => this.#settle(tag, 'failed'),
    );
  }

  #settle(tag: StepElement, state: LoadState): void {
    this.#states.set(tag, state);
    this.#host.requestUpdate();
  }
}
