import {
  CandidacyStatus,
  EligibilityOutcome,
  ExperienceDuration,
  RecevabiliteSituation,
  Typology,
} from '@vae/core';
import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import { formatDay, formatMoment, fullName } from './format.js';
import { AAP_ACTIONS, type AapAction, type CandidacyView } from './inbox-api.js';
import { text } from './messages.js';

export interface PanelHandlers {
  close: () => void;
  act: (action: AapAction, trigger: HTMLButtonElement) => void;
}

export interface Notice {
  kind: 'done' | 'error';
  text: string;
}

/** The actions the server allows the AAP now, among those the element can send. */
export function aapActionsOf(view: CandidacyView): AapAction[] {
  return view.allowedEvents.filter((event): event is AapAction => event in AAP_ACTIONS);
}

/**
 * One candidacy: where it stands and what the AAP can do now (first, in view however long the
 * rest), then identity and contact, eligibility, history and documents.
 */
export function renderPanel(
  lang: Lang,
  view: CandidacyView,
  notice: Notice | null,
  on: PanelHandlers,
) {
  const name = fullName(view.candidate);
  const actions = aapActionsOf(view);
  const none = text(lang, 'none');
  return html`
    <section class="panel stack" part="panel" aria-labelledby="panel-title">
      <div class="panel-head">
        <h3 id="panel-title" tabindex="-1">${text(lang, 'panelTitle', { name })}</h3>
        <button type="button" @click=${on.close}>${text(lang, 'close')}</button>
      </div>
      <p class="notice" data-kind=${notice?.kind ?? 'done'} role="alert">${notice?.text ?? ''}</p>
      <dl>
        <dt>${text(lang, 'currentStatus')}</dt>
        <dd><strong>${CandidacyStatus.labels[view.status][lang]}</strong></dd>
        <dt>${text(lang, 'colCertification')}</dt>
        <dd>${view.certification.label ?? ''} (${view.certification.code})</dd>
      </dl>
      <h4>${text(lang, 'actions')}</h4>
      ${
        actions.length
          ? html`<div class="actions" part="actions">
              ${actions.map(
                (action) => html`
                  <button
                    type="button"
                    data-action=${action}
                    @click=${(event: Event) => on.act(action, event.currentTarget as HTMLButtonElement)}
                  >
                    ${text(lang, `act${action}`)}
                  </button>
                `,
              )}
            </div>`
          : html`<p class="muted">${text(lang, 'noActions')}</p>`
      }
      <h4>${text(lang, 'identity')}</h4>
      <dl>
        <dt>${text(lang, 'colCandidate')}</dt>
        <dd>${name}</dd>
        <dt>${text(lang, 'email')}</dt>
        <dd><a href="mailto:${view.candidate.email}">${view.candidate.email}</a></dd>
        <dt>${text(lang, 'phone')}</dt>
        <dd>${view.candidate.phone ?? none}</dd>
        <dt>${text(lang, 'department')}</dt>
        <dd>${view.candidate.department ?? none}</dd>
      </dl>
      ${renderEligibility(lang, view)}
      <h4>${text(lang, 'history')}</h4>
      <ol>
        ${view.history.map(
          (row) =>
            html`<li><time datetime=${row.at}>${formatMoment(lang, row.at)}</time> — ${row.label[lang]}</li>`,
        )}
      </ol>
      ${renderDocuments(lang, view)}
    </section>
  `;
}

interface EligibilityVerdict {
  outcome?: string;
  path?: { label?: Record<Lang, string> } | null;
  reasons?: { text?: Record<Lang, string> }[];
}

/** The verdict the candidate got when applying, and the answers it was computed from. */
function renderEligibility(lang: Lang, view: CandidacyView) {
  const verdict = (view.eligibility ?? {}) as EligibilityVerdict;
  return html`
    <h4>${text(lang, 'eligibility')}</h4>
    <dl>
      <dt>${text(lang, 'typology')}</dt>
      <dd>${labelOf(Typology.labels, view.typology, lang)}</dd>
      <dt>${text(lang, 'outcome')}</dt>
      <dd>${labelOf(EligibilityOutcome.labels, verdict.outcome, lang)}</dd>
      ${verdict.path?.label ? html`<dt>${text(lang, 'path')}</dt><dd>${verdict.path.label[lang]}</dd>` : nothing}
    </dl>
    ${
      verdict.reasons?.length
        ? html`<ul>${verdict.reasons.map((reason) => html`<li>${reason.text?.[lang] ?? ''}</li>`)}</ul>`
        : nothing
    }
    ${renderAnswers(lang, view.eligibilityAnswers)}
  `;
}

/** The answers exactly as submitted (the server sends only the questionnaire's fields). */
function renderAnswers(lang: Lang, answers: CandidacyView['eligibilityAnswers']) {
  const none = text(lang, 'none');
  const { experience, recevabilite, dossiersFiledThisYear: filed } = answers;
  const experienceText = !experience
    ? none
    : experience.inDirectRelation
      ? labelOf(ExperienceDuration.labels, experience.duration, lang)
      : text(lang, 'experienceNone');
  const recevabiliteText = recevabilite
    ? [
        labelOf(RecevabiliteSituation.labels, recevabilite.situation, lang),
        recevabilite.validUntil
          ? text(lang, 'validUntil', { date: formatDay(lang, recevabilite.validUntil) })
          : '',
      ]
        .filter(Boolean)
        .join(', ')
    : none;
  const yesNo = (value: boolean | null) =>
    value === null ? none : text(lang, value ? 'yes' : 'no');
  return html`
    <h4>${text(lang, 'answers')}</h4>
    <dl class="answers">
      <dt>${text(lang, 'typology')}</dt>
      <dd>${labelOf(Typology.labels, answers.typology, lang) || none}</dd>
      <dt>${text(lang, 'experience')}</dt>
      <dd>${experienceText}</dd>
      <dt>${text(lang, 'recevabilite')}</dt>
      <dd>${recevabiliteText}</dd>
      <dt>${text(lang, 'dossiersThisYear')}</dt>
      <dd>${filed ? text(lang, 'dossiersCount', { this: filed.forThisCertification, other: filed.forOtherCertifications }) : none}</dd>
      <dt>${text(lang, 'department')}</dt>
      <dd>${answers.department ?? none}</dd>
      ${
        answers.employerReadyForContratPro === null
          ? nothing
          : html`<dt>${text(lang, 'employerReady')}</dt><dd>${yesNo(answers.employerReadyForContratPro)}</dd>`
      }
    </dl>
  `;
}

function renderDocuments(lang: Lang, view: CandidacyView) {
  if (!view.documents.length) return nothing;
  return html`
    <h4>${text(lang, 'documents')}</h4>
    <ul>
      ${view.documents.map(
        (doc) =>
          html`<li>${doc.fileName} — <time datetime=${doc.uploadedAt}>${formatDay(lang, doc.uploadedAt)}</time></li>`,
      )}
    </ul>
  `;
}

/** The label of a vocabulary value, or the value itself if the vocabulary does not know it. */
function labelOf(
  labels: Readonly<Record<string, Record<Lang, string>>>,
  value: unknown,
  lang: Lang,
) {
  const key = String(value ?? '');
  return labels[key]?.[lang] ?? key;
}
