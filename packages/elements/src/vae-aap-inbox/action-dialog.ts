import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import type { AapAction, CertificateurChoice } from './inbox-api.js';
import { text } from './messages.js';

export interface DialogState {
  action: AapAction;
  name: string;
  /** Eligible certificateurs (feasibility only; null while loading). */
  certificateurs: CertificateurChoice[] | null;
  sending: boolean;
  /** The server's refusal, or what is missing in the form. */
  error: string;
}

export interface DialogHandlers {
  submit: (event: SubmitEvent) => void;
  cancel: () => void;
}

const NEEDS_PDF: AapAction[] = ['SEND_FEASIBILITY', 'SEND_VALIDATION_DOSSIER'];

/**
 * The confirmation of an action, in a modal `<dialog>` (shown with `showModal()`: the page
 * behind is inert, Tab stays inside, Escape cancels), with the fields the action needs.
 */
export function renderDialogContent(lang: Lang, state: DialogState, on: DialogHandlers) {
  const { action } = state;
  return html`
    <form @submit=${on.submit} novalidate>
      <h3 id="dialog-title">${text(lang, `act${action}`)}</h3>
      <p>${text(lang, `confirm${action}`, { name: state.name })}</p>
      ${NEEDS_PDF.includes(action) ? renderPdfField(lang) : nothing}
      ${action === 'SEND_FEASIBILITY' ? renderCertificateurs(lang, state.certificateurs) : nothing}
      ${
        action === 'DECLARE_ABANDONMENT'
          ? html`<label>
              ${text(lang, 'reason')}
              <textarea name="reason" rows="3" maxlength="1000" required></textarea>
            </label>`
          : nothing
      }
      <p class="notice" data-kind="error" role="alert">${state.error}</p>
      <p class="visually-hidden" role="status">${state.sending ? text(lang, 'sending') : ''}</p>
      <div class="actions">
        <button type="submit" class="primary" ?disabled=${state.sending}>
          ${state.sending ? text(lang, 'sending') : text(lang, 'confirm')}
        </button>
        <button type="button" @click=${on.cancel} ?disabled=${state.sending}>
          ${text(lang, 'cancel')}
        </button>
      </div>
    </form>
  `;
}

function renderPdfField(lang: Lang) {
  return html`
    <label>
      ${text(lang, 'pdf')}
      <input type="file" name="dossier" accept="application/pdf,.pdf" required />
    </label>
  `;
}

function renderCertificateurs(lang: Lang, choices: CertificateurChoice[] | null) {
  if (choices === null) return html`<p class="muted">${text(lang, 'panelLoading')}</p>`;
  if (!choices.length)
    return html`<p class="notice" data-kind="error">${text(lang, 'certificateursNone')}</p>`;
  return html`
    <label>
      ${text(lang, 'certificateur')}
      <select name="certificateurId" required aria-describedby="certificateur-hint">
        ${choices.length > 1 ? html`<option value="">—</option>` : nothing}
        ${choices.map((choice) => html`<option value=${choice.id}>${choice.name}</option>`)}
      </select>
      <span id="certificateur-hint" class="muted">${text(lang, 'certificateurHint')}</span>
    </label>
  `;
}

/** What the form holds for `action`, or the key of the message saying what is missing. */
export function readDialogForm(
  form: HTMLFormElement,
  action: AapAction,
):
  | { dossier?: File; certificateurId?: string; reason?: string }
  | { missing: 'pdfMissing' | 'certificateurMissing' | 'reasonMissing' } {
  const data = new FormData(form);
  const dossier = data.get('dossier');
  const certificateurId = String(data.get('certificateurId') ?? '');
  const reason = String(data.get('reason') ?? '').trim();
  if (NEEDS_PDF.includes(action) && !(dossier instanceof File && dossier.size > 0)) {
    return { missing: 'pdfMissing' };
  }
  if (action === 'SEND_FEASIBILITY' && !certificateurId) return { missing: 'certificateurMissing' };
  if (action === 'DECLARE_ABANDONMENT' && !reason) return { missing: 'reasonMissing' };
  return {
    ...(dossier instanceof File && dossier.size > 0 ? { dossier } : {}),
    ...(certificateurId ? { certificateurId } : {}),
    ...(reason ? { reason } : {}),
  };
}
