import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../shared/lang.js';
import { LOCALES } from '../shared/lang.js';
import { statusPhase } from '../vae-status-badge/status-phase.js';
import { nextKey, PHASE_TITLES, text } from './messages.js';
import { type HistoryEntry, type PhaseItem, type Timeline, timelineOf } from './timeline.js';
import type { TrackerView } from './tracker-api.js';

type Label = { fr: string; en: string };

/**
 * The candidacy as the candidate reads it: where it stands, what comes next (with `action`, what
 * the candidate may do about it), the stages, who to call.
 */
export function renderDossier(
  lang: Lang,
  view: TrackerView,
  action: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  const timeline = timelineOf(view);
  const t = (key: Parameters<typeof text>[1], params?: Record<string, string>) =>
    text(lang, key, params);
  const next = nextKey(view.step, view.accompanimentType === 'AUTONOME');
  return html`
    <div class="stack">
      <section class="panel stack" part="summary" aria-labelledby="summary-title">
        <h3 id="summary-title" tabindex="-1">${t('currentStatus')}</h3>
        ${
          view.certification.label
            ? html`<p>
              <span class="muted">${t('certification')}</span><br />
              ${view.certification.label} (${view.certification.code})
            </p>`
            : nothing
        }
        <p>
          <span class="badge" part="status" data-phase=${badgePhase(view)}
            >${(view.stepLabel as Label)[lang]}</span
          >
        </p>
        ${renderClosure(lang, view, timeline)}
        <p class="muted">${t('updatedAt', { date: formatTimestamp(lang, view.updatedAt) })}</p>
      </section>
      ${
        next
          ? html`<section class="panel stack" part="next" aria-labelledby="next-title">
            <h3 id="next-title">${t('next')}</h3>
            <p>${t(next)}</p>
            ${action}
          </section>`
          : nothing
      }
      <section aria-labelledby="steps-title" class="stack">
        <h3 id="steps-title">${t('steps')}</h3>
        <ol class="timeline" part="timeline">
          ${timeline.phases.map((item) => renderStage(lang, view, item))}
        </ol>
      </section>
      ${renderContacts(lang, view)}
    </div>
  `;
}

function renderClosure(lang: Lang, view: TrackerView, timeline: Timeline) {
  if (!timeline.closed) return nothing;
  const reason = view.abandonment?.reason;
  return html`
    ${
      timeline.reached
        ? html`<p>${text(lang, 'closedAt', { label: timeline.reached.label[lang] })}</p>`
        : nothing
    }
    ${reason ? html`<p>${text(lang, 'abandonReason', { reason })}</p>` : nothing}
  `;
}

const STATE_KEYS = {
  done: 'stepDone',
  current: 'stepCurrent',
  stopped: 'stepStopped',
  upcoming: 'stepUpcoming',
} as const;

function renderStage(lang: Lang, view: TrackerView, item: PhaseItem) {
  const marked = item.state === 'current' || item.state === 'stopped';
  const comments = item.phase === 'feasibility' ? feasibilityComments(view) : new Map();
  const entries = item.entries.map((entry) => renderEntry(lang, entry, comments));
  return html`
    <li
      class="stage"
      part="stage"
      data-phase=${item.phase}
      data-state=${item.state}
      aria-current=${marked ? 'step' : nothing}
    >
      <span class="stage-title">${text(lang, PHASE_TITLES[item.phase])}</span>
      <span class="stage-state">(${text(lang, STATE_KEYS[item.state])})</span>
      ${entries.length > 0 ? html`<ul class="entries">${entries}</ul>` : nothing}
      ${renderStageDetails(lang, view, item, comments)}
    </li>
  `;
}

/** The certificateur's comments on the feasibility dossier, by the time of their decision. */
function feasibilityComments(view: TrackerView): Map<string, string> {
  const comments = new Map<string, string>();
  for (const row of view.feasibility?.history ?? []) {
    if (row.comment) comments.set(row.at, row.comment);
  }
  return comments;
}

/** A status change, with the comment of the decision that made it (then shown there only). */
function renderEntry(lang: Lang, entry: HistoryEntry, comments: Map<string, string>) {
  const comment = comments.get(entry.at);
  comments.delete(entry.at);
  return html`<li>
    <time datetime=${entry.at}>${formatTimestamp(lang, entry.at)}</time> — ${entry.label[lang]}
    ${comment ? html`<p class="comment">${text(lang, 'comment', { comment })}</p>` : nothing}
  </li>`;
}

