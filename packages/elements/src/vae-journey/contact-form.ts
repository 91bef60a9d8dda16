import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Lang } from '../shared/lang.js';
import type { ContactErrors, ContactField } from './contact-validation.js';
import type { ContactDetails } from './journey-state.js';
import { type JourneyMessageKey, text } from './messages.js';

export interface ContactFormView {
  lang: Lang;
  contact: ContactDetails;
  errors: ContactErrors;
  privacyUrl: string | undefined;
  onInput: (field: ContactField, value: string | boolean) => void;
  onBlur: (field: ContactField) => void;
}

interface TextFieldSpec {
  field: Exclude<ContactField, 'consent'>;
  type: 'text' | 'email' | 'tel';
  autocomplete: string;
  hint?: JourneyMessageKey;
  required: boolean;
  inputmode?: string;
}

const TEXT_FIELDS: readonly TextFieldSpec[] = [
  { field: 'givenName', type: 'text', autocomplete: 'given-name', required: true },
  { field: 'familyName', type: 'text', autocomplete: 'family-name', required: true },
  { field: 'email', type: 'email', autocomplete: 'email', hint: 'emailHint', required: true },
  { field: 'phone', type: 'tel', autocomplete: 'tel', hint: 'phoneHint', required: true },
  {
    field: 'department',
    type: 'text',
    autocomplete: 'off',
    hint: 'departmentHint',
    required: true,
  },
  { field: 'nir', type: 'text', autocomplete: 'off', hint: 'nirHint', required: false },
];

/** The contact fields and the consent, each with its inline error (`aria-describedby`). */
export function renderContactFields(view: ContactFormView) {
  return html`
    <p class="required-legend">${text(view.lang, 'requiredLegend')}</p>
    <div class="fields" part="contact-fields">${TEXT_FIELDS.map((spec) => textField(view, spec))}</div>
    ${consentField(view)}
  `;
}

function textField(view: ContactFormView, spec: TextFieldSpec) {
  const { lang, contact, errors } = view;
  const id = `contact-${spec.field}`;
  const error = errors[spec.field];
  const describedBy = [spec.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return html`<div class="field ${spec.field}">
    <label for=${id}>${text(lang, spec.field)}${
      spec.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing
    }</label>
    ${spec.hint ? html`<span class="hint" id="${id}-hint">${text(lang, spec.hint)}</span>` : nothing}
    ${error ? html`<span class="error" id="${id}-error">${text(lang, error)}</span>` : nothing}
    <input id=${id} name=${spec.field} type=${spec.type} autocomplete=${spec.autocomplete}
      spellcheck="false" ?required=${spec.required} aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy || undefined)} .value=${contact[spec.field]}
      @input=${(event: InputEvent) => view.onInput(spec.field, (event.target as HTMLInputElement).value)}
      @blur=${() => view.onBlur(spec.field)} />
  </div>`;
}

function consentField(view: ContactFormView) {
  const { lang, contact, errors, privacyUrl } = view;
  const error = errors.consent;
  return html`<div class="field consent" part="consent">
    ${error ? html`<span class="error" id="contact-consent-error">${text(lang, error)}</span>` : nothing}
    <div class="check">
      <input id="contact-consent" name="consent" type="checkbox" required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(error ? 'contact-consent-error' : undefined)}
        .checked=${contact.consent}
        @change=${(event: Event) => view.onInput('consent', (event.target as HTMLInputElement).checked)} />
      <label for="contact-consent">${text(lang, 'consent')}<span class="required" aria-hidden="true"> *</span></label>
    </div>
    ${
      privacyUrl
        ? html`<a class="privacy" part="privacy-link" href=${privacyUrl} target="_blank"
            rel="noopener noreferrer">${text(lang, 'privacyLink')}<span class="vh"> ${text(lang, 'newWindow')}</span></a>`
        : nothing
    }
  </div>`;
}
