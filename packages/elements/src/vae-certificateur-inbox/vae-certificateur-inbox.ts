import { html, nothing, type PropertyValues } from 'lit';
import type { ApiProblem } from '../shared/api-problem.js';
import type { CandidacyActionDetail } from '../shared/candidacy-action-event.js';
import { ViewerFocusGuard } from '../shared/modal-focus.js';
import { SessionCredential, type SessionTokenAnswer } from '../shared/session-credential.js';
import { themeStyles } from '../shared/theme.js';
import { VaeElement } from '../shared/vae-element.js';
import { type DialogState, renderDialog } from './action-dialog.js';
import { type Category, DEFAULT_CATEGORY } from './categories.js';
import { type ActionKey, actionPayload, missingField } from './dossier-actions.js';
import {
  defaultDocument,
  type NoticeState,
  renderDossier,
  type ViewerState,
} from './dossier-panel.js';
import {
  CertificateurApi,
  type DecisionStats,
  type DossierView,
  type InboxCounts,
  type InboxPage,
  type InboxRow,
} from './inbox-api.js';
import {
  renderCategories,
  renderStats,
  renderTable,
  type SortColumn,
  type SortState,
} from './inbox-list.js';
import { isEnglishSettled, loadEnglish, text } from './messages.js';
import { inboxStyles } from './styles.js';

export type { CandidacyActionDetail, SessionTokenAnswer };

type LoadProblem = { key: 'sessionExpired' | 'noCredential' | 'loadFailed'; detail: string };

/**
 * The certificateur's space inside its own portal: the 90-day recevabilité figures, the dossiers
 * by category with their counts, and a dossier view with the feasibility PDF, the history and
 * the decisions the state machine allows. No optimistic UI: what is shown after an action is
 * the server's answer; when someone else acted first (409), the dossier is read again and the
 * user is told so.
 *
 * @summary The certificateur's inbox: feasibility, validation dossiers and juries.
 * @tag vae-certificateur-inbox
 *
 * @attr session-token - An embed session token (or an account API key) for a certificateur
 *   account, minted by the portal's server for the signed-in staff member.
 * @attr api-base - Base URL of the vae-widgets server.
 *
 * @event {CustomEvent<CandidacyActionDetail>} vae-candidacy-action - The server accepted an
 *   action: `{ id, action, status }` (`action` is the event type, e.g. `DECIDE_FEASIBILITY`).
 * @event {CustomEvent<VaeErrorDetail>} vae-error - `{ code: 'SESSION_EXPIRED' | 'API_ERROR' |
 *   'NETWORK_ERROR', problem? }` when the inbox cannot be read.
 *
 * @csspart stats - The 90-day figures.
 * @csspart categories - The category buttons; each is a `category` part.
 * @csspart table - The dossiers' table.
 * @csspart dossier - The dossier view.
 * @csspart viewer - The document's inline viewer.
 * @csspart actions - The decisions.
 * @csspart dialog - The confirmation dialog.
 */
export class VaeCertificateurInbox extends VaeElement {
  static override styles = [themeStyles, inboxStyles];

  static override properties = {
    ...VaeElement.properties,
    sessionToken: { attribute: 'session-token' },
    fetchSessionToken: { attribute: false },
    counts: { state: true },
    stats: { state: true },
    category: { state: true },
    list: { state: true },
    sort: { state: true },
    dossier: { state: true },
    viewer: { state: true },
    notice: { state: true },
    dialog: { state: true },
    problem: { state: true },
  };

  /** A session token (`vae_es_…`) or account API key of a certificateur account. */
  declare sessionToken: string | undefined;
  /**
   * Asks the portal's server for a new session token: called when there is none, shortly
   * before an announced `expiresAt`, and once when the API refuses the current one.
   */
  declare fetchSessionToken: (() => Promise<SessionTokenAnswer>) | undefined;

  declare private counts: InboxCounts | null;
  declare private stats: DecisionStats | null;
  declare private category: Category;
  declare private list: InboxPage | null;
  declare private sort: SortState;
  declare private dossier: DossierView | null;
  declare private viewer: ViewerState | null;
  declare private notice: NoticeState | null;
  declare private dialog: DialogState | null;
  declare private problem: LoadProblem | null;

  readonly #credential = new SessionCredential(this);
  readonly #api = new CertificateurApi(() => this.apiClient, this.#credential);
  #listRequest = 0;
  /** Where focus goes back to: the button that opened the dialog, the row that opened the dossier. */
  #dialogOpener: HTMLElement | null = null;
  #openedRow: string | null = null;
  readonly #viewerFocus = new ViewerFocusGuard();

