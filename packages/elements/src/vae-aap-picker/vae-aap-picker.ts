import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem, isAbortError } from '../shared/api-problem.js';
import { themeStyles } from '../shared/theme.js';
import { VaeElement } from '../shared/vae-element.js';
import { text } from './messages.js';
import { organismCard } from './organism-card.js';
import {
  type Modality,
  type Organism,
  organismById,
  PAGE_SIZE,
  searchOrganisms,
} from './organisms-api.js';
import { aapPickerStyles } from './styles.js';

/** `detail` of `vae-aap-select`: the organism chosen, as the API describes it. */
export interface AapSelectDetail {
  organism: Organism;
}

declare module '../shared/events.js' {
  interface VaeEventMap {
    'vae-aap-select': AapSelectDetail;
  }
}

const TYPING_DELAY_MS = 300;
const POSTAL_CODE = /^\d{5}$/;
const LEVELS = ['3', '4', '5', '6', '7', '8'];
/**
 * Search inputs: a change of any of them starts a new search from the first page — the partner
 * key and API base too, which a host page may set (or fix) after the first answer.
 */
const SEARCH_KEYS = [
  'certification',
  'modality',
  'postalCode',
  'department',
  'level',
  'q',
  'partner',
  'apiBase',
];

type Status = 'idle' | 'loading' | 'more' | 'done' | 'error';

/**
 * Lets a candidate choose the AAP (organisme d'accompagnement) that will accompany a
 * certification: by name, on site near a postal code or remotely in their territory, filtered
 * by the level handled. With no name typed, organisms come 10 at a time in a random order that
 * stays the same while the person pages through it. Form-associated: submits the organism id.
 *
 * @summary Finds and chooses an accompanying organism (AAP) for a certification.
 * @tag vae-aap-picker
 *
 * @attr certification - RNCP or RS code of the targeted certification (required).
 * @attr postal-code - The candidate's postal code, prefilled in its field.
 * @attr department - Restricts on-site organisms to a department (`69`, `2A`, `974`).
 * @attr modality - `LIEU_ACCUEIL` (on site, default) or `A_DISTANCE` (remote).
 * @attr level - Diploma level the organism must handle (3–8).
 * @attr name - The form field name the organism id is submitted under.
 * @attr value - The chosen organism id (UUID).
 * @attr required - The form is invalid until an organism is chosen.
 *
 * @event {CustomEvent<AapSelectDetail>} vae-aap-select - The candidate chose an organism.
 * @event {CustomEvent<VaeErrorDetail>} vae-error - `API_ERROR` when the organisms cannot load.
 *
 * @csspart filters - The search fields.
 * @csspart status - The count of organisms found (a live region).
 * @csspart results - The radio group of organisms.
 * @csspart card - One organism; `card-selected` the chosen one.
 * @csspart name - The public name of an organism.
 * @csspart contacts - Its website, phone and e-mail.
 * @csspart more - The "10 more" button.
 * @csspart empty - What to try when nothing matches.
 * @csspart refusal - Shown instead of the picker when the partner key or the page's origin is
 *   refused: the service is not available on this site.
 *
 * @cssprop --vae-color-primary - Accent: selected card, buttons, focus.
 * @cssprop --vae-aap-picker-card-background - Background of a card.
 */
export class VaeAapPicker extends VaeElement {
  static formAssociated = true;
  static override styles = [themeStyles, aapPickerStyles];

  static override properties = {
    certification: {},
    postalCode: { attribute: 'postal-code' },
    department: {},
    modality: {},
    level: {},
    name: { reflect: true },
    value: {},
    required: { type: Boolean, reflect: true },
    q: { state: true, attribute: false },
    status: { state: true, attribute: false },
    postalCodeError: { state: true, attribute: false },
  };

  declare certification: string | undefined;
  declare postalCode: string;
  declare department: string;
  declare modality: Modality;
  declare level: string;
  declare name: string | undefined;
  /** The chosen organism id, '' when none. */
  declare value: string;
  declare required: boolean;

  /** @internal The name typed in the search field. */
  declare private q: string;
  /** @internal */
  declare private status: Status;
  /** @internal */
  declare private postalCodeError: '' | 'postalCodeInvalid' | 'postalCodeUnknown';

