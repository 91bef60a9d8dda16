import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { themeStyles } from '../shared/theme.js';
import { VaeElement } from '../shared/vae-element.js';
import type { AapSelectDetail } from '../vae-aap-picker/vae-aap-picker.js';
import type { DiplomaSelectDetail } from '../vae-diploma-search/vae-diploma-search.js';
import type { EligibilityCompleteDetail } from '../vae-eligibility-questionnaire/vae-eligibility-questionnaire.js';
import { renderAccompanimentChoice } from './accompaniment-choice.js';
import { renderConfirmation } from './confirmation-view.js';
import { ContactController } from './contact-controller.js';
import { renderContactFields } from './contact-form.js';
import {
  type Accompaniment,
  type CreatedCandidacy,
  clearState,
  initialState,
  type JourneyState,
  type JourneyStep,
  loadState,
  STEPS,
  saveState,
} from './journey-state.js';
import { type JourneyMessageKey, text } from './messages.js';
import { choicesKey, type JourneyPrefill, prefilledState } from './prefill.js';
import { renderProgress } from './progress-view.js';
import { type StepElement, StepLoader } from './step-loader.js';
import { journeyStyles } from './styles.js';
import { attemptFor, candidacyBody, submitCandidacy } from './submit-candidacy.js';
import { renderSubmitProblem, type SubmitProblem } from './submit-problem-view.js';

export interface JourneyStepDetail {
  step: JourneyStep;
}

/** Deliberately without the tracking code nor anything about the person. */
export interface CandidacyCreateDetail {
  id: string;
  status: string;
}

declare module '../shared/events.js' {
  interface VaeEventMap {
    'vae-journey-step': JourneyStepDetail;
    'vae-candidacy-create': CandidacyCreateDetail;
  }
}

/** The step element each step shows (loaded on demand). */
const STEP_ELEMENT: Partial<Record<JourneyStep, StepElement>> = {
  certification: 'vae-diploma-search',
  eligibility: 'vae-eligibility-questionnaire',
  accompaniment: 'vae-aap-picker',
  confirmation: 'vae-dossier-status',
};

/** Events of the step elements handled here and stopped: the answers are the candidate's own. */
const INNER_EVENTS = [
  'vae-diploma-select',
  'vae-eligibility-complete',
  'vae-eligibility-reset',
  'vae-aap-select',
];

/**
 * The whole candidate journey in one tag: find a diploma, check eligibility, choose how to be
 * accompanied (and the AAP when accompanied), give contact details and consent, send the
 * candidacy, then keep the tracking code and follow the live status. The accompaniment comes
 * before the contact details: an autonomous candidate has no AAP, so the picker is only shown
 * to those who want one. The journey survives a reload of the tab until the candidacy is sent
 * (sessionStorage; the social security number is never stored).
 *
 * A host page that chained the individual elements hands what was chosen there to `prefill`:
 * the journey then starts at the first step still missing, the earlier ones stay reachable
 * with Back.
 *
 * @summary The candidate journey, from the diploma to the sent candidacy.
 * @tag vae-journey
 *
 * @attr certification - RNCP code of a preselected certification: the journey starts at the
 *   eligibility questions.
 * @attr department - Preselected department (`69`, `2A`, `974`): the AAP search and the contact
 *   details start with it.
 * @attr privacy-url - The partner's privacy policy, linked from the consent.
 * @attr redirect-url - Where public-sector employees are sent (passed to the questionnaire).
 * @attr partner - The partner's publishable key (`pk_…`).
 * @attr api-base - Base URL of the vae-widgets server (default: where the script comes from).
 * @attr lang - `fr` (default) or `en`, or the closest `lang` of the page.
 *
 * @event {CustomEvent<JourneyStepDetail>} vae-journey-step - A step is shown: `{ step }`.
 * @event {CustomEvent<CandidacyCreateDetail>} vae-candidacy-create - The candidacy was created:
 *   `{ id, status }` (never the tracking code nor personal data).
 * @event {CustomEvent<VaeErrorDetail>} vae-error - A submission failed: `NETWORK_ERROR` (the
 *   candidate may retry) or `API_ERROR` (e.g. the partner key or origin was refused).
 *
 * @csspart progress - The list of steps.
 * @csspart heading - The heading of the current step.
 * @csspart step - The current step's content.
 * @csspart button - Every button; `primary-button` the main action of a step.
 * @csspart contact-fields - The contact fields.
 * @csspart consent - The consent checkbox and the privacy link.
 * @csspart privacy-link - The link to `privacy-url`.
 * @csspart alert - A submission error.
 * @csspart refusal - The partner key or the page's origin was refused: not available on this site.
 * @csspart tracking-code - The tracking code with its copy and print buttons.
 * @csspart recap - What was sent.
 *
 * @cssprop --vae-color-primary - Current step, buttons, links.
 * @cssprop --vae-color-danger - Errors.
 */
