import { html } from 'lit';
import type { Lang } from '../shared/lang.js';
import type { Accompaniment } from './journey-state.js';
import { type JourneyMessageKey, text } from './messages.js';

/** With an AAP or autonomous: a native radio group, each option with what it means. */
export function renderAccompanimentChoice(
  lang: Lang,
  chosen: Accompaniment | null,
  onChoose: (accompaniment: Accompaniment) => void,
) {
  const option = (value: Accompaniment, label: JourneyMessageKey, hint: JourneyMessageKey) =>
    html`<div class="choice">
      <input type="radio" id="accompaniment-${value}" name="accompaniment" .value=${value}
        .checked=${chosen === value} aria-describedby="accompaniment-${value}-hint"
        @change=${() => onChoose(value)} />
      <label for="accompaniment-${value}">${text(lang, label)}</label>
      <span class="hint" id="accompaniment-${value}-hint">${text(lang, hint)}</span>
    </div>`;
  return html`<fieldset class="accompaniment">
    <legend class="vh">${text(lang, 'heading.accompaniment')}</legend>
    ${option('ACCOMPAGNE', 'accompanied', 'accompaniedHint')}
    ${option('AUTONOME', 'autonomous', 'autonomousHint')}
  </fieldset>`;
}
