import { html, nothing, type PropertyValues } from 'lit';
import type { ApiProblem } from '../shared/api-problem.js';
import type { Lang } from '../shared/lang.js';
import { LOCALES } from '../shared/lang.js';
import { themeStyles } from '../shared/theme.js';
import { VaeElement } from '../shared/vae-element.js';
import { renderDossier } from './dossier-view.js';
import { isEnglishSettled, loadEnglish, text } from './messages.js';
import {
  awaitsParcoursConfirmation,
  type ConfirmNotice,
  type ConfirmOutcome,
  confirmParcours,
  renderParcoursConfirmation,
} from './parcours-confirmation.js';
import { dossierStatusStyles } from './styles.js';
import { readTracker, type TrackerView } from './tracker-api.js';
import { type SessionTokenAnswer, TrackerCredential } from './tracker-credential.js';
import { TRACKING_CODE } from './tracking-code-store.js';

export interface StatusChangeDetail {
  status: string;
  previousStatus: string;
}

export type { SessionTokenAnswer };

declare module '../shared/events.js' {
  interface VaeEventMap {
    'vae-status-change': StatusChangeDetail;
  }
}

type ViewState = 'form' | 'loading' | 'ready' | 'failed' | 'expired' | 'wrong-site' | 'refused';
type CodeError = 'codeMissing' | 'codeMalformed' | 'codeRefused' | null;

const MIN_REFRESH_SECONDS = 15;

/**
 * The candidacy as its candidate reads it: where it stands, what happens next and who to
 * contact, and a vertical timeline of the stages (application, accompaniment, feasibility
 * dossier, validation dossier, jury) with their dates, decision comments and the jury session.
 *
 * Live: it reads the candidacy again when the page becomes visible and every `refresh-interval`
 * seconds while it is visible. Polling with `If-None-Match` rather than server-sent events:
 * a status moves a few times a year, so a 304 now and then is cheaper than a connection held
 * open per tab on a stateless server (each instance would need the others' changes), it passes
 * every proxy, and it keeps the credential in a header (an EventSource cannot send one, so the
 * token would travel in the URL and its logs).
 *
 * The candidate acts where the journey waits for them: when their AAP has sent the parcours
 * (`PARCOURS_ENVOYE`), the element says who sent it and when, what confirming means, and
 * offers "Confirmer mon parcours" (`POST /candidate/candidacy/parcours/confirm`).
 * The answer is shown at once (the timeline gains "Parcours validé", `vae-status-change` is
 * emitted, focus moves to "Où en est mon dossier"). A second click while the first is on its way
 * sends nothing; a refused session token is renewed through `fetchSessionToken` and the
 * confirmation sent again; a parcours already confirmed elsewhere (409) shows the dossier as it
 * now stands with a notice; a failure says so and leaves the button ready for another try.
 *
 * @summary Shows a candidacy's progress to its candidate, live.
 * @tag vae-dossier-status
 *
 * @attr session-token - An embed session token minted by the partner's server for this
 *   candidacy. Without one (nor `fetchSessionToken`, nor `trackingCode`), the element asks for
 *   the tracking code and keeps it in sessionStorage for the tab.
 * @attr hide-print - Hides the element's Print button, for a host page that offers its own
 *   (the element still prints well).
 * @attr refresh-interval - Seconds between two reads while the page is visible (default 60,
 *   at least 15; 0 reads only when the page becomes visible again).
 * @attr partner - The partner's publishable key (`pk_…`).
 * @attr api-base - Base URL of the vae-widgets server.
 *
 * @event {CustomEvent<StatusChangeDetail>} vae-status-change - The status changed while the
 *   page was open: `{ status, previousStatus }` (not emitted for the first reading).
 * @event {CustomEvent<VaeErrorDetail>} vae-error - `{ code: 'SESSION_EXPIRED' |
 *   'ORIGIN_NOT_ALLOWED' | 'API_ERROR' | 'NETWORK_ERROR', problem? }` when the dossier cannot be
 *   shown or refreshed (`ORIGIN_NOT_ALLOWED`: the session token was minted by a partner whose
 *   sites do not include this page, or, with a tracking code, this page's origin is on no
 *   allow-list), or the parcours could not be confirmed.
 *
 * @csspart summary - Where the candidacy stands.
 * @csspart status - The step's label.
 * @csspart next - What happens next.
 * @csspart parcours - Inside `next`, while the parcours awaits the candidate's confirmation:
 *   the "Confirmer mon parcours" button.
 * @csspart timeline - The ordered list of stages.
 * @csspart stage - One stage (`data-phase`, `data-state`: done, current, stopped, upcoming).
 * @csspart contacts - The contacts.
 * @csspart contact - One contact.
 * @csspart form - The tracking code form.
 * @csspart refusal - Shown instead of the dossier when the partner key or the page's origin is
 *   refused: the service is not available on this site.
 *
 * @cssprop --vae-status-in-progress-background - Label background while the dossier moves on.
 * @cssprop --vae-status-positive-background - Label background for a favourable outcome.
 * @cssprop --vae-status-negative-background - Label background for an unfavourable outcome.
 * @cssprop --vae-status-archived-background - Label background when archived or abandoned.
 */