  readonly #internals = this.attachInternals();
  #items: Organism[] = [];
  #total = 0;
  #order = 'random';
  /** The random order of the first answer, kept for every later page and search. */
  #seed: number | undefined;
  #error: unknown;
  #chosen: Organism | undefined;
  #request: AbortController | undefined;
  #typing: ReturnType<typeof setTimeout> | undefined;
  #unknownPostalCode = '';

  constructor() {
    super();
    this.certification = undefined;
    this.postalCode = '';
    this.department = '';
    this.modality = 'LIEU_ACCUEIL';
    this.level = '';
    this.name = undefined;
    this.value = '';
    this.required = false;
    this.q = '';
    this.status = 'idle';
    this.postalCodeError = '';
  }

  /** The form this element belongs to, like an input's. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The organism chosen, once its details are known. */
  get selectedOrganism(): Organism | undefined {
    return this.#chosen?.id === this.value ? this.#chosen : undefined;
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typing);
    this.#request?.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('value') || changed.has('required')) this.#syncForm();
    if (changed.has('value') && this.value && this.#chosen?.id !== this.value) {
      this.#chosen = this.#items.find((item) => item.id === this.value);
      if (!this.#chosen) void this.#lookUpValue(this.value);
    }
    if (SEARCH_KEYS.some((key) => changed.has(key))) void this.#search(0);
  }

  protected override render() {
    const lang = this.language;
    // Refused, the search fields could only fail again: the notice stands in for the picker.
    const refusal = this.status === 'error' ? this.partnerRefusal(this.#error) : undefined;
    if (refusal !== undefined) return refusal;
    return html`
      <fieldset class="filters" part="filters">
        <legend class="vh">${text(lang, 'filters')}</legend>
        ${this.#renderSearchField()} ${this.#renderModality()} ${this.#renderPostalCode()}
        ${this.#renderLevel()}
      </fieldset>
      ${
        this.selectedOrganism
          ? html`<p class="selection" part="selection">
            ${text(lang, 'selected', { name: this.selectedOrganism.publicName })}
          </p>`
          : nothing
      }
      <p class="status" part="status" role="status">${this.#statusText()}</p>
      ${this.#renderBody()}
    `;
  }

  #renderSearchField() {
    const lang = this.language;
    return html`<div class="field search">
      <label for="q">${text(lang, 'search')}</label>
      <input id="q" type="search" autocomplete="off" spellcheck="false" .value=${this.q}
        aria-describedby="q-hint" @input=${this.#onSearchInput} />
      <span class="hint" id="q-hint">${text(lang, 'searchHint')}</span>
    </div>`;
  }