/** What belongs to a stage besides its status changes: comments, the jury session. */
function renderStageDetails(
  lang: Lang,
  view: TrackerView,
  item: PhaseItem,
  unplacedComments: Map<string, string>,
) {
  if (item.state === 'upcoming') return nothing;
  const lines: TemplateResult[] = [];
  for (const comment of unplacedComments.values()) {
    lines.push(html`<p class="comment">${text(lang, 'comment', { comment })}</p>`);
  }
  const dossierComment = view.validationDossier?.comment;
  if (item.phase === 'validation' && dossierComment) {
    lines.push(html`<p class="comment">${text(lang, 'comment', { comment: dossierComment })}</p>`);
  }
  if (item.phase === 'jury' && view.jury) {
    const { date, time, place, resultLabel } = view.jury;
    const day = formatDay(lang, date);
    const when = time ? text(lang, 'juryAt', { date: day, time }) : day;
    lines.push(html`<p>${text(lang, 'jurySession', { when })}</p>`);
    if (place) lines.push(html`<p>${text(lang, 'juryPlace', { place })}</p>`);
    if (resultLabel) {
      lines.push(
        html`<p><strong>${text(lang, 'juryResult', { result: (resultLabel as Label)[lang] })}</strong></p>`,
      );
    }
  }
  return lines.length > 0 ? html`<div class="details">${lines}</div>` : nothing;
}

function renderContacts(lang: Lang, view: TrackerView) {
  const { aap, certificateur } = view;
  if (!aap && !certificateur) return nothing;
  return html`
    <section class="stack" part="contacts" aria-labelledby="contacts-title">
      <h3 id="contacts-title">${text(lang, 'contacts')}</h3>
      <div class="contacts">
        ${
          aap
            ? html`<div class="panel" part="contact">
              <p class="muted">${text(lang, 'aap')}</p>
              <p><strong>${aap.name}</strong></p>
              ${
                aap.address
                  ? html`<p>${aap.address}${aap.postalCode ? `, ${aap.postalCode}` : ''}
                  ${aap.commune ?? ''}</p>`
                  : nothing
              }
              ${renderEmail(lang, aap.email)} ${renderPhone(lang, aap.phone)}
              ${
                aap.website
                  ? html`<p><a href=${aap.website} rel="noopener">${text(lang, 'website')}</a></p>`
                  : nothing
              }
            </div>`
            : nothing
        }
        ${
          certificateur
            ? html`<div class="panel" part="contact">
              <p class="muted">${text(lang, 'certificateur')}</p>
              <p><strong>${certificateur.name}</strong></p>
              ${renderEmail(lang, certificateur.email)}
            </div>`
            : nothing
        }
      </div>
    </section>
  `;
}

function renderEmail(lang: Lang, email: string | null | undefined) {
  return email
    ? html`<p>${text(lang, 'email')} <a href=${`mailto:${email}`}>${email}</a></p>`
    : nothing;
}

function renderPhone(lang: Lang, phone: string | null | undefined) {
  return phone
    ? html`<p>${text(lang, 'phone')} <a href=${`tel:${phone.replace(/[^\d+]/g, '')}`}>${phone}</a></p>`
    : nothing;
}

/** The colour of the step's label, as <vae-status-badge> colours statuses. */
function badgePhase(view: TrackerView) {
  switch (view.step) {
    case 'FULL_SUCCESS':
    case 'PARTIAL_SUCCESS':
      return 'positive';
    case 'FAILURE':
    case 'DID_NOT_ATTEND':
      return 'negative';
    case 'ABANDONED':
    case 'ABANDONMENT_DECLARED':
      return 'archived';
    case 'JURY_SCHEDULED':
    case 'JURY_AWAITING_RESULT':
      return 'in-progress';
    default:
      return statusPhase(view.step);
  }
}

// Intl formatters are costly to build and a dossier shows many dates: one per language.
const timestampFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A moment of the history, as the day it was in Paris (where the API keeps its calendar). */
export function formatTimestamp(lang: Lang, iso: string): string {
  let format = timestampFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], {
      dateStyle: 'long',
      timeZone: 'Europe/Paris',
    });
    timestampFormats.set(lang, format);
  }
  return format.format(new Date(iso));
}

/** A calendar day (`2026-03-12`), shown as such whatever the reader's time zone. */
function formatDay(lang: Lang, day: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(new Date(`${day}T12:00:00Z`));
}
