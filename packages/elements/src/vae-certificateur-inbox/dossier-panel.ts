import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import { type ActionKey, actionsOf, resultNotYetOn } from './dossier-actions.js';
import type { DossierView } from './inbox-api.js';
import { formatDay, type InboxMessageKey, text } from './messages.js';

type DocumentRow = DossierView['documents'][number];

/** The document shown inline: the latest main file of the dossier the certificateur is on. */
export function defaultDocument(view: DossierView): DocumentRow | null {
  const kind = view.validationDossier ? 'validation' : 'feasibility';
  const mains = view.documents.filter((doc) => doc.dossier === kind && doc.role === 'main');
  return mains.reduce<DocumentRow | null>(
    (latest, doc) => (!latest || doc.uploadedAt > latest.uploadedAt ? doc : latest),
    null,
  );
}

export interface ViewerState {
  documentId: string;
  url: string | null;
  error: string | null;
}

export interface NoticeState {
  tone: 'success' | 'warning';
  text: string;
}

export interface DossierHandlers {
  back: () => void;
  show: (documentId: string) => void;
  act: (action: ActionKey, opener: HTMLElement) => void;
  viewerLoaded: () => void;
}

/** One candidacy as the certificateur works on it: who, what, the PDF, the history, the acts. */
export function renderDossier(
  lang: Lang,
  view: DossierView,
  viewer: ViewerState | null,
  notice: NoticeState | null,
  on: DossierHandlers,
) {
  const name = `${view.candidate.givenName} ${view.candidate.familyName}`;
  const certification = view.certification.label
    ? `${view.certification.label} (${view.certification.code})`
    : view.certification.code;
  const item = (label: InboxMessageKey, value: string | null | undefined) =>
    value ? html`<div><dt>${text(lang, label)}</dt><dd>${value}</dd></div>` : nothing;
  return html`<article part="dossier" class="dossier" aria-labelledby="dossier-title">
    <button type="button" class="back" @click=${on.back}>← ${text(lang, 'back')}</button>
    <h3 id="dossier-title" tabindex="-1">${text(lang, 'dossier', { name })}</h3>
    ${
      notice
        ? html`<p class="notice" data-tone=${notice.tone} role=${notice.tone === 'warning' ? 'alert' : 'status'}>
            ${notice.text}
          </p>`
        : nothing
    }
    <dl class="facts">
      ${item('certification', certification)} ${item('status', view.statusLabel[lang])}
      ${item('department', view.candidate.department)} ${item('email', view.candidate.email)}
      ${item('phone', view.candidate.phone)}
    </dl>
    <div class="columns">
      ${renderViewer(lang, view, viewer, on.viewerLoaded)}
      <div class="side">
        ${renderActions(lang, view, on)} ${renderJury(lang, view)}
        ${renderDocuments(lang, view, viewer, on)} ${renderHistory(lang, view)}
      </div>
    </div>
  </article>`;
}

function renderViewer(
  lang: Lang,
  view: DossierView,
  viewer: ViewerState | null,
  loaded: () => void,
) {
  const doc = view.documents.find((one) => one.id === viewer?.documentId);
  if (!viewer || !doc) return html`<p class="viewer muted">${text(lang, 'noDocument')}</p>`;
  const title = text(lang, 'viewer', { name: doc.fileName });
  let body = html`<p class="muted" role="status">${text(lang, 'pdfLoading')}</p>`;
  if (viewer.error) body = html`<p class="error" role="alert">${viewer.error}</p>`;
  else if (viewer.url) {
    body = html`<iframe part="viewer" title=${title} src=${viewer.url} @load=${loaded}></iframe>
      <a href=${viewer.url} download=${doc.fileName}>${text(lang, 'download')} ${doc.fileName}</a>`;
  }
  return html`<section class="viewer" aria-label=${title}>${body}</section>`;
}

