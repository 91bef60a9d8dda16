import type { CertificationLevel } from '@vae/core';
import { type CSSResult, html, nothing, type PropertyValues } from 'lit';
import { ApiProblem } from '../shared/api-problem.js';
import { translate } from '../shared/lang.js';
import { themeStyles } from '../shared/theme.js';
import { VaeElement } from '../shared/vae-element.js';
import type { FilterName } from './browse-view.js';
import {
  type CertificationFacets,
  type CertificationFilters,
  type CertificationItem,
  type CertificationSearchResult,
  certificationByCode,
  searchCertifications,
} from './certification-api.js';
import { renderBadges, renderTitle } from './certification-badges.js';
import { comboboxKeyAction } from './combobox-keys.js';
import { LatestRequest } from './latest-request.js';
import { isEnglishSettled, loadEnglish, text } from './messages.js';
import { diplomaSearchStyles } from './styles.js';

/** What `vae-diploma-select` carries: the chosen certification. */
export interface DiplomaSelectDetail {
  /** With its prefix: `RNCP35830` (or `RS5495`). */
  rncpCode: string;
  label: string;
  level: CertificationLevel | null;
  type: { code: string; label: string } | null;
}

declare module '../shared/events.js' {
  interface VaeEventMap {
    'vae-diploma-select': DiplomaSelectDetail;
  }
}

const SUGGESTION_COUNT = 8;
const BROWSE_PAGE_SIZE = 20;
const MIN_QUERY_LENGTH = 2;
const TYPING_DELAY_MS = 150;

/**
 * Finds a certification from what people actually type (words of the title, plurals, typos,
 * acronyms, RNCP codes): a WAI-ARIA 1.2 combobox with up to 8 suggestions, and a browsable list
 * of the whole catalogue with filters for those who do not know the title. Form-associated:
 * inside a `<form>`, it submits the chosen RNCP code under its `name`.
 *
 * @summary Searches the certification catalogue and picks one certification.
 * @tag vae-diploma-search
 *
 * @attr api-base - Base URL of the vae-widgets server (default: where the script comes from).
 * @attr partner - The partner's publishable key (`pk_…`).
 * @attr name - The form field name the RNCP code is submitted under.
 * @attr value - The chosen RNCP code (`RNCP35830`, or `35830`): its title is looked up and shown.
 * @attr level - Restricts results to these levels, comma-separated (`4,5`).
 * @attr type - Restricts results to these diploma types, comma-separated (`CAP,BTS`).
 * @attr filiere - Restricts results to these filières, comma-separated (`SANTE`).
 * @attr placeholder - Example text of the field (a default is given in each language).
 * @attr label - The visible label of the field (default « Diplôme ou certification »).
 *
 * @event {CustomEvent<DiplomaSelectDetail>} vae-diploma-select - A certification was chosen:
 *   `{ rncpCode, label, level, type }`. Once per choice, by keyboard, pointer or in the list.
 * @event {CustomEvent<VaeErrorDetail>} vae-error - The search failed (`API_ERROR`,
 *   `NETWORK_ERROR`) or the initial `value` is not in the catalogue (`UNKNOWN_CERTIFICATION`).
 *
 * @csspart base - The wrapper of everything.
 * @csspart label - The label of the field.
 * @csspart field - The box around the input, the clear button and the suggestions.
 * @csspart input - The text input (the combobox).
 * @csspart clear-button - The button that empties the field.
 * @csspart hint - The help text under the field.
 * @csspart listbox - The suggestions popup.
 * @csspart option - One suggestion; `option-active` too for the highlighted one.
 * @csspart option-label - The title of a certification.
 * @csspart mark - The parts of a title that matched.
 * @csspart badge - A badge; `badge-type` (BTS, CAP…) or `badge-level` too.
 * @csspart code - The RNCP code of a certification.
 * @csspart message - The loading, no-result or error message; `error` too for an error.
 * @csspart refusal - Shown instead of an error when the partner key or the page's origin is
 *   refused: the service is not available on this site.
 * @csspart button - Every button but the clear one; `retry`, `browse-toggle`, `previous`,
 *   `next`, `reset-filters` too.
 * @csspart browse - The panel listing all certifications.
 * @csspart browse-title - Its title.
 * @csspart filters - The filters of the panel; `filter` each, `select` their lists.
 * @csspart browse-status - The count and page of the panel.
 * @csspart browse-list - The list of the panel; `browse-option` each certification in it.
 * @csspart pagination - The previous and next buttons.
 *
 * @cssprop --vae-diploma-search-popup-max-height - Height of the suggestions before they scroll.
 * @cssprop --vae-diploma-search-z-index - Stacking of the suggestions popup (default 10).
 * @cssprop --vae-color-primary - Accent: active suggestion, buttons, type badges.
 */
