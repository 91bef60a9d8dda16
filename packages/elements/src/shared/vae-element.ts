import { LitElement, type PropertyDeclarations } from 'lit';
import { resolveApiBase } from './api-base.js';
import { type ApiClient, createApiClient } from './api-client.js';
import type { VaeEventMap } from './events.js';
import type { Lang } from './lang.js';
import { LangController } from './lang-controller.js';
import { partnerRefusal } from './partner-refusal.js';

/**
 * What every element shares: where the API is (`api-base`, else the script's own URL, else
 * the page's origin), who the partner is (`partner`), which language to speak (closest
 * `lang`), a typed API client, and a typed `emit()`. Anything more goes into reactive
 * controllers, so this class stays small.
 */
export class VaeElement extends LitElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    partner: {},
  };

  /**
   * Base URL of the vae-widgets server (e.g. `https://vae.example.org`). Defaults to where the
   * script was loaded from, or to the page's origin for a bundled copy.
   */
  declare apiBase: string | undefined;

  /** The partner's publishable key (`pk_…`), sent with every API call. */
  declare partner: string | undefined;

  readonly #lang = new LangController(this);
  #client: { key: string; client: ApiClient } | undefined;

  constructor() {
    super();
    this.apiBase = undefined;
    this.partner = undefined;
  }

  /** The language of the element: its closest `lang` attribute (`fr` or `en`, French default). */
  protected get language(): Lang {
    return this.#lang.value;
  }

  /** The resolved API base URL, without a trailing slash. */
  protected get resolvedApiBase(): string {
    return resolveApiBase({
      attribute: this.apiBase,
      scriptUrl: import.meta.url,
      pageUrl: location.href,
    });
  }

  /** The typed API client for the current `api-base` and `partner` (rebuilt when they change). */
  protected get apiClient(): ApiClient {
    const apiBase = this.resolvedApiBase;
    const key = `${apiBase} ${this.partner ?? ''}`;
    if (this.#client?.key !== key) {
      this.#client = { key, client: createApiClient({ apiBase, partner: this.partner }) };
    }
    return this.#client.client;
  }

  /**
   * The notice to show instead of an error when the API refused the partner key or the page's
   * origin (see `partnerRefusal`): undefined for any other error. Every element calls the API
   * with the partner key, so every element may meet a refusal.
   */
  protected partnerRefusal(error: unknown, role?: 'alert' | 'status') {
    return partnerRefusal(this, this.language, error, role);
  }

  /** Dispatches a `vae-*` event: bubbling, composed (crosses shadow roots), typed `detail`. */
  protected emit<K extends keyof VaeEventMap>(
    name: K,
    detail: VaeEventMap[K],
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(
      new CustomEvent(name, {
        detail,
        bubbles: true,
        composed: true,
        cancelable: options.cancelable ?? false,
      }),
    );
  }
}
