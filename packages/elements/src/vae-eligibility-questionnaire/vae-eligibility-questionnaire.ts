import type {
  EligibilityAnswers,
  EligibilityOutcome,
  EligibilityReason,
  EligibilityResult,
} from '@vae/core';
import { adoptStyles, type CSSResult, html, nothing, type PropertyValues } from 'lit';
import { ApiProblem } from '../shared/api-problem.js';
import { themeStyles } from '../shared/theme.js';
import { VaeElement } from '../shared/vae-element.js';
import { CertificationController } from './certification-controller.js';
import type { ContratProEstimate } from './contrat-pro-estimate.js';
import { draftStorage, type Position } from './draft-storage.js';
import { type FieldError, renderErrorSummary } from './error-summary.js';
import { isEnglishSettled, loadEnglish, text } from './messages.js';
import { fieldIdOf, renderQuestion, withAnswer } from './question-fields.js';
import {
  applicableSteps,
  type Draft,
  firstUnanswered,
  type StepId,
  stepError,
} from './questions.js';
import { questionnaireStyles } from './styles.js';
import { renderSummary } from './summary-view.js';

/** What `vae-eligibility-complete` carries. */
export interface EligibilityCompleteDetail {
  outcome: EligibilityOutcome;
  reasons: EligibilityReason[];
  /** The answers, as `POST /api/v1/eligibility/evaluate` and `evaluateEligibility` take them. */
  answers: EligibilityAnswers;
  /** The RNCP code of the certification (`RNCP35830`). */
  certification: string;
}

export interface EligibilityResetDetail {
  /** The RNCP code of the certification whose verdict is withdrawn. */
  certification: string;
}

declare module '../shared/events.js' {
  interface VaeEventMap {
    'vae-eligibility-complete': EligibilityCompleteDetail;
    'vae-eligibility-reset': EligibilityResetDetail;
  }
}

/** A certification as the host page may pass it, e.g. from a `vae-diploma-select` event. */
export type CertificationRef = string | { readonly rncpCode: string };

type ResultModule = typeof import('./result-view.js');
type View =
  | Position
  | { readonly kind: 'result'; readonly result: EligibilityResult; readonly screen: ResultModule };

const ERRORS_ID = 'step-errors';

/**
 * The eligibility questions asked once a certification is chosen, one per step, then a summary
 * of the answers and the result: eligible (with the funding routes that fit), not eligible (and
 * why), or referred to a counsellor (public-sector employees: no account is created for them).
 * The verdict is computed in the browser by `evaluateEligibility` of @vae/core, the very code
 * the server runs again when the candidacy is created. Answers survive a reload of the page
 * (sessionStorage, per certification) and are forgotten once the result is shown.
 *
 * @summary Asks the eligibility questions for a certification and shows the verdict.
 * @tag vae-eligibility-questionnaire
 *
 * @attr certification - RNCP code of the chosen certification (`RNCP35830` or `35830`). The
 *   property also takes an object with an `rncpCode` (the detail of `vae-diploma-select`).
 * @attr redirect-url - Where a public-sector employee is sent (their HR, a counselling service).
 * @attr redirect-label - Text of that link (default "Contacter un conseiller").
 * @attr next-url - Where an eligible person goes on to choose an accompanying organism.
 * @attr api-base - Base URL of the vae-widgets server (default: where the script comes from).
 * @attr partner - The partner's publishable key (`pk_…`).
 *
 * @event {CustomEvent<EligibilityCompleteDetail>} vae-eligibility-complete - The result is shown:
 *   `{ outcome, reasons, answers, certification }`.
 * @event {CustomEvent<EligibilityResetDetail>} vae-eligibility-reset - The verdict shown is
 *   withdrawn (the person edits the answers, starts again, or the certification changes):
 *   `{ certification }`. A host that acted on `vae-eligibility-complete` waits for the next one.
 * @event {CustomEvent<VaeErrorDetail>} vae-error - The certification could not be loaded.
 *
 * @csspart base - The questionnaire's box.
 * @csspart certification - The certification the questions are about.
 * @csspart progress - "Étape 2 sur 5".
 * @csspart choices - The options of a question.
 * @csspart error-summary - The list of errors above a refused answer.
 * @csspart summary - The answers, before the result.
 * @csspart result - The result screen.
 * @csspart outcome - The verdict's heading.
 * @csspart reasons - The reasons of the verdict.
 * @csspart funding - The funding routes.
 * @csspart estimate - The contrat pro + VAE estimate form.
 * @csspart estimate-table - Its table.
 * @csspart next-step - What to do next.
 * @csspart button - Every button.
 * @csspart primary-button - The main action of a screen.
 * @csspart refusal - Shown instead of the questions when the partner key or the page's origin
 *   is refused: the service is not available on this site.
 *
 * @cssprop --vae-color-primary - Buttons, selected options, links.
 * @cssprop --vae-color-danger - Errors.
 * @cssprop --vae-color-success - An eligible verdict.
 */
