import { CandidacyStatus } from '@vae/core';
import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem } from '../shared/api-problem.js';
import type { CandidacyActionDetail } from '../shared/candidacy-action-event.js';
import { SessionCredential, type SessionTokenAnswer } from '../shared/session-credential.js';
import { themeStyles } from '../shared/theme.js';
import { VaeElement } from '../shared/vae-element.js';
import { type DialogState, readDialogForm, renderDialogContent } from './action-dialog.js';
import { type Notice, renderPanel } from './candidacy-panel.js';
import { fullName } from './format.js';
import {
  type AapAction,
  type AapSite,
  type CandidacyView,
  InboxApi,
  type InboxPage,
  type SiteSettings,
  type StatusCounts,
} from './inbox-api.js';
import {
  type Filters,
  renderCounts,
  renderFilters,
  renderTable,
  type Sort,
  serverOrder,
} from './inbox-list.js';
import { isEnglishSettled, loadEnglish, text } from './messages.js';
import { renderSiteChips, renderSitesSettings, type SiteFormState } from './sites-section.js';
import { aapInboxStyles } from './styles.js';

export type { CandidacyActionDetail, SessionTokenAnswer };

type ListState = 'loading' | 'ready' | 'failed' | 'expired';

/** What the API allows a page: 1 to 100. */
const MAX_PAGE_SIZE = 100;

/**
 * The AAP's workspace in its own portal: counts by status (filter chips), a paginated, sortable
 * table of its candidacies (antenna accounts see their site only, organism accounts all their
 * sites) with a search and filters, the antennas with their counts and visibility settings
 * (closed for absence, levels per filière), and a candidacy panel with the actions the state machine
 * allows the AAP at that status, each confirmed in a modal dialog. Decisions are never
 * optimistic: the element shows what the server answered, and when someone else acted first
 * (409) it reloads the dossier and says so.
 *
 * @summary An AAP's inbox of candidacies, with their actions.
 * @tag vae-aap-inbox
 *
 * @attr session-token - An embed session token (or, for now, the AAP account's API key)
 *   minted by the portal's server for the signed-in staff member; sent as a bearer.
 * @attr page-size - Candidacies per page of the table (default 25, at most 100).
 * @attr api-base - Base URL of the vae-widgets server.
 *
 * @event {CustomEvent<CandidacyActionDetail>} vae-candidacy-action - The server accepted an
 *   action: `{ id, action, status }` (`action` is the lifecycle event, `status` the new one).
 * @event {CustomEvent<VaeErrorDetail>} vae-error - `{ code: 'SESSION_EXPIRED' | 'API_ERROR',
 *   problem? }` when the list cannot be shown.
 *
 * @csspart counts - The status chips.
 * @csspart sites - The antennas' chips.
 * @csspart settings - The antennas' visibility settings.
 * @csspart table - The table of candidacies.
 * @csspart panel - The candidacy panel.
 * @csspart actions - The panel's action buttons.
 * @csspart dialog - The confirmation dialog.
 */
export class VaeAapInbox extends VaeElement {
  static override styles = [themeStyles, aapInboxStyles];

  static override properties = {
    ...VaeElement.properties,
    sessionToken: { attribute: 'session-token' },
    fetchSessionToken: { attribute: false },
    pageSize: { attribute: 'page-size', type: Number },
    listState: { state: true },
    counts: { state: true },
    page: { state: true },
    problem: { state: true },
    filters: { state: true },
    sort: { state: true },
    view: { state: true },
    notice: { state: true },
    dialog: { state: true },
    announcement: { state: true },
    openError: { state: true },
    sites: { state: true },
    siteForms: { state: true },
    sitesError: { state: true },
  };

  /** The bearer for the AAP's API: an embed session token minted by the portal's server. */
  declare sessionToken: string | undefined;
  /** Asks the portal's server for a new token: when there is none, before expiry, on a 401. */
  declare fetchSessionToken: (() => Promise<SessionTokenAnswer>) | undefined;
  /** Candidacies per page of the table (1 to 100). */
  declare pageSize: number;