  constructor() {
    super();
    this.sessionToken = undefined;
    this.fetchSessionToken = undefined;
    this.counts = null;
    this.stats = null;
    this.category = DEFAULT_CATEGORY;
    this.list = null;
    this.sort = { column: 'date', ascending: false };
    this.dossier = null;
    this.viewer = null;
    this.notice = null;
    this.dialog = null;
    this.problem = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#setViewer(null);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.hasUpdated && (changed.has('sessionToken') || changed.has('fetchSessionToken'))) {
      this.#credential.reset();
      void this.refresh();
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    void this.refresh();
  }

  /** Reads the figures, the counts and the current list again. */
  async refresh(): Promise<void> {
    this.problem = null;
    await Promise.all([this.#loadOverview(), this.#loadList()]);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    if (this.language === 'en' && !isEnglishSettled()) {
      await loadEnglish();
      this.requestUpdate();
    }
    return super.getUpdateComplete();
  }

  protected override render() {
    const lang = this.language;
    if (lang === 'en' && !isEnglishSettled()) {
      void loadEnglish().then(() => this.requestUpdate());
      return nothing;
    }
    return html`<div
      class="inbox"
      @focusout=${this.#viewerFocus.focusout}
      @keydown=${this.#viewerFocus.keydown}
    >
      <h2>${text(lang, 'title')}</h2>
      ${this.#renderProblem()} ${renderStats(lang, this.stats)}
      ${renderCategories(lang, this.counts, this.category, (category) => this.#select(category))}
      ${this.dossier ? this.#renderDossier() : this.#renderList()}
      ${renderDialog(lang, this.dialog, {
        submit: (event) => void this.#submit(event),
        cancel: () => this.#dialogElement?.close(),
        close: () => this.#onDialogClosed(),
      })}
    </div>`;
  }

  #renderProblem() {
    if (!this.problem) return nothing;
    const { key, detail } = this.problem;
    return html`<div class="problem" role="alert">
      <p>${text(this.language, key, { detail })}</p>
      <button type="button" @click=${() => void this.refresh()}>${text(this.language, 'retry')}</button>
    </div>`;
  }