export class VaeDossierStatus extends VaeElement {
  static override styles = [themeStyles, dossierStatusStyles];

  static override properties = {
    ...VaeElement.properties,
    sessionToken: { attribute: 'session-token' },
    refreshInterval: { attribute: 'refresh-interval', type: Number },
    fetchSessionToken: { attribute: false },
    trackingCode: { attribute: false },
    hidePrint: { attribute: 'hide-print', type: Boolean },
    viewState: { state: true, attribute: false },
    view: { state: true, attribute: false },
    codeError: { state: true, attribute: false },
    refreshFailedAt: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    confirming: { state: true, attribute: false },
    confirmNotice: { state: true, attribute: false },
  };

  /** An embed session token for this candidacy (`vae_es_…`). */
  declare sessionToken: string | undefined;
  /** Seconds between two reads while visible (default 60, minimum 15, 0 = on visibility only). */
  declare refreshInterval: number;
  /**
   * Asks the partner's server for a new session token: called when there is none, when the
   * API refuses the current one, and shortly before an announced `expiresAt`.
   */
  declare fetchSessionToken: (() => Promise<SessionTokenAnswer>) | undefined;
  /**
   * The candidate's tracking code (`vae_tc_…`), for a host page that has it (e.g. right after
   * the candidacy was sent): the bearer when there is no session token. A property only, never
   * an attribute: it is a credential, and attributes end up in the DOM, logs and screenshots.
   * Not kept in sessionStorage (only a code the candidate types is).
   */
  declare trackingCode: string | undefined;
  /** Hides the Print button (the host page prints the element with its own). */
  declare hidePrint: boolean;

  declare private viewState: ViewState;
  declare private view: TrackerView | null;
  declare private codeError: CodeError;
  declare private refreshFailedAt: Date | null;
  /** Told to screen readers (a polite live region) when the status changes. */
  declare private announcement: string;
  /** The parcours confirmation is on its way: further clicks send nothing. */
  declare private confirming: boolean;
  declare private confirmNotice: ConfirmNotice | null;

  readonly #credential = new TrackerCredential(this);
  /** What the candidate typed last: shown again after a refusal, so a typo can be corrected. */
  #typedCode = '';
  #etag: string | null = null;
  #reading: AbortController | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The API refused the partner key or the page's origin (`viewState` 'refused'). */
  #refusal: ApiProblem | undefined;
  /** Not aborted by a reading: once sent, a confirmation's answer must be shown. */
  #confirmation: AbortController | null = null;

