import { html, type TemplateResult } from 'lit';
import { ApiProblem } from '../shared/api-problem.js';
import type { Lang } from '../shared/lang.js';
import { formatMessage } from '../shared/lang.js';
import type { RefusalHost } from '../shared/partner-refusal.js';
import { renderPartnerRefusal } from '../shared/partner-refusal-notice.js';

// Loaded when the certification could not be loaded only: most visitors never need these words.
const strings = {
  fr: {
    notFound: 'La certification {code} est introuvable dans le catalogue. Choisissez-en une autre.',
    invalid: '« {code} » n’est pas un code de certification RNCP (exemple : RNCP35830).',
    failed: 'Les informations de la certification n’ont pas pu être chargées.',
    generic: 'Une erreur est survenue. Réessayez dans quelques instants.',
  },
  en: {
    notFound: 'The certification {code} is not in the catalogue. Choose another one.',
    invalid: '“{code}” is not an RNCP certification code (for example RNCP35830).',
    failed: 'The details of the certification could not be loaded.',
    generic: 'Something went wrong. Please try again in a moment.',
  },
} as const;

export interface LoadErrorView {
  readonly host: RefusalHost;
  readonly lang: Lang;
  readonly error: unknown;
  /** The code as given. */
  readonly code: string;
  /** Says the service does not answer (from the element's own strings). */
  readonly networkText: string;
  /** The retry button, for the errors that another attempt may fix. */
  readonly retry: TemplateResult;
}

/**
 * Why the certification could not be loaded: unknown (404) or malformed (400) code, a refused
 * partner key or origin (nothing the visitor can do), or a failure worth another try.
 */
export function renderLoadError(view: LoadErrorView) {
  const { lang, error, code } = view;
  const text = strings[lang];
  if (error instanceof ApiProblem) {
    if (error.isPartnerRefusal) return renderPartnerRefusal(view.host, lang, error, 'status');
    if (error.status === 404 || error.status === 400) {
      const message = error.status === 404 ? text.notFound : text.invalid;
      return html`<p class="notice" role="alert">${formatMessage(lang, message, { code })}</p>`;
    }
  }
  const detail =
    error instanceof ApiProblem && error.isNetworkError ? view.networkText : text.generic;
  return html`<div class="notice alert" role="alert">
    <p>${text.failed} ${detail}</p>
    ${view.retry}
  </div>`;
}
