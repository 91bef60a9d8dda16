import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Lang } from '../shared/lang.js';
import { type JourneyStep, STEPS } from './journey-state.js';
import { text } from './messages.js';

/** "Étape 2 sur 5" and the list of steps, the current one marked `aria-current="step"`. */
export function renderProgress(lang: Lang, step: JourneyStep) {
  const current = STEPS.indexOf(step);
  const stateOf = (index: number) =>
    index < current ? 'done' : index === current ? 'current' : 'upcoming';
  return html`<div class="progress no-print" part="progress">
    <p class="progress-count">${text(lang, 'progress', { current: current + 1, total: STEPS.length })}</p>
    <ol aria-label=${text(lang, 'progressLabel')}>
      ${STEPS.map(
        (name, index) => html`<li class=${stateOf(index)}
          aria-current=${ifDefined(index === current ? 'step' : undefined)}>${text(lang, `step.${name}`)}</li>`,
      )}
    </ol>
  </div>`;
}
