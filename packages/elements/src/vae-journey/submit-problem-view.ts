import { html, nothing } from 'lit';
import { ApiProblem } from '../shared/api-problem.js';
import type { Lang } from '../shared/lang.js';
import { partnerRefusal, type RefusalHost } from '../shared/partner-refusal.js';
import { text } from './messages.js';
import type { SubmitOutcome } from './submit-candidacy.js';

export type SubmitProblem = Exclude<SubmitOutcome, { kind: 'created' }>;

/** Why the candidacy was not created, above the buttons (the data stays in the form). */
export function renderSubmitProblem(lang: Lang, problem: SubmitProblem, host: RefusalHost) {
  switch (problem.kind) {
    case 'retryable':
      return html`<p class="alert" part="alert" role="alert">
        ${text(lang, problem.network ? 'submit.network' : 'submit.server')}</p>`;
    case 'refused':
      // The partner key or the origin: the shared notice says the service is not available here.
      return (
        partnerRefusal(host, lang, new ApiProblem(problem.problem), 'alert') ??
        html`<p class="alert" part="alert" role="alert">${text(lang, 'submit.refused')}</p>`
      );
    case 'invalid':
      return html`<div class="alert" part="alert" role="alert">
        <p>${text(lang, 'submit.invalid')} ${problem.detail}</p>
        ${
          problem.errors.length
            ? html`<ul>${problem.errors.map((error) => html`<li>${error.message}</li>`)}</ul>`
            : nothing
        }
      </div>`;
    case 'ineligible':
      return html`<div class="alert" part="alert" role="alert">
        <h3>${text(lang, 'submit.ineligible')}</h3>
        <p>${text(lang, 'submit.ineligibleIntro')}</p>
        <ul>${problem.reasons.map((reason) => html`<li data-code=${reason.code}>${reason.text[lang]}</li>`)}</ul>
      </div>`;
  }
}