export class VaeJourney extends VaeElement {
  static override styles = [themeStyles, journeyStyles];

  static override properties = {
    ...VaeElement.properties,
    certification: {},
    department: {},
    privacyUrl: { attribute: 'privacy-url' },
    redirectUrl: { attribute: 'redirect-url' },
    prefill: { attribute: false },
    _state: { state: true, attribute: false },
    _stepError: { state: true, attribute: false },
    _submitting: { state: true, attribute: false },
    _problem: { state: true, attribute: false },
    _copyStatus: { state: true, attribute: false },
  };

  declare certification: string | undefined;
  declare department: string | undefined;
  declare privacyUrl: string | undefined;
  declare redirectUrl: string | undefined;
  /**
   * What a host page that chained the individual elements already knows, from their events:
   * `{ certification, eligibility, aap }` = the detail of `vae-diploma-select`, the detail of
   * `vae-eligibility-complete` (with its answers), and `organism` of `vae-aap-select`. The
   * journey starts at the first step still missing (the contact details when all three are
   * given), keeping the contact details typed so far. A property only. Setting it again with
   * the same choices changes nothing; a prefill without a certification is ignored.
   */
  declare prefill: JourneyPrefill | undefined;

  /** @internal */
  declare private _state: JourneyState;
  /** @internal */
  declare private _stepError: JourneyMessageKey | null;
  /** @internal */
  declare private _submitting: boolean;
  /** @internal */
  declare private _problem: SubmitProblem | null;
  /** @internal */
  declare private _copyStatus: '' | 'copied' | 'copyFailed';

