import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  CONTACT_FIELDS,
  type ContactErrors,
  type ContactField,
  contactErrors,
  contactFieldError,
} from './contact-validation.js';
import type { ContactDetails } from './journey-state.js';

interface ContactAccess {
  get: () => ContactDetails;
  set: (contact: ContactDetails) => void;
}

/**
 * The contact details being typed and their inline errors: a field is checked when it is left
 * (not while it is first typed), an error shown follows the typing so it goes once fixed, and
 * submitting checks them all.
 */
export class ContactController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #access: ContactAccess;
  #errors: ContactErrors = {};

  constructor(host: ReactiveControllerHost, access: ContactAccess) {
    this.#host = host;
    this.#access = access;
    host.addController(this);
  }

  get errors(): ContactErrors {
    return this.#errors;
  }

  hostConnected(): void {}

  onInput = (field: ContactField, value: string | boolean): void => {
    this.#access.set({ ...this.#access.get(), [field]: value });
    if (this.#errors[field] || field === 'consent') this.#check(field);
  };

  onBlur = (field: ContactField): void => {
    const value = this.#access.get()[field];
    if (typeof value === 'string' && value.trim() !== '') this.#check(field);
  };

  /** Checks every field; returns the first one in error (it should get the focus). */
  validate(): ContactField | undefined {
    const errors = contactErrors(this.#access.get());
    this.#errors = errors;
    this.#host.requestUpdate();
    return CONTACT_FIELDS.find((field) => errors[field]);
  }

  clear(): void {
    this.#errors = {};
    this.#host.requestUpdate();
  }

  #check(field: ContactField): void {
    const errors = { ...this.#errors };
    const error = contactFieldError(field, this.#access.get());
    if (error) errors[field] = error;
    else delete errors[field];
    this.#errors = errors;
    this.#host.requestUpdate();
  }
}