  #renderList() {
    if (!this.list) {
      return this.problem
        ? nothing
        : html`<p class="muted" role="status">${text(this.language, 'loading')}</p>`;
    }
    return renderTable(this.language, this.category, this.list, this.sort, {
      sort: (column) => this.#sortBy(column),
      open: (row) => void this.#open(row),
      page: (page) => void this.#loadList(page),
    });
  }

  #renderDossier() {
    if (!this.dossier) return nothing;
    return renderDossier(this.language, this.dossier, this.viewer, this.notice, {
      back: () => void this.#back(),
      show: (documentId) => void this.#show(documentId),
      act: (action, opener) => void this.#openDialog(action, opener),
      viewerLoaded: () => this.#viewerFocus.loaded(),
    });
  }

  // ——— reading ———

  async #loadOverview(): Promise<void> {
    try {
      const [counts, stats] = await Promise.all([this.#api.counts(), this.#api.stats()]);
      this.counts = counts;
      this.stats = stats;
    } catch (error) {
      this.#fail(error);
    }
  }

  async #loadList(page = this.list?.page ?? 1): Promise<void> {
    const request = ++this.#listRequest;
    try {
      const list = await this.#api.list(this.category.kind, this.category.category, page);
      if (request === this.#listRequest) this.list = list;
    } catch (error) {
      if (request === this.#listRequest) this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    const problem = error as ApiProblem;
    if (problem?.name !== 'ApiProblem') throw error;
    const key =
      problem.type === 'urn:vae:problem:no-credential'
        ? 'noCredential'
        : problem.status === 401
          ? 'sessionExpired'
          : 'loadFailed';
    this.problem = { key, detail: problem.detail || problem.title };
    const code =
      key === 'loadFailed'
        ? problem.isNetworkError
          ? 'NETWORK_ERROR'
          : 'API_ERROR'
        : 'SESSION_EXPIRED';
    this.emit('vae-error', { code, problem: problem.toJSON() });
  }

  // ——— list ———

  #select(category: Category): void {
    this.category = category;
    this.list = null;
    this.#closeDossier();
    void this.#loadList(1);
  }

  #sortBy(column: SortColumn): void {
    const ascending = this.sort.column === column ? !this.sort.ascending : column !== 'date';
    this.sort = { column, ascending };
  }

  // ——— dossier ———

  async #open(row: InboxRow): Promise<void> {
    this.#openedRow = row.candidacyId;
    try {
      this.#showDossier(await this.#api.dossier(row.candidacyId), null);
      await this.updateComplete;
      this.#focus('#dossier-title');
    } catch (error) {
      this.#fail(error);
    }
  }

  #showDossier(view: DossierView, notice: NoticeState | null): void {
    const previous = this.viewer?.documentId;
    this.dossier = view;
    this.notice = notice;
    const keep = view.documents.some((doc) => doc.id === previous);
    const documentId = keep ? previous : defaultDocument(view)?.id;
    if (documentId && documentId !== previous) void this.#show(documentId);
    if (!documentId) this.#setViewer(null);
  }

  async #show(documentId: string): Promise<void> {
    const id = this.dossier?.id;
    if (!id) return;
    this.#setViewer({ documentId, url: null, error: null });
    try {
      const blob = await this.#api.document(id, documentId);
      if (this.viewer?.documentId !== documentId) return;
      const pdf = blob.type ? blob : new Blob([blob], { type: 'application/pdf' });
      this.#setViewer({ documentId, url: URL.createObjectURL(pdf), error: null });
    } catch (error) {
      const problem = error as ApiProblem;
      if (this.viewer?.documentId !== documentId) return;
      const detail = problem?.detail || problem?.title || '';
      this.#setViewer({
        documentId,
        url: null,
        error: text(this.language, 'pdfFailed', { detail }),
      });
    }
  }

  #setViewer(viewer: ViewerState | null): void {
    if (this.viewer?.url && this.viewer.url !== viewer?.url) URL.revokeObjectURL(this.viewer.url);
    if (viewer?.url && viewer.url !== this.viewer?.url) this.#viewerFocus.loading();
    this.viewer = viewer;
  }

  #closeDossier(): void {
    this.dossier = null;
    this.notice = null;
    this.#setViewer(null);
  }

  async #back(): Promise<void> {
    this.#closeDossier();
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(
      `tr[data-candidacy="${this.#openedRow}"] button`,
    );
    if (row) row.focus();
    else this.#focus('[part~="category"][aria-pressed="true"]');
  }

  // ——— actions ———

  get #dialogElement(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  async #openDialog(action: ActionKey, opener: HTMLElement): Promise<void> {
    if (opener.getAttribute('aria-disabled') === 'true') return;
    this.#dialogOpener = opener;
    this.dialog = { action, error: null, sending: false };
    await this.updateComplete;
    this.#dialogElement?.showModal();
  }

  #onDialogClosed(): void {
    this.dialog = null;
    const opener = this.#dialogOpener;
    this.#dialogOpener = null;
    if (opener?.isConnected) opener.focus();
    else this.#focus('#dossier-title');
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dialog = this.dialog;
    const dossier = this.dossier;
    if (!dialog || !dossier || dialog.sending) return;
    const form = new FormData(event.target as HTMLFormElement);
    const missing = missingField(dialog.action, form);
    if (missing) {
      const key = missing === 'date' ? 'juryDateMissing' : 'reasonMissing';
      this.dialog = { ...dialog, error: text(this.language, key) };
      await this.updateComplete;
      this.#focus(`dialog [name="${missing}"]`);
      return;
    }
    const payload = actionPayload(dialog.action, form);
    this.dialog = { ...dialog, error: null, sending: true };
    try {
      const view = await this.#api.act(dossier.id, payload);
      void this.#finishAction(view, {
        tone: 'success',
        text: text(this.language, 'done', { status: view.statusLabel[this.language] }),
      });
      this.emit('vae-candidacy-action', { id: view.id, action: payload.type, status: view.status });
    } catch (error) {
      await this.#refused(error as ApiProblem, dossier);
    }
  }

  /**
   * After the server answered: close the dialog, show its answer, count again. Focus goes to the
   * dossier heading once it has re-rendered, not from the dialog's `close` event, a task that a
   * busy or background page may run much later.
   */
  async #finishAction(view: DossierView, notice: NoticeState): Promise<void> {
    this.#dialogOpener = null;
    this.#dialogElement?.close();
    this.#showDossier(view, notice);
    void this.#loadOverview();
    void this.#loadList();
    await this.updateComplete;
    this.#focus('#dossier-title');
  }

  async #refused(problem: ApiProblem, before: DossierView): Promise<void> {
    if (problem?.name !== 'ApiProblem') throw problem;
    if (problem.status === 409) {
      // Someone else may have acted first: read the dossier again to show where it stands now.
      try {
        const now = await this.#api.dossier(before.id);
        if (now.version !== before.version) {
          void this.#finishAction(now, { tone: 'warning', text: text(this.language, 'conflict') });
          return;
        }
      } catch {
        // The refusal below says enough.
      }
    }
    if (problem.status === 401) this.#fail(problem);
    const detail = problem.detail || problem.title;
    this.dialog = this.dialog && {
      ...this.dialog,
      sending: false,
      error: text(this.language, 'refused', { detail }),
    };
  }

  #focus(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vae-certificateur-inbox': VaeCertificateurInbox;
  }
}