export class VaeEligibilityQuestionnaire extends VaeElement {
  static override styles = [themeStyles, questionnaireStyles];

  static override properties = {
    certification: {},
    redirectUrl: { attribute: 'redirect-url' },
    redirectLabel: { attribute: 'redirect-label' },
    nextUrl: { attribute: 'next-url' },
  };

  /** The chosen certification: its RNCP code, or an object with an `rncpCode`. */
  declare certification: CertificationRef | undefined;
  /** Where a public-sector employee is sent. */
  declare redirectUrl: string | undefined;
  /** Text of the link to `redirect-url`. */
  declare redirectLabel: string | undefined;
  /** Where an eligible person chooses an accompanying organism. */
  declare nextUrl: string | undefined;

  /** The code as given, without spaces; undefined without any. */
  #requested: string | undefined;
  /** The code as the catalogue writes it (`RNCP35830`), once the certification is loaded. */
  #code: string | undefined;
  #draft: Draft = {};
  #view: View = { kind: 'question', step: 'typology' };
  #errors: FieldError[] = [];
  /** Set while a question is changed from the summary: Continue goes back to it. */
  #fromSummary = false;
  /** Loaded on demand: only job seekers with an employer ready to hire see it. */
  #estimate: ContratProEstimate | 'failed' | undefined;
  /** The verdict's code and screen, fetched when the summary shows. */
  #resultModule: Promise<ResultModule> | undefined;
  #resultModuleFailed = false;
  /**
   * Why the certification could not be loaded (unknown code, refused partner key or origin…): a
   * screen fetched on the first failure, whose words most visitors never need to download.
   */
  #loadErrorScreen: typeof import('./load-error-view.js') | null | undefined;
  /** Styles of the screens loaded on demand, added to the shadow root once loaded. */
  readonly #lazyStyles: CSSResult[] = [];

  // The API tells a malformed code (400) from an unknown one (404): the element keeps no copy of
  // the identifier rules.
  readonly #certification = new CertificationController(this, {
    loaded: (certification) => {
      if (certification.rncpCode !== this.#code) this.#restore(certification.rncpCode);
    },
    failed: (error) => {
      if (!(error instanceof ApiProblem)) return;
      const code =
        error.status === 404
          ? 'CERTIFICATION_NOT_FOUND'
          : error.status === 400
            ? 'INVALID_CERTIFICATION'
            : 'API_ERROR';
      this.emit('vae-error', { code, value: this.#requested, problem: error.toJSON() });
    },
  });

  constructor() {
    super();
    this.certification = undefined;
    this.redirectUrl = undefined;
    this.redirectLabel = undefined;
    this.nextUrl = undefined;
  }

  #readCertification(changed: PropertyValues<this>): void {
    if (!changed.has('certification')) return;
    const ref = this.certification;
    const raw = (typeof ref === 'string' ? ref : ref?.rncpCode)?.replace(/\s+/g, '');
    this.#requested = raw || undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#readCertification(changed);
    this.#certification.follow({
      code: this.#requested,
      apiKey: `${this.resolvedApiBase} ${this.partner ?? ''}`,
      client: () => this.apiClient,
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Fetch the verdict's code while the person reads the summary.
    if (this.#view.kind === 'summary' && !this.#resultModule) {
      this.#resultModule = import('./result-view.js');
      this.#resultModule.catch(() => undefined);
    }
  }

  protected override render() {
    if (this.language === 'en' && !isEnglishSettled()) {
      void loadEnglish().then(() => this.requestUpdate());
      return html`<div class="questionnaire" part="base" aria-busy="true"></div>`;
    }
    return html`<div class="questionnaire" part="base">${this.#renderContent()}</div>`;
  }

