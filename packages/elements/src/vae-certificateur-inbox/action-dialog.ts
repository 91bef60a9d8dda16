import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import { keepFocusIn } from '../shared/modal-focus.js';
import { type ActionKey, REASON_REQUIRED } from './dossier-actions.js';
import { type InboxMessageKey, JURY_RESULTS, text } from './messages.js';

export interface DialogState {
  action: ActionKey;
  error: string | null;
  sending: boolean;
}

export interface DialogHandlers {
  submit: (event: SubmitEvent) => void;
  cancel: () => void;
  close: () => void;
}

/**
 * The confirmation of an action: a native modal `<dialog>` (the page behind it is inert, so
 * focus stays inside, even when the PDF viewer behind it loads; Escape cancels), with the
 * fields the action needs and the server's refusal shown in it.
 */
export function renderDialog(lang: Lang, state: DialogState | null, on: DialogHandlers) {
  return html`<dialog
    part="dialog"
    aria-labelledby="dialog-title"
    aria-describedby=${state?.error ? 'dialog-error' : nothing}
    @focusout=${keepFocusIn}
    @close=${on.close}
  >
    ${state ? renderForm(lang, state, on) : nothing}
  </dialog>`;
}

function renderForm(lang: Lang, state: DialogState, on: DialogHandlers) {
  const { action, error, sending } = state;
  return html`<form novalidate @submit=${on.submit}>
    <h3 id="dialog-title">${text(lang, `act.${action}` as InboxMessageKey)}</h3>
    ${action === 'INCOMPLETE' ? html`<p class="muted">${text(lang, 'incompleteHint')}</p>` : nothing}
    ${renderFields(lang, action, error !== null)}
    ${error ? html`<p id="dialog-error" class="error" role="alert">${error}</p>` : nothing}
    <div class="buttons">
      <button type="submit" class="primary" ?disabled=${sending}>
        ${sending ? text(lang, 'sending') : text(lang, 'confirm')}
      </button>
      <button type="button" @click=${on.cancel}>${text(lang, 'cancel')}</button>
    </div>
  </form>`;
}

function renderFields(lang: Lang, action: ActionKey, invalid: boolean) {
  if (action === 'SCHEDULE_JURY') {
    return html`<div class="fields">
      <label for="jury-date">${text(lang, 'juryDate')}</label>
      <input id="jury-date" name="date" type="date" required autofocus />
      <label for="jury-time">${text(lang, 'juryTime')}</label>
      <input id="jury-time" name="time" type="time" />
      <label for="jury-place">${text(lang, 'juryPlace')}</label>
      <input id="jury-place" name="place" type="text" maxlength="500" />
    </div>`;
  }
  if (action === 'RECORD_JURY_RESULT') {
    return html`<div class="fields">
      <label for="jury-result">${text(lang, 'juryResult')}</label>
      <select id="jury-result" name="result" autofocus>
        ${JURY_RESULTS.map(
          (result) =>
            html`<option value=${result}>${text(lang, `result.${result}` as InboxMessageKey)}</option>`,
        )}
      </select>
    </div>`;
  }
  const required = REASON_REQUIRED.includes(action);
  return html`<div class="fields">
    <label for="comment">${text(lang, required ? 'reason' : 'comment')}</label>
    <textarea
      id="comment"
      name="comment"
      rows="4"
      maxlength="4000"
      ?required=${required}
      aria-invalid=${required && invalid ? 'true' : 'false'}
      autofocus
    ></textarea>
  </div>`;
}
