import {
  CONTRAT_PRO_VAE_CAPS,
  ContratProVaeCostComponent,
  type ContratProVaeFundingEstimate,
  type ContratProVaeFundingInput,
  ContratProVaeFundingInputSchema,
  estimateContratProVaeFunding,
} from '@vae/core';
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { Lang } from '../shared/lang.js';
import { type FieldError, renderErrorSummary } from './error-summary.js';
import { estimateText } from './estimate-messages.js';

export { estimateStyles } from './estimate-styles.js';

import { renderEstimateTable, TABLE_ID } from './estimate-table.js';
import { formatEuros } from './euros.js';

type Component = ContratProVaeCostComponent;
type AmountKind = 'requested' | 'public';

const DURATION_ID = 'estimate-duration';
const SUMMARY_ID = 'estimate-errors';
const amountId = (kind: AmountKind, component: Component) => `estimate-${kind}-${component}`;
const COMPONENTS = ContratProVaeCostComponent.values;

/** `1 500,50 €`, `1500.5`, `2 000` → cents; '' → 0; anything else → null. */
export function parseEuroCents(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (compact === '') return 0;
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/**
 * The contrat de professionnalisation + VAE estimate offered to a job seeker whose employer is
 * ready to hire: a small form (duration, planned costs, public funding already received) and the
 * table that `estimateContratProVaeFunding` of @vae/core computes, in the browser (the API's
 * `/funding/contrat-pro-vae/estimate` runs the same function). Kept apart so the questionnaire's
 * class keeps to the questions.
 */
export class ContratProEstimate {
  readonly #host: ReactiveControllerHost & Element;
  #values = new Map<string, string>();
  #errors: FieldError[] = [];
  #estimate: ContratProVaeFundingEstimate | undefined;
  #lang: Lang = 'fr';

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
  }

  /** Forgets everything (a new result was computed). */
  reset(): void {
    this.#values = new Map();
    this.#errors = [];
    this.#estimate = undefined;
  }

  render(lang: Lang) {
    this.#lang = lang;
    const publicOpen = COMPONENTS.some(
      (c) => this.#values.get(amountId('public', c)) || this.#hasError(amountId('public', c)),
    );
    return html`<section class="estimate" part="estimate" aria-labelledby="estimate-title">
      <h3 id="estimate-title">${estimateText(lang, 'title')}</h3>
      <p>
        ${estimateText(lang, 'intro', {
          cap: formatEuros(lang, CONTRAT_PRO_VAE_CAPS.annualTotalCents),
        })}
      </p>
      <form novalidate @submit=${this.#submit}>
        ${renderErrorSummary(
          estimateText(lang, 'errorSummary', { count: this.#errors.length }),
          SUMMARY_ID,
          this.#errors,
        )}
        ${this.#renderInput(
          DURATION_ID,
          estimateText(lang, 'duration'),
          estimateText(lang, 'durationHint', {
            max: CONTRAT_PRO_VAE_CAPS.maxDurationMonths,
          }),
          'numeric',
        )}
        <fieldset class="amounts">
          <legend>${estimateText(lang, 'costs')}</legend>
          ${COMPONENTS.map((c) => this.#renderAmount('requested', c))}
        </fieldset>
        <details ?open=${publicOpen}>
          <summary>${estimateText(lang, 'public')}</summary>
          <fieldset class="amounts">
            <legend class="visually-hidden">${estimateText(lang, 'public')}</legend>
            ${COMPONENTS.map((c) => this.#renderAmount('public', c))}
          </fieldset>
        </details>
        <div class="actions">
          <button type="submit" class="button primary" part="button primary-button">
            ${estimateText(lang, 'submit')}
          </button>
        </div>
      </form>
      ${this.#estimate ? renderEstimateTable(lang, this.#estimate) : nothing}
    </section>`;
  }

  #renderAmount(kind: AmountKind, component: Component) {
    return this.#renderInput(
      amountId(kind, component),
      ContratProVaeCostComponent.label(component, this.#lang),
      undefined,
      'decimal',
    );
  }

  #renderInput(id: string, label: string, hint: string | undefined, mode: string) {
    const error = this.#errors.find((e) => e.fieldId === id);
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].join(' ').trim();
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${error ? html`<p class="error-message" id="${id}-error">${error.text}</p>` : nothing}
      <input
        id=${id}
        class="text-input short"
        type="text"
        inputmode=${mode}
        autocomplete="off"
        .value=${this.#values.get(id) ?? ''}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${error ? 'true' : nothing}
        @input=${(e: Event) => this.#values.set(id, (e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #hasError(id: string): boolean {
    return this.#errors.some((e) => e.fieldId === id);
  }

  readonly #submit = (event: Event) => {
    event.preventDefault();
    const { input, errors } = this.#readForm();
    this.#errors = errors;
    this.#estimate = input ? estimateContratProVaeFunding(input) : undefined;
    this.#host.requestUpdate();
    // The table, or the errors, come right after the form: take the reader there.
    this.#focusAfterUpdate(errors.length > 0 ? SUMMARY_ID : TABLE_ID);
  };

  /** The form as the estimate takes it, or the errors to show (bounds come from the core schema). */
  #readForm(): { input?: ContratProVaeFundingInput; errors: FieldError[] } {
    const errors: FieldError[] = [];
    const amounts = (kind: AmountKind) => {
      const cents: Partial<Record<Component, number>> = {};
      for (const c of COMPONENTS) {
        const value = parseEuroCents(this.#values.get(amountId(kind, c)) ?? '');
        if (value === null) errors.push(...this.#fieldError(`${kind}.${c}`));
        else if (value > 0) cents[c] = value;
      }
      return cents;
    };
    const durationText = (this.#values.get(DURATION_ID) ?? '').trim();
    const input = {
      durationMonths: /^\d{1,3}$/.test(durationText) ? Number(durationText) : Number.NaN,
      requestedCents: amounts('requested'),
      publicFundingReceivedCents: amounts('public'),
    };
    const result = ContratProVaeFundingInputSchema['~standard'].validate(input);
    if (result instanceof Promise) throw new TypeError('The estimate schema must be synchronous');
    for (const issue of result.issues ?? []) {
      const path = (issue.path ?? []).map((s) => String(typeof s === 'object' ? s.key : s));
      const fieldErrors = this.#fieldError(path.join('.'));
      if (!errors.some((e) => e.fieldId === fieldErrors[0]?.fieldId)) errors.push(...fieldErrors);
    }
    return errors.length > 0 ? { errors } : { input, errors };
  }

  /** The error of the field a schema path names (`requestedCents.tutor`, `public.tutor`). */
  #fieldError(path: string): FieldError[] {
    const lang = this.#lang;
    if (path.startsWith('durationMonths')) {
      const max = CONTRAT_PRO_VAE_CAPS.maxDurationMonths;
      return [{ fieldId: DURATION_ID, text: estimateText(lang, 'error.duration', { max }) }];
    }
    const [head, component] = path.split('.');
    if (!ContratProVaeCostComponent.is(component)) return [];
    const kind: AmountKind =
      head === 'public' || head === 'publicFundingReceivedCents' ? 'public' : 'requested';
    const label = ContratProVaeCostComponent.label(component, lang);
    const field = kind === 'public' ? `${label} (${estimateText(lang, 'publicFunding')})` : label;
    return [
      {
        fieldId: amountId(kind, component),
        text: estimateText(lang, 'error.amount', { field }),
      },
    ];
  }

  #focusAfterUpdate(id: string) {
    void this.#host.updateComplete.then(() => {
      (this.#host.shadowRoot?.getElementById(id) as HTMLElement | null)?.focus();
    });
  }
}