function renderActions(lang: Lang, view: DossierView, on: DossierHandlers) {
  const actions = actionsOf(view);
  const notYet = resultNotYetOn(view);
  const button = (action: ActionKey) => html`<button
    type="button"
    class=${action === 'INCOMPLETE' || action === 'REJECTED' || action === 'VALIDATION_INCOMPLETE' ? '' : 'primary'}
    data-action=${action}
    @click=${(event: Event) => on.act(action, event.currentTarget as HTMLElement)}
  >
    ${text(lang, `act.${action}` as InboxMessageKey)}
  </button>`;
  return html`<section part="actions" class="actions" aria-labelledby="actions-title">
    <h4 id="actions-title">${text(lang, 'actions')}</h4>
    ${actions.length === 0 && !notYet ? html`<p class="muted">${text(lang, 'noAction')}</p>` : nothing}
    <div class="buttons">
      ${actions.map(button)}
      ${
        notYet
          ? html`<button
              type="button"
              data-action="RECORD_JURY_RESULT"
              aria-disabled="true"
              aria-describedby="result-not-yet"
            >
              ${text(lang, 'act.RECORD_JURY_RESULT')}
            </button>`
          : nothing
      }
    </div>
    ${
      notYet
        ? html`<p id="result-not-yet" class="muted">
            ${text(lang, 'resultNotYet', { date: formatDay(lang, notYet) })}
          </p>`
        : nothing
    }
  </section>`;
}

function renderJury(lang: Lang, view: DossierView) {
  const jury = view.jury;
  if (!jury) return nothing;
  const date = formatDay(lang, jury.date);
  const when = jury.time ? text(lang, 'juryAt', { date, time: jury.time }) : date;
  return html`<section aria-labelledby="jury-title">
    <h4 id="jury-title">${text(lang, 'jury')}</h4>
    <p>${text(lang, 'juryWhen', { when })}</p>
    ${jury.place ? html`<p>${text(lang, 'juryPlaceLine', { place: jury.place })}</p>` : nothing}
    ${
      jury.result
        ? html`<p>${text(lang, 'juryResultLine', { result: text(lang, `result.${jury.result}` as InboxMessageKey) })}</p>`
        : nothing
    }
  </section>`;
}

function renderDocuments(
  lang: Lang,
  view: DossierView,
  viewer: ViewerState | null,
  on: DossierHandlers,
) {
  if (view.documents.length === 0) return nothing;
  return html`<section aria-labelledby="documents-title">
    <h4 id="documents-title">${text(lang, 'documents')}</h4>
    <ul class="documents">
      ${view.documents.map(
        (doc) => html`<li>
          <button
            type="button"
            class="link"
            aria-current=${doc.id === viewer?.documentId ? 'true' : 'false'}
            @click=${() => on.show(doc.id)}
          >
            ${text(lang, 'show', { name: doc.fileName })}
          </button>
          <span class="muted">
            (${text(lang, `dossier_${doc.dossier}` as InboxMessageKey)}, ${formatDay(lang, doc.uploadedAt)})
          </span>
        </li>`,
      )}
    </ul>
  </section>`;
}

function renderHistory(lang: Lang, view: DossierView) {
  const decisions = view.feasibility?.history ?? [];
  return html`<section aria-labelledby="history-title">
    <h4 id="history-title">${text(lang, 'history')}</h4>
    <ol class="history">
      ${[...view.history]
        .reverse()
        .map(
          (row) =>
            html`<li><span>${row.label[lang]}</span> <span class="muted">${formatDay(lang, row.at)}</span></li>`,
        )}
    </ol>
    ${
      decisions.length
        ? html`<h4>${text(lang, 'decisions')}</h4>
            <ol class="history">
              ${[...decisions].reverse().map(
                (row) => html`<li>
                  <span>${text(lang, `decision.${row.decision}` as InboxMessageKey)}</span>
                  <span class="muted">${formatDay(lang, row.at)}</span>
                  ${row.comment ? html`<q>${row.comment}</q>` : nothing}
                </li>`,
              )}
            </ol>`
        : nothing
    }
  </section>`;
}