  constructor() {
    super();
    this.sessionToken = undefined;
    this.refreshInterval = 60;
    this.fetchSessionToken = undefined;
    this.trackingCode = undefined;
    this.hidePrint = false;
    this.viewState = 'loading';
    this.view = null;
    this.codeError = null;
    this.refreshFailedAt = null;
    this.announcement = '';
    this.confirming = false;
    this.confirmNotice = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibilityChange);
    // Moved in the page: read again. The first reading waits for the first update, so that
    // properties set just after the element was added (`fetchSessionToken`) are there.
    if (this.hasUpdated) void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibilityChange);
    this.#reading?.abort();
    this.#confirmation?.abort();
    clearTimeout(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) return;
    // A new token, or a new way to get one, from the host page: read with it at once.
    if (
      changed.has('sessionToken') ||
      changed.has('fetchSessionToken') ||
      changed.has('trackingCode')
    ) {
      this.#credential.reset();
      void this.refresh();
    } else if (changed.has('refreshInterval')) {
      this.#schedule();
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    void this.refresh();
  }

  /**
   * Reads the candidacy now (the element also does it on its own). Resolves when the reading
   * is over, whatever its outcome.
   */
  async refresh(): Promise<void> {
    this.#reading?.abort();
    const reading = new AbortController();
    this.#reading = reading;
    clearTimeout(this.#timer);
    try {
      await this.#read(reading.signal, true);
    } catch (error) {
      if (!reading.signal.aborted) throw error;
    } finally {
      if (this.#reading === reading) {
        this.#reading = null;
        this.#schedule();
      }
    }
  }

  /** `updateComplete` includes the English strings: once it resolves, the element is whole. */
  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.language === 'en' && !isEnglishSettled()) await this.#englishShown();
    return super.getUpdateComplete();
  }

  #englishShown(): Promise<void> {
    return loadEnglish().then(() => this.requestUpdate());
  }

  protected override render() {
    const lang = this.language;
    // A few milliseconds without the element rather than French text in an English page.
    if (lang === 'en' && !isEnglishSettled()) {
      void this.#englishShown();
      return nothing;
    }
    return html`
      <div class="stack" data-state=${this.viewState}>
        <h2>${text(lang, 'title')}</h2>
        <p class="visually-hidden" role="status">${this.announcement}</p>
        ${this.#renderBody()}
      </div>
    `;
  }

  #renderBody() {
    const lang = this.language;
    switch (this.viewState) {
      case 'form':
        return this.#renderForm();
      case 'loading':
        return html`<p role="status" class="muted">${text(lang, 'loading')}</p>`;
      case 'expired':
        return html`
          <p class="notice" role="alert">${text(lang, 'sessionExpired')}</p>
          ${this.fetchSessionToken ? this.#renderRetry() : nothing}
        `;
      case 'wrong-site':
        return html`<p class="notice" role="alert">${text(lang, 'wrongSite')}</p>`;
      case 'refused':
        return (
          this.partnerRefusal(this.#refusal) ??
          html`<p class="notice" role="alert">${text(lang, 'loadFailed')}</p>`
        );
      case 'failed':
        return html`
          <p class="notice" role="alert">${text(lang, 'loadFailed')}</p>
          ${this.#renderRetry()}
        `;
      case 'ready':
        return this.#renderReady();
    }
  }

  #renderReady() {
    const lang = this.language;
    const view = this.view;
    if (!view) return nothing;
    const failedAt = this.refreshFailedAt;
    const notice = this.confirmNotice;
    const confirmable = awaitsParcoursConfirmation(view);
    return html`
      ${
        failedAt
          ? html`<p class="notice warning" role="alert">
            ${text(lang, 'refreshFailed', { time: formatClock(lang, failedAt) })}
          </p>`
          : nothing
      }
      ${
        notice && !confirmable
          ? html`<p class="notice warning" id="confirm-notice" tabindex="-1" role="status">
            ${text(lang, notice)}
          </p>`
          : nothing
      }
      ${renderDossier(
        lang,
        view,
        confirmable
          ? renderParcoursConfirmation(lang, view, {
              busy: this.confirming,
              notice,
              onConfirm: this.#onConfirm,
            })
          : nothing,
      )}
      ${this.#renderActions()}
    `;
  }

  #renderActions() {
    const lang = this.language;
    const print = !this.hidePrint;
    const forget = this.#credential.usesTypedCode;
    if (!print && !forget) return nothing;
    return html`<div class="actions">
      ${print ? html`<button type="button" @click=${() => window.print()}>${text(lang, 'print')}</button>` : nothing}
      ${forget ? html`<button type="button" @click=${this.#forgetCode}>${text(lang, 'forget')}</button>` : nothing}
    </div>`;
  }

  #renderRetry() {
    return html`<div class="actions">
      <button type="button" @click=${() => this.#retry()}>${text(this.language, 'retry')}</button>
    </div>`;
  }

  #renderForm() {
    const lang = this.language;
    const error = this.codeError;
    return html`
      <form class="panel" part="form" novalidate @submit=${this.#onSubmit}>
        <h3>${text(lang, 'formTitle')}</h3>
        <label for="code">${text(lang, 'codeLabel')}</label>
        <p id="code-hint" class="muted">${text(lang, 'codeHint')}</p>
        ${error ? html`<p id="code-error" class="error" role="alert">${text(lang, error)}</p>` : nothing}
        <input
          id="code"
          name="code"
          autocomplete="off"
          spellcheck="false"
          autocapitalize="none"
          aria-describedby=${error ? 'code-hint code-error' : 'code-hint'}
          aria-invalid=${error ? 'true' : 'false'}
          .value=${this.#typedCode}
        />
        <button class="primary" type="submit">${text(lang, 'show')}</button>
      </form>
    `;
  }

  async #read(signal: AbortSignal, mayRenew: boolean): Promise<void> {
    const credential = await this.#credential.current(signal);
    if (signal.aborted) return;
    if (!credential) {
      this.viewState = this.fetchSessionToken ? 'expired' : 'form';
      if (this.fetchSessionToken) this.emit('vae-error', { code: 'SESSION_EXPIRED' });
      return;
    }
    if (!this.view) this.viewState = 'loading';
    const result = await readTracker(this.apiClient, credential, this.#etag, signal);
    switch (result.kind) {
      case 'view':
        this.#etag = result.etag;
        this.#show(result.view);
        return;
      case 'unchanged':
        this.refreshFailedAt = null;
        this.viewState = 'ready';
        return;
      case 'unauthorized':
        return this.#refused(signal, mayRenew);
      case 'wrong-site':
        // No renewal, no retry: another token of the same partner would be refused too; with a
        // tracking code, the page itself is on no allow-list, which only its owner can fix.
        this.#etag = null;
        this.view = null;
        if (this.#credential.usesSessionTokens) this.viewState = 'wrong-site';
        else {
          this.#refusal = result.problem;
          this.viewState = 'refused';
        }
        this.emit('vae-error', { code: 'ORIGIN_NOT_ALLOWED', problem: result.problem.toJSON() });
        return;
      case 'failed':
        return this.#failed(result.problem);
    }
  }

  async #refused(signal: AbortSignal, mayRenew: boolean): Promise<void> {
    if (this.#credential.usesSessionTokens) {
      this.#credential.refuseSessionToken();
      if (mayRenew && (await this.#credential.renew(signal))) return this.#read(signal, false);
      if (signal.aborted) return;
      this.#etag = null;
      this.view = null;
      this.viewState = 'expired';
      this.emit('vae-error', { code: 'SESSION_EXPIRED' });
      return;
    }
    // A refused tracking code is forgotten: the candidate types it again.
    this.#credential.refuseTrackingCode();
    this.#etag = null;
    this.view = null;
    this.codeError = 'codeRefused';
    this.viewState = 'form';
    this.#focusCodeInput();
  }

  #failed(problem: ApiProblem): void {
    this.emit('vae-error', {
      code: problem.isNetworkError ? 'NETWORK_ERROR' : 'API_ERROR',
      problem: problem.toJSON(),
    });
    // Keep what the candidate already sees: a failed refresh only says the page may be stale.
    if (this.view) this.refreshFailedAt = new Date();
    else if (problem.isPartnerRefusal) {
      // No retry: only the host page's owner can fix its key or its list of sites.
      this.#refusal = problem;
      this.viewState = 'refused';
    } else this.viewState = 'failed';
  }

  #show(view: TrackerView): void {
    const previous = this.view;
    this.view = view;
    this.viewState = 'ready';
    this.refreshFailedAt = null;
    this.codeError = null;
    if (previous?.status !== view.status) this.confirmNotice = null;
    if (previous && previous.status !== view.status) {
      this.announcement = text(this.language, 'changed', {
        label: (view.stepLabel as { fr: string; en: string })[this.language],
      });
      this.emit('vae-status-change', { status: view.status, previousStatus: previous.status });
    }
  }

  /** The next periodic reading, while the page is visible and a dossier is shown. */
  #schedule(): void {
    clearTimeout(this.#timer);
    const seconds = this.refreshInterval;
    if (!this.isConnected || !(seconds > 0) || this.viewState !== 'ready') return;
    if (document.visibilityState === 'hidden') return;
    const delay = Math.max(seconds, MIN_REFRESH_SECONDS) * 1000;
    this.#timer = setTimeout(() => void this.refresh(), delay);
  }

  #retry(): void {
    this.viewState = 'loading';
    void this.refresh();
  }

  #onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') {
      // Back on the page: show what changed meanwhile, or try again after a failure. Not while
      // a confirmation is on its way: a reading could answer the state before it, after it.
      if (this.confirming) return;
      if (this.viewState === 'ready' || this.viewState === 'failed') void this.refresh();
    } else {
      clearTimeout(this.#timer);
    }
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('code') as HTMLInputElement;
    this.#typedCode = input.value;
    const code = input.value.trim();
    const error: CodeError = !code
      ? 'codeMissing'
      : TRACKING_CODE.test(code)
        ? null
        : 'codeMalformed';
    this.codeError = error;
    if (error) {
      this.#focusCodeInput();
      return;
    }
    this.#credential.setTrackingCode(code);
    this.viewState = 'loading';
    void this.refresh();
  };

  #onConfirm = async (): Promise<void> => {
    // A double click, or Enter held down, confirms once.
    if (this.confirming) return;
    this.confirming = true;
    this.confirmNotice = null;
    // A reading under way would answer with the parcours still to confirm: drop it.
    this.#reading?.abort();
    clearTimeout(this.#timer);
    const controller = new AbortController();
    this.#confirmation = controller;
    try {
      const outcome = await this.#sendConfirmation(controller.signal, true);
      await this.#confirmed(outcome, controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) throw error;
    } finally {
      this.confirming = false;
      this.#confirmation = null;
      this.#schedule();
    }
  };

  async #sendConfirmation(signal: AbortSignal, mayRenew: boolean): Promise<ConfirmOutcome> {
    const credential = await this.#credential.current(signal);
    const outcome: ConfirmOutcome = credential
      ? await confirmParcours(this.apiClient, credential, signal)
      : { kind: 'unauthorized' };
    if (outcome.kind !== 'unauthorized' || !mayRenew) return outcome;
    // As for a reading: a new token from the host page (none for a tracking code), then the
    // same confirmation again. The refused credential is dropped by #refused if that fails too.
    return (await this.#credential.renew(signal)) ? this.#sendConfirmation(signal, false) : outcome;
  }

  async #confirmed(outcome: ConfirmOutcome, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return;
    switch (outcome.kind) {
      case 'view':
        this.#etag = null;
        this.#show(outcome.view);
        // The button is gone: the candidate lands on where their dossier now stands.
        return this.#focus('#summary-title');
      case 'conflict': {
        // Confirmed meanwhile (another tab, another site) or moved on: show it as it stands.
        await this.refresh();
        if (awaitsParcoursConfirmation(this.view)) {
          this.confirmNotice = 'confirmFailed';
          return;
        }
        const confirmed = this.view?.history.some((row) => row.status === 'PARCOURS_CONFIRME');
        this.confirmNotice = confirmed ? 'alreadyConfirmed' : 'confirmConflict';
        return this.#focus('#confirm-notice');
      }
      case 'unauthorized':
        return this.#refused(signal, false);
      case 'failed':
        this.emit('vae-error', {
          code: outcome.problem.isNetworkError ? 'NETWORK_ERROR' : 'API_ERROR',
          problem: outcome.problem.toJSON(),
        });
        this.confirmNotice = 'confirmFailed';
    }
  }

  #forgetCode = (): void => {
    this.#reading?.abort();
    clearTimeout(this.#timer);
    this.#credential.setTrackingCode(null);
    this.#etag = null;
    this.view = null;
    this.codeError = null;
    this.#typedCode = '';
    this.viewState = 'form';
    this.#focusCodeInput();
  };

  #focusCodeInput(): void {
    this.#focus('#code');
  }

  /** Focuses an element of the next rendering. */
  #focus(selector: string): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    );
  }
}

function formatClock(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { timeStyle: 'short' }).format(date);
}

declare global {
  interface HTMLElementTagNameMap {
    'vae-dossier-status': VaeDossierStatus;
  }
}
