import { ExperienceDuration, RecevabiliteSituation, Typology } from '@vae/core';
import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import { type QuestionnaireMessage, text } from './messages.js';
import { type Draft, FIELD_OF_STEP, OTHER_CERTIFICATION_COUNTS, type StepId } from './questions.js';

interface Choice {
  readonly value: string;
  readonly label: string;
}

/** Questions answered by typing; every other one is a group of radio buttons. */
const TEXT_STEPS = ['validUntil', 'department'] as const satisfies readonly StepId[];
type TextStep = (typeof TEXT_STEPS)[number];

const isTextStep = (step: StepId): step is TextStep =>
  (TEXT_STEPS as readonly StepId[]).includes(step);

const HINTS: Partial<Record<StepId, Extract<QuestionnaireMessage, `hint.${string}`>>> = {
  employerReady: 'hint.employerReady',
  experience: 'hint.experience',
  duration: 'hint.duration',
  recevabilite: 'hint.recevabilite',
  validUntil: 'hint.validUntil',
  filedThis: 'hint.filed',
  filedOther: 'hint.filed',
  department: 'hint.department',
};

/** The id of the control an error about this question links to (its first option, or its input). */
export function fieldIdOf(step: StepId): string {
  return isTextStep(step) ? `field-${step}` : `field-${step}-0`;
}

function yesNo(lang: Lang): Choice[] {
  return [
    { value: 'true', label: text(lang, 'yes') },
    { value: 'false', label: text(lang, 'no') },
  ];
}

function choicesOf(step: Exclude<StepId, TextStep>, lang: Lang): Choice[] {
  switch (step) {
    case 'typology':
      return Typology.values.map((value) => ({ value, label: Typology.label(value, lang) }));
    case 'duration':
      return ExperienceDuration.values.map((value) => ({
        value,
        label: ExperienceDuration.label(value, lang),
      }));
    case 'recevabilite':
      return RecevabiliteSituation.values.map((value) => ({
        value,
        label: RecevabiliteSituation.label(value, lang),
      }));
    case 'filedOther':
      return OTHER_CERTIFICATION_COUNTS.map((count) => ({
        value: String(count),
        label:
          count === 0
            ? text(lang, 'filedOther.0')
            : count === 3
              ? text(lang, 'filedOther.3')
              : String(count),
      }));
    default:
      return yesNo(lang);
  }
}

/** The answer to a question as its control holds it (`'true'`, `'2'`, `'SALARIE_PRIVE'`, text). */
export function fieldValue(step: StepId, draft: Draft): string {
  const value = draft[FIELD_OF_STEP[step]];
  return value === undefined ? '' : String(value);
}

/** The draft with the answer to one question set from its control's value. */
export function withAnswer(draft: Draft, step: StepId, value: string): Draft {
  const field = FIELD_OF_STEP[step];
  switch (step) {
    case 'employerReady':
    case 'experience':
    case 'filedThis':
      return { ...draft, [field]: value === 'true' };
    case 'filedOther':
      return { ...draft, [field]: Number(value) as Draft['filedForOtherCertifications'] };
    default:
      return { ...draft, [field]: value };
  }
}

/** The answer as the summary shows it. */
export function answerText(step: StepId, draft: Draft, lang: Lang): string {
  const value = fieldValue(step, draft);
  if (isTextStep(step)) return value;
  return choicesOf(step, lang).find((choice) => choice.value === value)?.label ?? '';
}

export function questionText(step: StepId, lang: Lang): string {
  return text(lang, `q.${step}`);
}

export interface QuestionView {
  readonly step: StepId;
  readonly draft: Draft;
  readonly lang: Lang;
  /** The message of the error on this question, if any. */
  readonly error: string | undefined;
  /** "Étape 2 sur 5". */
  readonly progress: string;
  readonly onAnswer: (value: string) => void;
}

/**
 * One question: a fieldset whose legend holds the step heading (radio buttons), or a labelled
 * text field under the heading. The heading takes the focus when the step is shown.
 */
export function renderQuestion(view: QuestionView) {
  const { step, lang, error } = view;
  const hintKey = HINTS[step];
  const hintId = hintKey ? `hint-${step}` : '';
  const errorId = error ? `error-${step}` : '';
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || nothing;
  const progress = html`<p class="progress" part="progress">${view.progress}</p>`;
  const hint = hintKey ? html`<p class="hint" id=${hintId}>${text(lang, hintKey)}</p>` : nothing;
  const errorText = error ? html`<p class="error-message" id=${errorId}>${error}</p>` : nothing;

  if (isTextStep(step)) {
    const id = fieldIdOf(step);
    return html`<div class="question ${error ? 'has-error' : ''}">
      ${progress}
      <h2 class="step-heading" id="step-heading" tabindex="-1">
        <label for=${id}>${questionText(step, lang)}</label>
      </h2>
      ${hint} ${errorText}
      <input
        id=${id}
        class="text-input ${step === 'department' ? 'short' : 'date'}"
        type="text"
        inputmode=${step === 'department' ? 'text' : 'numeric'}
        autocomplete="off"
        spellcheck="false"
        maxlength=${step === 'department' ? 3 : 10}
        .value=${fieldValue(step, view.draft)}
        aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : nothing}
        @input=${(event: Event) => view.onAnswer((event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  const current = fieldValue(step, view.draft);
  return html`<fieldset
    class="question ${error ? 'has-error' : ''}"
    aria-describedby=${describedBy}
  >
    <legend>
      ${progress}
      <h2 class="step-heading" id="step-heading" tabindex="-1">${questionText(step, lang)}</h2>
    </legend>
    ${hint} ${errorText}
    <div class="choices" part="choices">
      ${choicesOf(step, lang).map(
        (choice, index) =>
          html`<div class="choice">
            <input
              type="radio"
              id="field-${step}-${index}"
              name=${step}
              .value=${choice.value}
              .checked=${choice.value === current}
              aria-invalid=${error ? 'true' : nothing}
              @change=${() => view.onAnswer(choice.value)}
            />
            <label for="field-${step}-${index}">${choice.label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`;
}