  declare private listState: ListState;
  declare private counts: StatusCounts | null;
  declare private page: InboxPage | null;
  declare private problem: string;
  declare private filters: Filters;
  declare private sort: Sort | null;
  declare private view: CandidacyView | null;
  declare private notice: Notice | null;
  declare private dialog: DialogState | null;
  declare private announcement: string;
  /** Why the dossier asked for could not be opened. */
  declare private openError: string;
  declare private sites: AapSite[];
  /** Per site: its settings form's saving state and the server's last answer. */
  declare private siteForms: Record<string, SiteFormState>;
  declare private sitesError: string;

  readonly #credential = new SessionCredential(this);
  readonly #api = new InboxApi(() => this.apiClient, this.#credential);
  #pageNumber = 1;
  #loading: AbortController | null = null;
  /** Where focus goes back when the dialog closes. */
  #opener: HTMLElement | null = null;
  /** The row's button that opened the panel: focus goes back there when the panel closes. */
  #panelOpener: HTMLElement | null = null;

  constructor() {
    super();
    this.sessionToken = undefined;
    this.fetchSessionToken = undefined;
    this.pageSize = 25;
    this.listState = 'loading';
    this.counts = null;
    this.page = null;
    this.problem = '';
    this.filters = {};
    this.sort = null;
    this.view = null;
    this.notice = null;
    this.dialog = null;
    this.announcement = '';
    this.openError = '';
    this.sites = [];
    this.siteForms = {};
    this.sitesError = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) return;
    if (changed.has('sessionToken') || changed.has('fetchSessionToken')) {
      this.#credential.reset();
      void this.reload();
    }
  }

  protected override firstUpdated(): void {
    void this.reload();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.language === 'en' && !isEnglishSettled())
      await loadEnglish().then(() => this.requestUpdate());
    return super.getUpdateComplete();
  }

  /** Reads the counts and the current page again; resolves when both are shown. */
  async reload(): Promise<void> {
    this.#loading?.abort();
    const loading = new AbortController();
    this.#loading = loading;
    this.listState = this.page ? this.listState : 'loading';
    void this.#loadSites(loading.signal);
    try {
      const [counts, page] = await Promise.all([
        this.#api.counts(loading.signal),
        this.#api.list(
          {
            ...this.filters,
            ...serverOrder(this.sort),
            page: this.#pageNumber,
            pageSize: this.#pageSize(),
          },
          loading.signal,
        ),
      ]);
      this.counts = counts;
      this.page = page;
      this.listState = 'ready';
      this.announcement = text(this.language, 'resultsAnnounce', { total: page.total });
    } catch (error) {
      if (loading.signal.aborted) return;
      this.#failed(error);
    }
  }

  /** The antennas are extra: the list works without them, so their failure is shown apart. */
  async #loadSites(signal: AbortSignal): Promise<void> {
    try {
      this.sites = await this.#api.sites(signal);
      this.sitesError = '';
    } catch (error) {
      if (signal.aborted) return;
      this.sitesError = text(this.language, 'sitesFailed', { detail: problemText(error) });
    }
  }

  protected override render() {
    const lang = this.language;
    if (lang === 'en' && !isEnglishSettled()) {
      void loadEnglish().then(() => this.requestUpdate());
      return nothing;
    }
    return html`
      <div class="layout" ?data-panel=${this.view !== null}>
        <div class="stack" data-state=${this.listState}>
          <h2>${text(lang, 'title')}</h2>
          <p class="visually-hidden" role="status">${this.announcement}</p>
          ${this.#renderList()}
        </div>
        ${this.view ? renderPanel(lang, this.view, this.notice, { close: this.#closePanel, act: this.#openDialog }) : nothing}
        ${this.#renderSettings()}
      </div>
      <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.#onDialogClose}>
        ${
          this.dialog
            ? renderDialogContent(lang, this.dialog, {
                submit: this.#onDialogSubmit,
                cancel: this.#closeDialog,
              })
            : nothing
        }
      </dialog>
    `;
  }

  #renderList() {
    const lang = this.language;
    if (this.listState === 'loading') return html`<p class="muted">${text(lang, 'loading')}</p>`;
    if (this.listState === 'expired')
      return html`<p class="notice" data-kind="error" role="alert">${text(lang, 'sessionExpired')}</p>`;
    const failed =
      this.listState === 'failed'
        ? html`<div class="notice" data-kind="error" role="alert">
            ${text(lang, 'loadFailed', { detail: this.problem })}
            <button type="button" @click=${() => this.reload()}>${text(lang, 'retry')}</button>
          </div>`
        : nothing;
    return html`
      ${failed}
      <p class="notice" data-kind="error" role="alert">${this.openError}</p>
      ${this.counts ? renderCounts(lang, this.counts, this.filters.status, this.#filterStatus) : nothing}
      ${this.sitesError ? html`<p class="notice" data-kind="error">${this.sitesError}</p>` : nothing}
      ${renderSiteChips(lang, this.sites, this.filters.site, this.#filterSite)}
      ${renderFilters(lang, this.filters, { apply: this.#applyFilters, reset: this.#resetFilters })}
      ${
        this.page
          ? renderTable(lang, this.page, this.sort, this.view?.id ?? null, {
              sort: this.#sortBy,
              open: this.#openCandidacy,
              goTo: this.#goTo,
            })
          : nothing
      }
    `;
  }

  /** After the panel, so that the dossier opened from the table comes right after it. */
  #renderSettings() {
    if (this.listState === 'loading' || this.listState === 'expired') return nothing;
    return renderSitesSettings(this.language, this.sites, this.siteForms, this.#saveSite);
  }

  #pageSize(): number {
    const size = Math.trunc(this.pageSize);
    return Number.isFinite(size) ? Math.min(Math.max(size, 1), MAX_PAGE_SIZE) : 25;
  }

  #failed(error: unknown): void {
    const problem = error instanceof ApiProblem ? error : null;
    if (problem?.status === 401 || problem?.status === 403) {
      this.listState = 'expired';
      this.emit('vae-error', { code: 'SESSION_EXPIRED', problem: problem.toJSON() });
      return;
    }
    this.listState = 'failed';
    this.problem = problem?.detail || problem?.title || String(error);
    this.emit('vae-error', {
      code: 'API_ERROR',
      ...(problem ? { problem: problem.toJSON() } : {}),
    });
  }

  #filterStatus = (status: CandidacyStatus | undefined) => {
    const { status: _previous, ...rest } = this.filters;
    this.filters = status ? { ...rest, status } : rest;
    this.#pageNumber = 1;
    void this.reload();
  };

  #applyFilters = (filters: Filters) => {
    this.filters = filters;
    this.#pageNumber = 1;
    void this.reload();
  };

  #resetFilters = () => this.#applyFilters({});

  #sortBy = (sort: Sort) => {
    this.sort = sort;
    this.#pageNumber = 1;
    void this.reload();
  };

  #filterSite = (site: string | undefined) => {
    const { site: _previous, ...rest } = this.filters;
    this.filters = site ? { ...rest, site } : rest;
    this.#pageNumber = 1;
    void this.reload();
  };

  /** Saves a site's settings and shows what the server kept (never the form's own guess). */
  #saveSite = async (siteId: string, settings: SiteSettings) => {
    const lang = this.language;
    this.siteForms = { ...this.siteForms, [siteId]: { saving: true, kind: null, message: '' } };
    let state: SiteFormState;
    try {
      const saved = await this.#api.updateSite(siteId, settings);
      this.sites = this.sites.map((site) => (site.id === saved.id ? saved : site));
      const levels = Object.values(saved.levels as Record<string, number[]>).flat().length;
      state = {
        saving: false,
        kind: 'done',
        message: text(lang, 'siteSaved', {
          state: text(lang, saved.closedForAbsence ? 'siteClosed' : 'siteOpen'),
          levels,
        }),
      };
    } catch (error) {
      state = {
        saving: false,
        kind: 'error',
        message: text(lang, 'refused', { detail: problemText(error) }),
      };
    }
    this.siteForms = { ...this.siteForms, [siteId]: state };
  };

  #goTo = (pageNumber: number) => {
    this.#pageNumber = pageNumber;
    void this.reload();
  };

  #openCandidacy = async (id: string, opener: HTMLElement) => {
    this.#panelOpener = opener;
    this.notice = null;
    this.openError = '';
    try {
      this.view = await this.#api.read(id);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
    } catch (error) {
      this.openError = text(this.language, 'openFailed', { detail: problemText(error) });
    }
  };

  #closePanel = () => {
    const id = this.view?.id;
    const opener = this.#panelOpener;
    this.view = null;
    this.notice = null;
    void this.updateComplete.then(() => {
      // The row may have been drawn anew since (the list reloads after an action); when it is no
      // longer listed, the search field is where the list starts.
      const row = this.renderRoot.querySelector<HTMLElement>(`button[data-id="${id}"]`);
      const fallback = opener?.isConnected
        ? opener
        : this.renderRoot.querySelector<HTMLElement>('input[name="q"]');
      (row ?? fallback)?.focus();
    });
  };

  #openDialog = async (action: AapAction, trigger: HTMLButtonElement) => {
    const view = this.view;
    if (!view) return;
    this.#opener = trigger;
    this.dialog = {
      action,
      name: fullName(view.candidate),
      certificateurs: action === 'SEND_FEASIBILITY' ? null : [],
      sending: false,
      error: '',
    };
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
    if (action !== 'SEND_FEASIBILITY') return;
    try {
      const certificateurs = await this.#api.certificateurs(view.id);
      if (this.dialog?.action === action) this.dialog = { ...this.dialog, certificateurs };
    } catch (error) {
      if (this.dialog)
        this.dialog = { ...this.dialog, certificateurs: [], error: problemText(error) };
    }
  };

  #closeDialog = () => {
    this.renderRoot.querySelector('dialog')?.close();
  };

  #onDialogClose = () => {
    this.dialog = null;
    const opener = this.#opener;
    void this.updateComplete.then(() => {
      // The button may be gone (the action is no longer allowed): the panel's heading instead.
      const target = opener?.isConnected
        ? opener
        : this.renderRoot.querySelector<HTMLElement>('#panel-title');
      target?.focus();
    });
  };

  #onDialogSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    const dialog = this.dialog;
    const view = this.view;
    if (!dialog || !view || dialog.sending) return;
    const lang = this.language;
    const input = readDialogForm(event.currentTarget as HTMLFormElement, dialog.action);
    if ('missing' in input) {
      this.dialog = { ...dialog, error: text(lang, input.missing) };
      return;
    }
    this.dialog = { ...dialog, sending: true, error: '' };
    try {
      const next = await this.#api.act(view.id, dialog.action, input);
      this.view = next;
      const status = CandidacyStatus.labels[next.status][lang];
      this.notice = {
        kind: 'done',
        text: text(lang, 'done', { action: text(lang, `act${dialog.action}`), status }),
      };
      // The panel's heading gets the focus back, next to the notice of what was done.
      this.#opener = null;
      this.#closeDialog();
      this.emit('vae-candidacy-action', {
        id: next.id,
        action: dialog.action,
        status: next.status,
      });
      void this.reload();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 409) {
        this.#opener = null;
        this.#closeDialog();
        await this.#refreshAfterConflict(view.id, problemText(error));
        return;
      }
      this.dialog = {
        ...dialog,
        sending: false,
        error: text(lang, 'refused', { detail: problemText(error) }),
      };
    }
  };

  async #refreshAfterConflict(id: string, detail: string): Promise<void> {
    try {
      this.view = await this.#api.read(id);
    } catch (error) {
      this.#failed(error);
    }
    this.notice = { kind: 'error', text: text(this.language, 'conflict', { detail }) };
    void this.reload();
  }
}

function problemText(error: unknown): string {
  if (error instanceof ApiProblem) {
    const fields = error.errors.map((field) => field.message).join(' ');
    return [error.detail || error.title, fields].filter(Boolean).join(' ');
  }
  return String(error);
}

declare global {
  interface HTMLElementTagNameMap {
    'vae-aap-inbox': VaeAapInbox;
  }
}
