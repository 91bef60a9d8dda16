import {
  type EligibilityAnswers,
  type EligibilityContext,
  type EligibilityReason,
  type EligibilityResult,
  evaluateEligibility,
  parisDate,
} from '@vae/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../shared/lang.js';
import { resultText } from './result-messages.js';

export { checkAnswers, stepOfPath } from './answers-check.js';
export { resultStyles } from './result-styles.js';

// The verdict and its screen are loaded once the summary shows (the rules' texts, in two
// languages, are a good part of the element's weight and are not needed before).

/**
 * The verdict, by `evaluateEligibility` of @vae/core — the same code the server runs — on
 * today's date in Europe/Paris, as the server reckons it.
 */
export function evaluate(
  answers: EligibilityAnswers,
  certification: EligibilityContext['certification'],
): EligibilityResult {
  return evaluateEligibility(answers, { certification, today: parisDate(new Date()) });
}

export interface ResultView {
  readonly result: EligibilityResult;
  readonly lang: Lang;
  /** Where a public-sector employee is sent, and the text of that link. */
  readonly redirectUrl: string | undefined;
  readonly redirectLabel: string | undefined;
  /** Where an eligible person chooses an accompanying organism, if the host page says so. */
  readonly nextUrl: string | undefined;
  /** The contrat pro + VAE estimate, when it applies. */
  readonly estimate: TemplateResult | typeof nothing;
  readonly onEdit: () => void;
  readonly onRestart: () => void;
}

/**
 * The verdict in plain words, its reasons, the funding routes and the next step. A person
 * redirected to a counsellor gets the counsellor's contact and nothing to fill in: no account is
 * created for them.
 */
export function renderResult(view: ResultView) {
  const { result, lang } = view;
  const blocking = result.reasons.filter((reason) => reason.severity === 'blocking');
  const info = result.reasons.filter((reason) => reason.severity === 'info');
  return html`<div class="result" part="result" data-outcome=${result.outcome}>
    <h2 class="step-heading outcome" id="step-heading" tabindex="-1" part="outcome">
      ${resultText(lang, `outcome.${result.outcome}`)}
    </h2>
    ${result.path ? html`<p class="path">${result.path.label[lang]}</p>` : nothing}
    ${renderReasons(lang, 'result.why', blocking)}
    ${renderReasons(lang, 'result.goodToKnow', info)}
    ${
      result.funding.length > 0
        ? html`<section aria-labelledby="funding-title">
            <h3 id="funding-title">${resultText(lang, 'result.funding')}</h3>
            <ul class="funding" part="funding">
              ${result.funding.map(
                (route) =>
                  html`<li>
                    <strong>${route.name[lang]}</strong>
                    <span>${route.explanation[lang]}</span>
                  </li>`,
              )}
            </ul>
          </section>`
        : nothing
    }
    ${view.estimate}
    <section aria-labelledby="next-title" class="next" part="next-step">
      <h3 id="next-title">${resultText(lang, 'result.next')}</h3>
      <p>${resultText(lang, `next.${result.outcome}`)}</p>
      ${renderNextLink(view)}
    </section>
    <div class="actions">
      <button type="button" class="button secondary" part="button" @click=${view.onEdit}>
        ${resultText(lang, 'edit')}
      </button>
      <button type="button" class="button secondary" part="button" @click=${view.onRestart}>
        ${resultText(lang, 'restart')}
      </button>
    </div>
  </div>`;
}

function renderReasons(
  lang: Lang,
  title: 'result.why' | 'result.goodToKnow',
  reasons: readonly EligibilityReason[],
) {
  if (reasons.length === 0) return nothing;
  const id = `reasons-${title.slice(title.lastIndexOf('.') + 1)}`;
  return html`<section aria-labelledby=${id}>
    <h3 id=${id}>${resultText(lang, title)}</h3>
    <ul class="reasons" part="reasons">
      ${reasons.map((reason) => html`<li data-code=${reason.code}>${reason.text[lang]}</li>`)}
    </ul>
  </section>`;
}

function renderNextLink(view: ResultView) {
  const { result, lang } = view;
  if (result.outcome === 'REDIRECT_CONSEIL' && view.redirectUrl) {
    return html`<a class="button primary" part="button primary-button counselling-link" href=${view.redirectUrl}
      >${view.redirectLabel || resultText(lang, 'redirect.defaultLabel')}</a
    >`;
  }
  if (result.outcome === 'ELIGIBLE' && view.nextUrl) {
    return html`<a class="button primary" part="button primary-button next-link" href=${view.nextUrl}
      >${resultText(lang, 'next.link')}</a
    >`;
  }
  return nothing;
}
