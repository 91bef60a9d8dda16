import { html } from 'lit';
import type { Lang } from '../shared/lang.js';
import { text } from './messages.js';
import { answerText, questionText } from './question-fields.js';
import type { Draft, StepId } from './questions.js';

export interface SummaryView {
  readonly steps: readonly StepId[];
  readonly draft: Draft;
  readonly lang: Lang;
  readonly onChange: (step: StepId) => void;
}

/** Every question with its answer, each with a button to change it, before the result. */
export function renderSummary({ steps, draft, lang, onChange }: SummaryView) {
  return html`<h2 class="step-heading" id="step-heading" tabindex="-1">
      ${text(lang, 'summary.title')}
    </h2>
    <dl class="summary" part="summary">
      ${steps.map(
        (step) =>
          html`<div class="summary-row" data-step=${step}>
            <dt>${questionText(step, lang)}</dt>
            <dd>${answerText(step, draft, lang)}</dd>
            <dd class="summary-change">
              <button
                type="button"
                class="link-button"
                @click=${() => onChange(step)}
              >
                ${text(lang, 'summary.change')}<span class="visually-hidden">
                  : ${questionText(step, lang)}</span
                >
              </button>
            </dd>
          </div>`,
      )}
    </dl>`;
}
