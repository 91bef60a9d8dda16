import { html, nothing } from 'lit';

/** One error of a form: what to fix, and the id (in the shadow root) of the field to fix. */
export interface FieldError {
  readonly fieldId: string;
  readonly text: string;
}

/**
 * The list of a form's errors, shown above it (RGAA 11.10, WCAG 3.3.1): each links to its
 * field. The links are handled here because `#id` links cannot reach into a shadow root.
 * The container is focused when the form is refused, so its heading is read out first.
 */
export function renderErrorSummary(
  title: string,
  id: string,
  errors: readonly FieldError[],
  headingLevel: 2 | 3 = 3,
) {
  if (errors.length === 0) return nothing;
  const focusField = (event: Event, fieldId: string) => {
    event.preventDefault();
    const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
    root.getElementById(fieldId)?.focus();
  };
  return html`<div
    class="error-summary"
    part="error-summary"
    id=${id}
    role="group"
    tabindex="-1"
    aria-labelledby="${id}-title"
  >
    ${
      headingLevel === 2
        ? html`<h2 class="error-summary-title" id="${id}-title">${title}</h2>`
        : html`<h3 class="error-summary-title" id="${id}-title">${title}</h3>`
    }
    <ul>
      ${errors.map(
        (error) =>
          html`<li>
            <a href="#${error.fieldId}" @click=${(e: Event) => focusField(e, error.fieldId)}
              >${error.text}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}