  #renderModality() {
    const lang = this.language;
    const option = (modality: Modality, key: 'onSite' | 'remote') =>
      html`<label class="choice"><input type="radio" name="modality" .value=${modality}
        .checked=${this.#modality === modality} @change=${() => this.#setModality(modality)} />
        ${text(lang, key)}</label>`;
    return html`<fieldset class="field modality">
      <legend>${text(lang, 'modality')}</legend>
      <div class="choices">${option('LIEU_ACCUEIL', 'onSite')} ${option('A_DISTANCE', 'remote')}</div>
    </fieldset>`;
  }

  #renderPostalCode() {
    const lang = this.language;
    const error = this.postalCodeError;
    const hint = this.#modality === 'A_DISTANCE' ? 'postalCodeHintRemote' : 'postalCodeHintOnSite';
    return html`<div class="field postal-code">
      <label for="postal-code">${text(lang, 'postalCode')}</label>
      <input id="postal-code" inputmode="numeric" autocomplete="postal-code" maxlength="5"
        .value=${this.postalCode} aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'postal-code-hint postal-code-error' : 'postal-code-hint'}
        @input=${this.#onPostalCodeInput} @change=${this.#onPostalCodeChange} />
      <span class="hint" id="postal-code-hint">${text(lang, hint)}</span>
      ${error ? html`<span class="field-error" id="postal-code-error">${text(lang, error)}</span>` : nothing}
    </div>`;
  }

  #renderLevel() {
    const lang = this.language;
    return html`<div class="field level">
      <label for="level">${text(lang, 'level')}</label>
      <select id="level" @change=${this.#onLevelChange}>
        <option value="" ?selected=${!this.level}>${text(lang, 'allLevels')}</option>
        ${LEVELS.map(
          (level) =>
            html`<option value=${level} ?selected=${this.level === level}>${text(lang, 'levelN', { level })}</option>`,
        )}
      </select>
    </div>`;
  }

  #renderBody() {
    const lang = this.language;
    if (!this.certification) return html`<p class="notice">${text(lang, 'noCertification')}</p>`;
    if (this.status === 'error') return this.#renderError();
    if (this.status === 'done' && this.#items.length === 0) return this.#renderEmpty();
    if (this.#items.length === 0) return nothing;
    const remaining = this.#total - this.#items.length;
    return html`<fieldset class="results" part="results" aria-busy=${this.status === 'loading' ? 'true' : 'false'}
        @change=${this.#onOrganismChange} @click=${this.#onCardClick}>
        <legend class="vh">${text(lang, 'results')}</legend>
        ${this.#items.map((organism) => organismCard(lang, organism, organism.id === this.value))}
      </fieldset>
      ${
        remaining > 0
          ? html`<button type="button" class="more" part="more" aria-disabled=${this.status === 'more' ? 'true' : 'false'}
            @click=${this.#onMore}>${text(lang, 'more')}</button>`
          : nothing
      }`;
  }

  #renderEmpty() {
    const lang = this.language;
    const remote = this.#modality === 'A_DISTANCE';
    const action = (key: Parameters<typeof text>[1], run: () => void) =>
      html`<li><button type="button" @click=${run}>${text(lang, key)}</button></li>`;
    return html`<div class="empty" part="empty">
      <p>${text(lang, 'emptyTitle')}</p>
      <ul>
        ${action(remote ? 'tryOnSite' : 'tryRemote', () => this.#setModality(remote ? 'LIEU_ACCUEIL' : 'A_DISTANCE'))}
        ${this.department ? action('tryWholeCountry', () => (this.department = '')) : nothing}
        ${this.level ? action('tryAllLevels', () => (this.level = '')) : nothing}
        ${this.q ? action('tryClearSearch', () => (this.q = '')) : nothing}
      </ul>
    </div>`;
  }

  #renderError() {
    const lang = this.language;
    const problem = this.#error instanceof ApiProblem ? this.#error : undefined;
    const message =
      problem?.status === 404
        ? text(lang, 'certificationNotFound', { code: this.certification ?? '' })
        : problem?.isNetworkError
          ? text(lang, 'errorNetwork')
          : text(lang, 'error');
    return html`<div class="error" role="alert">
      <p>${message}</p>
      ${
        problem?.status === 404
          ? nothing
          : html`<button type="button" @click=${() => this.#search(0)}>${text(lang, 'retry')}</button>`
      }
    </div>`;
  }

  #statusText(): string {
    const lang = this.language;
    if (!this.certification || this.status === 'error') return '';
    if (this.status === 'loading' || this.status === 'idle') return text(lang, 'loading');
    if (this.#total === 0) return '';
    const parts = [text(lang, 'found', { count: this.#total })];
    if (!this.q)
      parts.push(text(lang, this.#order === 'distance' ? 'orderDistance' : 'orderRandom'));
    if (this.#total > this.#items.length || this.#items.length > PAGE_SIZE) {
      parts.push(text(lang, 'shown', { shown: this.#items.length, total: this.#total }));
    }
    return parts.join(' ');
  }

  async #search(offset: number): Promise<void> {
    const certification = this.certification?.trim();
    this.#request?.abort();
    if (!certification) {
      this.status = 'idle';
      return;
    }
    const request = new AbortController();
    this.#request = request;
    this.status = offset === 0 ? 'loading' : 'more';
    const typed = this.postalCode.trim();
    const postalCode = POSTAL_CODE.test(typed) && typed !== this.#unknownPostalCode ? typed : '';
    try {
      const page = await searchOrganisms(
        this.apiClient,
        {
          certification,
          q: this.q,
          modality: this.#modality,
          postalCode,
          department: this.department,
          level: LEVELS.includes(this.level) ? this.level : '',
          offset,
          seed: this.#seed,
        },
        request.signal,
      );
      this.#seed = page.seed;
      this.#order = page.order;
      this.#total = page.total;
      const firstNew = page.items[0];
      this.#items = offset === 0 ? page.items : [...this.#items, ...page.items];
      this.status = 'done';
      if (offset > 0 && firstNew) await this.#keepFocus(firstNew.id);
    } catch (error) {
      if (isAbortError(error)) return;
      if (error instanceof ApiProblem && error.errors.some((e) => e.path === 'postalCode')) {
        // An unknown postal code: say so at the field, and search without it.
        this.postalCodeError = 'postalCodeUnknown';
        this.#unknownPostalCode = postalCode;
        return this.#search(offset);
      }
      this.#error = error;
      this.status = 'error';
      this.emit('vae-error', {
        code: 'API_ERROR',
        ...(error instanceof ApiProblem ? { problem: error.toJSON() } : {}),
      });
    }
  }

  /**
   * After "10 more": the button keeps the focus while more remain; once the last ones came, it
   * goes away, so the focus moves to the first organism that just appeared.
   */
  async #keepFocus(firstNewId: string): Promise<void> {
    await this.updateComplete;
    const root = this.shadowRoot;
    if (!root || root.querySelector('.more')) return;
    const active = root.activeElement;
    if (active && active !== root.host) return;
    root.querySelector<HTMLInputElement>(`#aap-${CSS.escape(firstNewId)}`)?.focus();
  }

  async #lookUpValue(id: string): Promise<void> {
    try {
      const organism = await organismById(this.apiClient, id, new AbortController().signal);
      if (this.value === id) {
        this.#chosen = organism;
        this.requestUpdate();
      }
    } catch {
      // An id that names no organism any more: the field stays without a chosen organism shown.
    }
  }

  #syncForm(): void {
    this.#internals.setFormValue(this.value || null);
    if (this.required && !this.value) {
      const anchor = this.shadowRoot?.querySelector<HTMLElement>('#q') ?? undefined;
      this.#internals.setValidity({ valueMissing: true }, text(this.language, 'required'), anchor);
    } else {
      this.#internals.setValidity({});
    }
  }

  #select(id: string): void {
    const organism = this.#items.find((item) => item.id === id);
    if (!organism || this.value === id) return;
    this.#chosen = organism;
    this.value = id;
    this.emit('vae-aap-select', { organism });
  }

  get #modality(): Modality {
    return this.modality === 'A_DISTANCE' ? 'A_DISTANCE' : 'LIEU_ACCUEIL';
  }

  #setModality(modality: Modality): void {
    this.modality = modality;
  }

  #onSearchInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => {
      this.q = value;
    }, TYPING_DELAY_MS);
  }

  #onPostalCodeInput(event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    if (value === '' || POSTAL_CODE.test(value)) {
      this.postalCodeError = '';
      this.postalCode = value;
    } else if (this.postalCodeError === 'postalCodeUnknown') {
      this.postalCodeError = '';
    }
  }

  #onPostalCodeChange(event: Event): void {
    const value = (event.target as HTMLInputElement).value.trim();
    this.postalCodeError = value === '' || POSTAL_CODE.test(value) ? '' : 'postalCodeInvalid';
  }

  #onLevelChange(event: Event): void {
    this.level = (event.target as HTMLSelectElement).value;
  }

  #onOrganismChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.name === 'organism') this.#select(input.value);
  }

  /** A click anywhere on a card chooses it, except on its links. */
  #onCardClick(event: MouseEvent): void {
    const target = event.target as Element;
    if (target.closest('a, input, label')) return;
    const card = target.closest<HTMLElement>('.card');
    const id = card?.dataset['id'];
    if (!card || !id) return;
    this.#select(id);
    card.querySelector('input')?.focus();
  }

  #onMore(): void {
    if (this.status === 'more') return;
    void this.#search(this.#items.length);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vae-aap-picker': VaeAapPicker;
  }
}