  #renderContent() {
    const lang = this.language;
    if (this.#requested === undefined) {
      return html`<p class="notice">${text(lang, 'noCertification')}</p>`;
    }
    const state = this.#certification.state;
    if (state.status === 'failed') return this.#renderLoadError(state.error);
    if (state.status !== 'loaded') return this.#renderLoading();
    const { label, level } = state.certification;
    return html`<p class="target" part="certification">
        <span class="target-label">${text(lang, 'target')}</span>
        <strong class="target-title">${label}</strong>
        ${level === null ? nothing : html`<span>(${text(lang, 'level', { level })})</span>`}
      </p>
      ${
        level === null
          ? html`<p class="notice" role="alert">${text(lang, 'result.noLevel')}</p>`
          : this.#renderView()
      }`;
  }

  #renderLoadError(error: unknown) {
    const lang = this.language;
    const retry = html`<button type="button" class="button secondary" part="button" @click=${this.#retryLoad}>
      ${text(lang, 'retry')}
    </button>`;
    const screen = this.#loadErrorScreen;
    if (screen) {
      return screen.renderLoadError({
        host: this,
        lang,
        error,
        code: this.#requested ?? '',
        networkText: text(lang, 'errorNetwork'),
        retry,
      });
    }
    if (screen === undefined) {
      import('./load-error-view.js')
        .then(
          (module) => {
            this.#loadErrorScreen = module;
          },
          () => {
            this.#loadErrorScreen = null;
          },
        )
        .then(() => this.requestUpdate());
      return this.#renderLoading();
    }
    // Its code could not be fetched either: the service is out of reach.
    return html`<div class="notice alert" role="alert"><p>${text(lang, 'errorNetwork')}</p>${retry}</div>`;
  }

  #renderLoading() {
    return html`<p class="notice" role="status">${text(this.language, 'certificationLoading')}</p>`;
  }

  #renderView() {
    const lang = this.language;
    const view = this.#view;
    if (view.kind === 'result') {
      const estimate =
        this.#estimate === 'failed'
          ? html`<p class="notice" role="alert">${text(lang, 'errorNetwork')}</p>`
          : (this.#estimate?.render(lang) ?? nothing);
      return view.screen.renderResult({
        result: view.result,
        lang,
        redirectUrl: this.redirectUrl,
        redirectLabel: this.redirectLabel,
        nextUrl: this.nextUrl,
        estimate,
        onEdit: () => this.#goTo({ kind: 'summary' }),
        onRestart: this.#restart,
      });
    }
    const steps = applicableSteps(this.#draft);
    if (view.kind === 'summary') {
      return html`${renderSummary({
        steps,
        draft: this.#draft,
        lang,
        onChange: (step) => {
          this.#fromSummary = true;
          this.#goTo({ kind: 'question', step });
        },
      })}
        ${
          this.#resultModuleFailed
            ? html`<p class="notice alert" role="alert">${text(lang, 'errorNetwork')}</p>`
            : nothing
        }
        <div class="actions">
          <button type="button" class="button primary" part="button primary-button" @click=${this.#showResult}>
            ${text(lang, 'summary.submit')}
          </button>
          <button type="button" class="button secondary" part="button" @click=${this.#back}>
            ${text(lang, 'back')}
          </button>
        </div>`;
    }
    const index = steps.indexOf(view.step);
    const error = this.#errors[0]?.text;
    return html`<form novalidate @submit=${this.#continue}>
      ${renderErrorSummary(
        text(lang, 'errorSummary', { count: this.#errors.length }),
        ERRORS_ID,
        this.#errors,
        2,
      )}
      ${renderQuestion({
        step: view.step,
        draft: this.#draft,
        lang,
        error,
        progress: text(lang, 'step', { current: index + 1, total: steps.length }),
        onAnswer: (value) => this.#answer(view.step, value),
      })}
      <div class="actions">
        <button type="submit" class="button primary" part="button primary-button">
          ${text(lang, 'continue')}
        </button>
        ${
          index > 0
            ? html`<button type="button" class="button secondary" part="button" @click=${this.#back}>
                ${text(lang, 'back')}
              </button>`
            : nothing
        }
      </div>
    </form>`;
  }

  #retryLoad = (): void => {
    // Offline, the error screen could not be fetched: another try fetches it too.
    if (this.#loadErrorScreen === null) this.#loadErrorScreen = undefined;
    this.#certification.retry();
  };

  /** Picks up the answers kept for this certification, if any, where the person left them. */
  #restore(code: string): void {
    this.#withdrawVerdict();
    this.#code = code;
    const saved = draftStorage.load(code);
    this.#draft = saved?.draft ?? {};
    this.#errors = [];
    this.#fromSummary = false;
    const position = saved?.position ?? { kind: 'question', step: 'typology' };
    const stillAsked =
      position.kind === 'summary'
        ? firstUnanswered(this.#draft) === null
        : applicableSteps(this.#draft).includes(position.step);
    this.#view = stillAsked ? position : this.#firstUnanswered();
  }

  #firstUnanswered(): Position {
    const step = firstUnanswered(this.#draft);
    return step === null ? { kind: 'summary' } : { kind: 'question', step };
  }

  #save(): void {
    if (this.#code && this.#view.kind !== 'result') {
      draftStorage.save(this.#code, { draft: this.#draft, position: this.#view });
    }
  }

  #answer(step: StepId, value: string): void {
    this.#draft = withAnswer(this.#draft, step, value);
    this.#save();
    // Radio choices change what comes next (and the step count); typed text needs no re-render.
    this.requestUpdate();
  }

  #goTo(view: View): void {
    if (view.kind !== 'result') this.#withdrawVerdict();
    this.#view = view;
    this.#errors = [];
    this.#save();
    this.requestUpdate();
    this.#focusAfterUpdate('step-heading');
  }

  /** Leaving the result screen takes its verdict back from the host page. */
  #withdrawVerdict(): void {
    if (this.#view.kind !== 'result') return;
    this.emit('vae-eligibility-reset', { certification: this.#code ?? '' });
  }

  readonly #continue = (event: Event) => {
    event.preventDefault();
    if (this.#view.kind !== 'question') return;
    const step = this.#view.step;
    const error = stepError(step, this.#draft);
    if (error) {
      this.#errors = [{ fieldId: fieldIdOf(step), text: text(this.language, error) }];
      this.requestUpdate();
      this.#focusAfterUpdate(ERRORS_ID);
      return;
    }
    const steps = applicableSteps(this.#draft);
    const next = steps[steps.indexOf(step) + 1];
    const complete = firstUnanswered(this.#draft) === null;
    if (next === undefined || (this.#fromSummary && complete)) {
      this.#fromSummary = false;
      this.#goTo(complete ? { kind: 'summary' } : this.#firstUnanswered());
    } else {
      this.#goTo({ kind: 'question', step: next });
    }
  };

  readonly #back = () => {
    const steps = applicableSteps(this.#draft);
    const view = this.#view;
    const previous = view.kind === 'question' ? steps[steps.indexOf(view.step) - 1] : steps.at(-1);
    this.#fromSummary = false;
    if (previous) this.#goTo({ kind: 'question', step: previous });
  };

  readonly #showResult = async () => {
    const state = this.#certification.state;
    const certification = state.status === 'loaded' ? state.certification : undefined;
    if (!this.#code || !certification || certification.level === null) return;
    const screen = await this.#loadResultModule();
    if (!screen) return;
    // The server's schema, on the whole of the answers: each was checked on its step already.
    const check = screen.checkAnswers(this.#draft);
    if (!check.valid) {
      const steps = check.badPaths.map(screen.stepOfPath);
      const step = applicableSteps(this.#draft).find((s) => steps.includes(s)) ?? 'typology';
      this.#goTo({ kind: 'question', step });
      return;
    }
    this.#adoptStyles(screen.resultStyles);
    const { active, vaeAccessible, level, registrationEnd } = certification;
    const result = screen.evaluate(check.answers, {
      active,
      vaeAccessible,
      level,
      registrationEnd,
    });
    draftStorage.clear(this.#code);
    if (result.funding.some((route) => route.code === 'CONTRAT_PRO_VAE')) this.#showEstimate();
    else this.#estimate = undefined;
    this.#goTo({ kind: 'result', result, screen });
    this.emit('vae-eligibility-complete', {
      outcome: result.outcome,
      reasons: result.reasons,
      answers: check.answers,
      certification: this.#code,
    });
  };

  /** The result's module; undefined (and a message shown) when it could not be fetched. */
  async #loadResultModule(): Promise<ResultModule | undefined> {
    this.#resultModule ??= import('./result-view.js');
    try {
      const module = await this.#resultModule;
      this.#resultModuleFailed = false;
      return module;
    } catch {
      this.#resultModule = undefined;
      this.#resultModuleFailed = true;
      this.requestUpdate();
      return undefined;
    }
  }

  readonly #restart = () => {
    if (this.#code) draftStorage.clear(this.#code);
    this.#draft = {};
    this.#fromSummary = false;
    this.#goTo({ kind: 'question', step: 'typology' });
  };

  #showEstimate(): void {
    if (this.#estimate && this.#estimate !== 'failed') {
      this.#estimate.reset();
      return;
    }
    import('./contrat-pro-estimate.js').then(
      ({ ContratProEstimate, estimateStyles }) => {
        this.#adoptStyles(estimateStyles);
        this.#estimate = new ContratProEstimate(this);
        this.requestUpdate();
      },
      () => {
        this.#estimate = 'failed';
        this.requestUpdate();
      },
    );
  }

  /** Adds the styles of a screen loaded on demand to the element's own. */
  #adoptStyles(styles: CSSResult): void {
    if (this.#lazyStyles.includes(styles) || !this.shadowRoot) return;
    this.#lazyStyles.push(styles);
    const own = (this.constructor as typeof VaeEligibilityQuestionnaire).elementStyles;
    adoptStyles(this.shadowRoot, [...own, ...this.#lazyStyles]);
  }

  #focusAfterUpdate(id: string): void {
    void this.updateComplete.then(() => {
      (this.shadowRoot?.getElementById(id) as HTMLElement | null)?.focus();
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vae-eligibility-questionnaire': VaeEligibilityQuestionnaire;
  }
}