export class VaeDiplomaSearch extends VaeElement {
  static formAssociated = true;
  static override styles = [themeStyles, diplomaSearchStyles];

  static override properties = {
    name: { reflect: true },
    value: {},
    level: {},
    type: {},
    filiere: {},
    placeholder: {},
    label: {},
    query: { state: true },
    open: { state: true },
    activeIndex: { state: true },
    selected: { state: true },
    browsing: { state: true },
    browseFilters: { state: true },
    browsePage: { state: true },
  };

  /** The form field name the RNCP code is submitted under. */
  declare name: string | undefined;
  /** The chosen RNCP code, '' when none. */
  declare value: string;
  /** Allowed levels, comma-separated (`4,5`); all when unset. */
  declare level: string | undefined;
  /** Allowed diploma types, comma-separated (`CAP,BTS`); all when unset. */
  declare type: string | undefined;
  /** Allowed filières, comma-separated (`SANTE,SOCIAL_SERVICES_PERSONNE`); all when unset. */
  declare filiere: string | undefined;
  declare placeholder: string | undefined;
  declare label: string | undefined;

  declare private query: string;
  declare private open: boolean;
  declare private activeIndex: number;
  declare private selected: DiplomaSelectDetail | null;
  declare private browsing: boolean;
  declare private browseFilters: CertificationFilters;
  declare private browsePage: number;

