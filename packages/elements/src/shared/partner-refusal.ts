import type { TemplateResult } from 'lit';
import { ApiProblem } from './api-problem.js';
import type { Lang } from './lang.js';

/** An element that can show the notice: it re-renders once the notice's code is there. */
export interface RefusalHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
}

/** The notice's code: undefined until fetched, null when it could not be. */
let notice: typeof import('./partner-refusal-notice.js') | null | undefined;

/**
 * What an element shows when the API refused the partner's key or the page's origin
 * (`ApiProblem.isPartnerRefusal`): a notice that the service is not available on this site,
 * in place of an error to retry — retrying cannot help, the site's owner must fix the
 * integration. The notice's strings and styles are fetched on first use, so a correctly set-up
 * page never downloads them: meanwhile this returns '' (nothing, for a few milliseconds).
 * Undefined for any other error, or when the notice could not be fetched: the element then
 * shows its usual error.
 *
 * `role`: `alert` when the refusal answers the person's action (a submission), `status` when
 * it replaces the element as it loads.
 */
export function partnerRefusal(
  host: RefusalHost,
  lang: Lang,
  error: unknown,
  role: 'alert' | 'status' = 'status',
): TemplateResult | '' | undefined {
  if (!(error instanceof ApiProblem && error.isPartnerRefusal) || notice === null) return undefined;
  if (notice) return notice.renderPartnerRefusal(host, lang, error, role);
  // The browser fetches the module once, however many elements ask meanwhile.
  import('./partner-refusal-notice.js')
    .then(
      (module) => {
        notice = module;
      },
      () => {
        notice = null;
      },
    )
    .then(() => host.requestUpdate());
  return '';
}