  readonly #loader = new StepLoader(this);
  readonly #contact = new ContactController(this, {
    get: () => this._state.contact,
    set: (contact) => this.#update({ contact }),
  });
  /** The questionnaire answered on this page (after a reload, a recap stands in for it). */
  #answeredHere = false;
  #focusHeading = false;
  /** The choices of the prefill last applied: a host re-rendering with the same ones is a no-op. */
  #prefillKey = '';

  constructor() {
    super();
    this.certification = undefined;
    this.department = undefined;
    this.privacyUrl = undefined;
    this.redirectUrl = undefined;
    this.prefill = undefined;
    this._state = initialState();
    this._stepError = null;
    this._submitting = false;
    this._problem = null;
    this._copyStatus = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._state = loadState() ?? this.#presetState();
    this.renderRoot.addEventListener('vae-diploma-select', this.#onDiplomaSelect);
    this.renderRoot.addEventListener('vae-eligibility-complete', this.#onEligibilityComplete);
    this.renderRoot.addEventListener('vae-eligibility-reset', this.#onEligibilityReset);
    this.renderRoot.addEventListener('vae-aap-select', this.#onAapSelect);
    for (const name of INNER_EVENTS) this.renderRoot.addEventListener(name, stopAtJourney);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.renderRoot.removeEventListener('vae-diploma-select', this.#onDiplomaSelect);
    this.renderRoot.removeEventListener('vae-eligibility-complete', this.#onEligibilityComplete);
    this.renderRoot.removeEventListener('vae-eligibility-reset', this.#onEligibilityReset);
    this.renderRoot.removeEventListener('vae-aap-select', this.#onAapSelect);
    for (const name of INNER_EVENTS) this.renderRoot.removeEventListener(name, stopAtJourney);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('prefill')) this.#applyPrefill();
    if (changed.has('_state')) {
      const tag = STEP_ELEMENT[this._state.step];
      const needsPicker =
        this._state.step !== 'accompaniment' || this._state.accompaniment === 'ACCOMPAGNE';
      if (tag && needsPicker) this.#loader.load(tag);
    }
  }

  protected override firstUpdated(): void {
    this.emit('vae-journey-step', { step: this._state.step });
  }

  protected override updated(): void {
    if (!this.#focusHeading) return;
    this.#focusHeading = false;
    this.renderRoot.querySelector<HTMLElement>('#step-heading')?.focus();
  }

  protected override render() {
    const lang = this.language;
    const step = this._state.step;
    return html`
      ${renderProgress(lang, step)}
      <section class="step" part="step" aria-labelledby="step-heading" data-step=${step}>
        <h2 id="step-heading" part="heading" tabindex="-1">${text(lang, `heading.${step}`)}</h2>
        ${this.#renderStep()}
      </section>
    `;
  }

  #renderStep() {
    switch (this._state.step) {
      case 'certification':
        return this.#renderCertification();
      case 'eligibility':
        return this.#renderEligibility();
      case 'accompaniment':
        return this.#renderAccompaniment();
      case 'contact':
        return this.#renderContact();
      case 'confirmation':
        return renderConfirmation({
          lang: this.language,
          state: this._state,
          copyStatus: this._copyStatus,
          status: this.#renderLiveStatus(),
          onCopy: this.#copyTrackingCode,
          onRestart: this.#restart,
        });
    }
  }

  #renderCertification() {
    const lang = this.language;
    const chosen = this._state.certification;
    return html`
      ${this.#whenLoaded(
        'vae-diploma-search',
        html`<vae-diploma-search lang=${lang} partner=${ifDefined(this.partner)}
          api-base=${this.resolvedApiBase} value=${ifDefined(chosen?.rncpCode)}></vae-diploma-search>`,
      )}
      ${chosen ? html`<p class="chosen">${text(lang, 'chosenCertification', { label: chosen.label })}</p>` : nothing}
      ${this.#renderStepError()}
      ${this.#renderNav(this.#continueFromCertification)}
    `;
  }

  #renderEligibility() {
    const lang = this.language;
    const { certification, eligibility } = this._state;
    if (!certification) return nothing;
    const eligible = eligibility?.outcome === 'ELIGIBLE';
    if (eligible && !this.#answeredHere) {
      return html`<p class="verdict">${text(lang, 'eligible')}</p>
        ${this.#renderNav(
          this.#continueFromEligibility,
          html`<button type="button" part="button"
          @click=${this.#answerAgain}>${text(lang, 'changeAnswers')}</button>`,
        )}`;
    }
    return html`
      ${this.#whenLoaded(
        'vae-eligibility-questionnaire',
        html`<vae-eligibility-questionnaire lang=${lang} partner=${ifDefined(this.partner)}
          api-base=${this.resolvedApiBase} certification=${certification.rncpCode}
          redirect-url=${ifDefined(this.redirectUrl)}></vae-eligibility-questionnaire>`,
      )}
      ${this.#renderNav(eligible ? this.#continueFromEligibility : undefined)}
    `;
  }

  #renderAccompaniment() {
    const lang = this.language;
    const { accompaniment, aap, certification, contact } = this._state;
    return html`
      ${renderAccompanimentChoice(lang, accompaniment, this.#chooseAccompaniment)}
      ${
        accompaniment === 'ACCOMPAGNE' && certification
          ? this.#whenLoaded(
              'vae-aap-picker',
              html`<vae-aap-picker lang=${lang} partner=${ifDefined(this.partner)}
                api-base=${this.resolvedApiBase} certification=${certification.rncpCode}
                department=${ifDefined(contact.department || undefined)}
                value=${aap?.id ?? ''}></vae-aap-picker>`,
            )
          : nothing
      }
      ${this.#renderStepError()}
      ${this.#renderNav(this.#continueFromAccompaniment)}
    `;
  }

  #renderContact() {
    const lang = this.language;
    const problem = this._problem;
    return html`<form novalidate @submit=${this.#onSubmit}>
      ${renderContactFields({
        lang,
        contact: this._state.contact,
        errors: this.#contact.errors,
        privacyUrl: this.privacyUrl,
        onInput: this.#contact.onInput,
        onBlur: this.#contact.onBlur,
      })}
      ${problem ? renderSubmitProblem(lang, problem, this) : nothing}
      <div class="nav no-print">
        <button type="button" part="button" @click=${this.#back}>${text(lang, 'back')}</button>
        ${
          problem?.kind === 'ineligible'
            ? nothing
            : html`<button type="submit" class="primary" part="button primary-button"
                aria-disabled=${this._submitting ? 'true' : 'false'}>${
                  this._submitting
                    ? text(lang, 'submitting')
                    : problem?.kind === 'retryable'
                      ? text(lang, 'submit.retry')
                      : text(lang, 'submit')
                }</button>`
        }
      </div>
    </form>`;
  }

  #renderLiveStatus(): TemplateResult | typeof nothing {
    const created = this._state.created;
    if (!created) return nothing;
    // The confirmation's own Print button prints the tracker too: the tracker hides its own.
    return this.#whenLoaded(
      'vae-dossier-status',
      html`<vae-dossier-status lang=${this.language} partner=${ifDefined(this.partner)}
        api-base=${this.resolvedApiBase} hide-print
        .trackingCode=${created.trackingCode}></vae-dossier-status>`,
    );
  }

  #whenLoaded(tag: StepElement, content: TemplateResult) {
    const lang = this.language;
    switch (this.#loader.state(tag)) {
      case 'ready':
        return content;
      case 'loading':
        return html`<p class="loading" role="status">${text(lang, 'loading')}</p>`;
      case 'failed':
        return html`<div class="alert" part="alert" role="alert"><p>${text(lang, 'loadFailed')}</p>
          <button type="button" part="button" @click=${() => this.#loader.load(tag)}>${text(lang, 'retry')}</button></div>`;
    }
  }

  #renderStepError() {
    const error = this._stepError;
    return error
      ? html`<p class="error step-error" id="step-error" role="alert">${text(this.language, error)}</p>`
      : nothing;
  }

  #renderNav(onContinue?: () => void, extra: TemplateResult | typeof nothing = nothing) {
    const lang = this.language;
    const first = this._state.step === STEPS[0];
    return html`<div class="nav no-print">
      ${first ? nothing : html`<button type="button" part="button" @click=${this.#back}>${text(lang, 'back')}</button>`}
      ${extra}
      ${
        onContinue
          ? html`<button type="button" class="primary" part="button primary-button"
              @click=${onContinue}>${text(lang, 'continue')}</button>`
          : nothing
      }
    </div>`;
  }

  #presetState(): JourneyState {
    const state = initialState({ department: this.department?.trim().toUpperCase() });
    const code = this.certification?.trim().toUpperCase();
    if (!code) return state;
    const rncpCode = /^\d+$/.test(code) ? `RNCP${code}` : code;
    return { ...state, step: 'eligibility', certification: { rncpCode, label: rncpCode } };
  }

  #applyPrefill(): void {
    const next = prefilledState(this._state, this.prefill);
    const key = next ? choicesKey(next) : '';
    if (!next || key === this.#prefillKey) return;
    this.#prefillKey = key;
    // Already there, e.g. the same journey restored after a reload: keep its progress.
    if (key === choicesKey(this._state)) return;
    this.#answeredHere = false;
    this._stepError = null;
    this._problem = null;
    this._state = next;
    saveState(next);
    if (this.hasUpdated) this.emit('vae-journey-step', { step: next.step });
  }

  #update(patch: Partial<JourneyState>): void {
    this._state = { ...this._state, ...patch };
    saveState(this._state);
  }

  #goTo(step: JourneyStep): void {
    this._stepError = null;
    this._problem = null;
    this.#update({ step });
    this.#focusHeading = true;
    this.emit('vae-journey-step', { step });
  }

  #back = (): void => {
    const index = STEPS.indexOf(this._state.step);
    if (index > 0) this.#goTo(STEPS[index - 1] as JourneyStep);
  };

  #continueFromCertification = (): void => {
    if (!this._state.certification) {
      this._stepError = 'certificationRequired';
      return;
    }
    this.#goTo('eligibility');
  };

  #continueFromEligibility = (): void => {
    if (this._state.eligibility?.outcome === 'ELIGIBLE') this.#goTo('accompaniment');
  };

  #continueFromAccompaniment = (): void => {
    const { accompaniment, aap } = this._state;
    if (!accompaniment) this._stepError = 'accompanimentRequired';
    else if (accompaniment === 'ACCOMPAGNE' && !aap) this._stepError = 'aapRequired';
    else this.#goTo('contact');
  };

  #answerAgain = (): void => {
    this.#answeredHere = true;
    this.#update({ eligibility: null });
  };

  #chooseAccompaniment = (accompaniment: Accompaniment): void => {
    this._stepError = null;
    this.#update({ accompaniment });
  };

  #restart = (): void => {
    clearState();
    this.#answeredHere = false;
    this.#contact.clear();
    this._copyStatus = '';
    this._state = this.#presetState();
    this.#goTo(this._state.step);
  };

  #onDiplomaSelect = (event: Event): void => {
    const { rncpCode, label } = (event as CustomEvent<DiplomaSelectDetail>).detail;
    if (rncpCode === this._state.certification?.rncpCode) return;
    this._stepError = null;
    // Another certification: the answers and the AAP were for the previous one.
    this.#update({ certification: { rncpCode, label }, eligibility: null, aap: null });
  };

  #onEligibilityComplete = (event: Event): void => {
    const { outcome, reasons, answers } = (event as CustomEvent<EligibilityCompleteDetail>).detail;
    this.#answeredHere = true;
    // The department the candidate just gave prevails over the partner's preselection.
    const contact = this._state.contact;
    const department = 'department' in answers && answers.department;
    this.#update({
      eligibility: { outcome, reasons, answers },
      contact: department ? { ...contact, department } : contact,
    });
  };

  /** The questionnaire's answers are being changed: no way on until its next verdict. */
  #onEligibilityReset = (): void => {
    if (this._state.eligibility) this.#update({ eligibility: null });
  };

  #onAapSelect = (event: Event): void => {
    const { organism } = (event as CustomEvent<AapSelectDetail>).detail;
    this._stepError = null;
    this.#update({ aap: { id: organism.id, publicName: organism.publicName } });
  };

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    // A second click while the first request runs must not send a second one.
    if (this._submitting) return;
    const firstInvalid = this.#contact.validate();
    if (firstInvalid) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#contact-${firstInvalid}`)?.focus();
      return;
    }
    const body = candidacyBody(this._state);
    if (!body) return this.#goTo('eligibility');
    this._submitting = true;
    this._problem = null;
    try {
      const attempt = await attemptFor(body, this._state.attempt);
      this.#update({ attempt });
      const outcome = await submitCandidacy(this.apiClient, body, attempt.key);
      if (outcome.kind === 'created') return this.#created(outcome.candidacy);
      this._problem = outcome;
      if (outcome.kind === 'retryable' || outcome.kind === 'refused') {
        const code =
          outcome.kind === 'retryable' && outcome.network ? 'NETWORK_ERROR' : 'API_ERROR';
        this.emit('vae-error', { code, problem: outcome.problem });
      }
    } finally {
      this._submitting = false;
    }
  };

  #created(candidacy: CreatedCandidacy): void {
    this.#update({ created: candidacy, attempt: null });
    this.#goTo('confirmation');
    this.emit('vae-candidacy-create', { id: candidacy.id, status: candidacy.status });
  }

  #copyTrackingCode = async (): Promise<void> => {
    const code = this._state.created?.trackingCode ?? '';
    try {
      await navigator.clipboard.writeText(code);
      this._copyStatus = 'copied';
    } catch {
      this._copyStatus = 'copyFailed';
      const target = this.renderRoot.querySelector('.code code');
      const selection = getSelection();
      if (target && selection) selection.selectAllChildren(target);
    }
  };
}

function stopAtJourney(event: Event): void {
  event.stopPropagation();
}