  readonly #internals = this.attachInternals();
  readonly #suggestions = new LatestRequest<string, CertificationSearchResult>(this, {
    delay: TYPING_DELAY_MS,
    run: (q, signal) =>
      searchCertifications(
        this.apiClient,
        { q, filters: this.#restrictions(), limit: SUGGESTION_COUNT },
        signal,
      ),
    onError: (error) => this.#report(error),
  });
  readonly #browse = new LatestRequest<number, CertificationSearchResult>(this, {
    run: (page, signal) => this.#loadBrowsePage(page, signal),
    onError: (error) => this.#report(error),
  });
  readonly #valueLookup = new LatestRequest<string, DiplomaSelectDetail>(this, {
    run: (code, signal) => certificationByCode(this.apiClient, code, signal),
    onError: (error) => this.#report(error, this.value),
  });
  #baselineFacets: CertificationFacets | undefined;
  /** The panel listing all certifications, loaded the first time it opens (few need it). */
  #browseView: typeof import('./browse-view.js') | undefined;
  #browseViewFailed = false;
  /** The `value` whose title is being looked up. */
  #lookedUp: string | undefined;

  constructor() {
    super();
    this.name = undefined;
    this.value = '';
    this.level = undefined;
    this.type = undefined;
    this.filiere = undefined;
    this.placeholder = undefined;
    this.label = undefined;
    this.query = '';
    this.open = false;
    this.activeIndex = -1;
    this.selected = null;
    this.browsing = false;
    this.browseFilters = {};
    this.browsePage = 0;
  }

  /** The form this element belongs to, like an input's. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Puts the focus in the search field. */
  override focus(options?: FocusOptions): void {
    this.#input()?.focus(options);
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    if (!this.value) this.#clear();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const found = this.#valueLookup.state;
    if (found.status === 'complete' && found.value && this.value === this.#lookedUp) {
      // The title of the given value arrived: show it, and keep the code as the API spells it.
      this.#lookedUp = undefined;
      this.selected = found.value;
      this.query = found.value.label;
      this.value = found.value.rncpCode;
    }
    if (changed.has('value') && this.value !== (this.selected?.rncpCode ?? '')) {
      this.#applyValue();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('value')) this.#internals.setFormValue(this.value || null);
    if (changed.has('activeIndex') && this.activeIndex >= 0) {
      this.renderRoot
        .querySelector(`#option-${this.activeIndex}`)
        ?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override render() {
    const lang = this.language;
    if (lang === 'en' && !isEnglishSettled()) {
      void this.#englishShown();
      // The first render waits for the English strings rather than flash French; later ones
      // (the page switched to English) keep the field as it is, in French for that moment.
      if (!this.hasUpdated) return nothing;
    }
    const items = this.#items();
    const expanded = this.open && items.length > 0;
    const pending = this.#suggestions.state.status === 'pending';
    return html`<div part="base" class="base">
      <label part="label" class="label" for="input">${this.label || text(lang, 'label')}</label>
      <div part="field" class="field">
        <input id="input" part="input" class="input" type="text" role="combobox"
          autocomplete="off" autocapitalize="off" spellcheck="false" enterkeyhint="search"
          aria-autocomplete="list" aria-controls="listbox" aria-describedby="hint"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-activedescendant=${expanded && this.activeIndex >= 0 ? `option-${this.activeIndex}` : nothing}
          placeholder=${this.placeholder ?? text(lang, 'placeholder')}
          .value=${this.query}
          @input=${this.#onInput} @keydown=${this.#onKeyDown} @click=${this.#onInputClick}
          @blur=${this.#onInputBlur} />
        <span class="adornments">
          ${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
          ${
            this.query
              ? html`<button type="button" part="clear-button" class="clear" aria-label=${text(lang, 'clear')}
                  @click=${this.#onClear}><span aria-hidden="true">×</span></button>`
              : nothing
          }
        </span>
        <ul id="listbox" part="listbox" class="listbox" role="listbox" aria-label=${text(lang, 'suggestions')}
          ?hidden=${!expanded} @mousedown=${preventBlur} @click=${this.#onOptionClick}>
          ${items.map((item, index) => this.#renderOption(item, index))}
        </ul>
      </div>
      <p id="hint" part="hint" class="hint">${
        // Once chosen, the type, level and code tell apart titles that several diplomas share.
        this.selected ? renderBadges(lang, this.selected) : text(lang, 'hint')
      }</p>
      ${this.open ? this.#renderMessage() : nothing}
      <div part="status" class="visually-hidden" role="status">${this.#announcement()}</div>
      <button type="button" part="button browse-toggle" class="button link browse-toggle"
        aria-expanded=${this.browsing ? 'true' : 'false'} aria-controls="browse" @click=${this.#toggleBrowse}>
        ${text(lang, this.browsing ? 'browseClose' : 'browseOpen')}
      </button>
      ${this.browsing ? this.#renderBrowse() : nothing}
    </div>`;
  }

  /** `updateComplete` includes the English strings: once it resolves, the element is whole. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.language === 'en' && !isEnglishSettled()) await this.#englishShown();
    return super.getUpdateComplete();
  }

  #englishShown(): Promise<void> {
    return loadEnglish().then(() => this.requestUpdate());
  }

  #renderOption(item: CertificationItem, index: number) {
    const active = index === this.activeIndex;
    return html`<li id=${`option-${index}`} part=${active ? 'option option-active' : 'option'}
      class="option" role="option" aria-selected=${active ? 'true' : 'false'} data-index=${index}>
      <span part="option-label" class="option-label">${renderTitle(item)}</span>
      ${renderBadges(this.language, item)}
    </li>`;
  }

  /** Loading, no result, or error: shown under the field while the popup would be open. */
  #renderMessage() {
    const lang = this.language;
    const state = this.#suggestions.state;
    if (!this.#hasQuery()) return nothing;
    if (state.status === 'error') {
      // A refused key or origin: the shared notice, with nothing to retry (the site must be fixed).
      return (
        this.partnerRefusal(state.error, 'alert') ??
        html`<div part="message error" class="message error">
          <p>${text(lang, 'error')} ${this.#errorMessage(state.error)}</p>
          <button type="button" part="button retry" class="button" @click=${this.#onRetry}>
            ${text(lang, 'retry')}
          </button>
        </div>`
      );
    }
    if (state.status === 'pending' && !state.value) {
      return html`<p part="message" class="message">${text(lang, 'searching')}</p>`;
    }
    if (state.status !== 'complete' || state.value?.items.length !== 0) return nothing;
    return html`<div part="message" class="message">
      <p>${text(lang, 'noResult', { query: this.query.trim() })}</p>
      <p>${text(lang, 'tryTitle')}</p>
      <ul class="tips">
        <li>${text(lang, 'tryWord')}</li>
        <li>${text(lang, 'tryType')}</li>
        <li>${text(lang, 'tryCode')}</li>
        <li>${text(lang, 'tryBrowse')}</li>
      </ul>
    </div>`;
  }

  #renderBrowse() {
    const refusal = this.partnerRefusal(this.#browse.state.error, 'alert');
    if (refusal !== undefined) return html`<div id="browse">${refusal}</div>`;
    if (this.#browseViewFailed) {
      return html`<p part="message error" class="message error">${text(this.language, 'errorNetwork')}</p>`;
    }
    if (!this.#browseView)
      return html`<p part="message" class="message">${text(this.language, 'searching')}</p>`;
    return this.#browseView.renderBrowse({
      lang: this.language,
      state: this.#browse.state,
      facets: this.#baselineFacets,
      filters: this.browseFilters,
      page: this.browsePage,
      pageSize: BROWSE_PAGE_SIZE,
      errorMessage: `${text(this.language, 'error')} ${this.#errorMessage(this.#browse.state.error)}`,
      retryLabel: text(this.language, 'retry'),
      loadingLabel: text(this.language, 'searching'),
      translate,
      renderBadges: (item: CertificationItem) => renderBadges(this.language, item),
      onFilter: (name: FilterName, value: string) => {
        this.browseFilters = { ...this.browseFilters, [name]: value };
        this.#showBrowsePage(0);
      },
      onResetFilters: () => {
        this.browseFilters = {};
        this.#showBrowsePage(0);
      },
      onPage: (page: number) => this.#showBrowsePage(page),
      onChoose: (item: CertificationItem) => {
        this.browsing = false;
        this.#select(item);
        this.focus();
      },
      onRetry: () => void this.#browse.retry(),
    });
  }

  /** What the live region says: the count of suggestions, no result, an error, the choice. */
  #announcement(): string {
    const lang = this.language;
    if (this.selected && !this.open) {
      return text(lang, 'selected', { label: this.selected.label, code: this.selected.rncpCode });
    }
    const state = this.#suggestions.state;
    if (!this.open || !this.#hasQuery()) return '';
    if (state.status === 'error') {
      // A refusal's notice is an alert of its own.
      return isPartnerRefusal(state.error)
        ? ''
        : `${text(lang, 'error')} ${this.#errorMessage(state.error)}`;
    }
    if (state.status !== 'complete' || !state.value) return '';
    const { items, total } = state.value;
    if (items.length === 0) return text(lang, 'noResult', { query: this.query.trim() });
    return total > items.length
      ? text(lang, 'resultsFirst', { count: items.length, total })
      : text(lang, 'results', { count: total });
  }

  #errorMessage(error: unknown): string {
    if (!(error instanceof ApiProblem)) return text(this.language, 'errorGeneric');
    if (error.isNetworkError) return text(this.language, 'errorNetwork');
    return text(this.language, 'errorGeneric');
  }

  // --- state helpers ---

  #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#input');
  }

  #hasQuery(): boolean {
    return this.query.trim().length >= MIN_QUERY_LENGTH;
  }

  /** The suggestions on screen: the last answer, while the field holds a query. */
  #items(): CertificationItem[] {
    return this.#hasQuery() ? (this.#suggestions.state.value?.items ?? []) : [];
  }

  #restrictions(): CertificationFilters {
    return { level: this.level, type: this.type, filiere: this.filiere };
  }

  async #loadBrowsePage(page: number, signal: AbortSignal): Promise<CertificationSearchResult> {
    const chosen = this.browseFilters;
    const restrictions = this.#restrictions();
    const result = await searchCertifications(
      this.apiClient,
      {
        filters: {
          level: chosen.level || restrictions.level,
          type: chosen.type || restrictions.type,
          filiere: chosen.filiere || restrictions.filiere,
        },
        limit: BROWSE_PAGE_SIZE,
        offset: page * BROWSE_PAGE_SIZE,
      },
      signal,
    );
    // The filters offer what the unfiltered list holds, so one choice never hides the others.
    if (!chosen.level && !chosen.type && !chosen.filiere) this.#baselineFacets = result.facets;
    return result;
  }

  #showBrowsePage(page: number): void {
    this.browsePage = page;
    void this.#browse.run(page);
  }

  /** The `value` changed from outside (attribute, property, form reset): show its title. */
  #applyValue(): void {
    this.#valueLookup.reset();
    this.selected = null;
    this.#lookedUp = this.value || undefined;
    if (!this.value) return;
    this.query = this.value;
    void this.#valueLookup.run(this.value.trim());
  }

  #select(item: Pick<CertificationItem, 'rncpCode' | 'label' | 'level' | 'type'>): void {
    const detail: DiplomaSelectDetail = {
      rncpCode: item.rncpCode,
      label: item.label,
      level: item.level,
      type: item.type,
    };
    this.selected = detail;
    this.value = detail.rncpCode;
    this.query = detail.label;
    this.#close();
    this.#suggestions.reset();
    this.emit('vae-diploma-select', detail);
  }

  #clear(): void {
    this.query = '';
    this.selected = null;
    this.value = '';
    this.#close();
    this.#suggestions.reset();
  }

  #close(): void {
    this.open = false;
    this.activeIndex = -1;
  }

  /** Opens the popup on what is there, or searches now if nothing is; true if options show. */
  #openList(): boolean {
    if (!this.#hasQuery()) return false;
    this.open = true;
    const { status } = this.#suggestions.state;
    if (status === 'idle' || status === 'error') void this.#suggestions.run(this.query.trim());
    return this.#items().length > 0;
  }

  /** Tells the page what went wrong (the element shows it too): `vae-error`. */
  #report(error: unknown, value?: string): void {
    const problem = error instanceof ApiProblem ? error : undefined;
    const code =
      value && problem?.status === 404
        ? 'UNKNOWN_CERTIFICATION'
        : problem?.isNetworkError
          ? 'NETWORK_ERROR'
          : 'API_ERROR';
    this.emit('vae-error', { code, value, problem: problem?.toJSON() });
  }

  // --- event handlers ---

  #onInput = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.activeIndex = -1;
    if (this.selected) {
      // Typing again undoes the choice: the form must not submit a code the field no longer shows.
      this.selected = null;
      this.value = '';
    }
    if (this.#hasQuery()) {
      this.open = true;
      this.#suggestions.schedule(this.query.trim());
    } else {
      this.#close();
      this.#suggestions.reset();
    }
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const items = this.#items();
    const { action, handled } = comboboxKeyAction(event.key, event.altKey, {
      open: this.open,
      count: items.length,
      active: this.activeIndex,
      hasText: this.query !== '',
    });
    if (handled) event.preventDefault();
    switch (action.do) {
      case 'open':
        if (this.#openList()) this.activeIndex = action.active;
        break;
      case 'highlight':
        this.activeIndex = action.active;
        break;
      case 'choose': {
        const item = items[action.index];
        if (item) this.#select(item);
        break;
      }
      case 'close':
        this.#close();
        break;
      case 'clear':
        this.#clear();
        break;
    }
  };

  #onInputClick = (): void => {
    if (!this.open && !this.selected) this.#openList();
  };

  #onInputBlur = (): void => {
    // Only the suggestions close: a no-result or error message stays, so that its retry
    // button can be reached with Tab.
    if (this.#items().length > 0) this.#close();
  };

  #onOptionClick = (event: Event): void => {
    const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
    const item = this.#items()[Number(option?.dataset['index'] ?? -1)];
    if (item) this.#select(item);
  };

  #onClear = (): void => {
    this.#clear();
    this.focus();
  };

  #onRetry = (): void => {
    this.open = true;
    void this.#suggestions.retry();
    this.focus();
  };

  #toggleBrowse = async (): Promise<void> => {
    this.browsing = !this.browsing;
    if (!this.browsing) return;
    this.#close();
    this.#showBrowsePage(this.browsePage);
    if (this.#browseView) return;
    this.#browseViewFailed = false;
    try {
      const view = await import('./browse-view.js');
      adoptStyles(this.renderRoot, view.browseStyles);
      this.#browseView = view;
    } catch {
      // The chunk did not load (offline): the toggle button reopens the panel to try again.
      this.#browseViewFailed = true;
    }
    this.requestUpdate();
  };
}

/** Adds styles to a shadow root after the fact (a panel loaded on demand). */
function adoptStyles(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  // Every browser with custom elements v1 and ElementInternals has constructable stylesheets.
  if (root instanceof ShadowRoot && styles.styleSheet) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet];
  }
}

/** Keeps the focus in the field when an option is pressed (mouse and touch alike). */
function preventBlur(event: Event): void {
  event.preventDefault();
}

declare global {
  interface HTMLElementTagNameMap {
    'vae-diploma-search': VaeDiplomaSearch;
  }
}

function isPartnerRefusal(error: unknown): boolean {
  return error instanceof ApiProblem && error.isPartnerRefusal;
}
