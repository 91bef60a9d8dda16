import { checkNir, isDepartmentCode } from '@vae/core';
import type { ContactDetails } from './journey-state.js';
import type { JourneyMessageKey } from './messages.js';

export type ContactField = keyof ContactDetails;
export type ContactErrors = Partial<Record<ContactField, JourneyMessageKey>>;

/** The fields in the order they are shown: the first in error gets the focus. */
export const CONTACT_FIELDS: readonly ContactField[] = [
  'givenName',
  'familyName',
  'email',
  'phone',
  'department',
  'nir',
  'consent',
];

// The same limits as the server's CandidateIdentitySchema (bff create-candidacy.ts).
const NAME_MAX = 100;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 .()-]{6,20}$/;

/** What is wrong with one field, or undefined. */
export function contactFieldError(
  field: ContactField,
  contact: ContactDetails,
): JourneyMessageKey | undefined {
  switch (field) {
    case 'givenName':
    case 'familyName': {
      const value = contact[field].trim();
      if (!value) return field === 'givenName' ? 'error.givenName' : 'error.familyName';
      return value.length > NAME_MAX ? 'error.tooLong' : undefined;
    }
    case 'email': {
      const value = contact.email.trim();
      return EMAIL.test(value) && value.length <= 254 ? undefined : 'error.email';
    }
    case 'phone':
      return PHONE.test(contact.phone.trim()) ? undefined : 'error.phone';
    case 'department':
      return isDepartmentCode(contact.department.trim().toUpperCase())
        ? undefined
        : 'error.department';
    case 'nir':
      // Optional: checked (key included) only when typed.
      return contact.nir.trim() === '' || checkNir(contact.nir).valid ? undefined : 'error.nir';
    case 'consent':
      return contact.consent ? undefined : 'error.consent';
  }
}

export function contactErrors(contact: ContactDetails): ContactErrors {
  const errors: ContactErrors = {};
  for (const field of CONTACT_FIELDS) {
    const error = contactFieldError(field, contact);
    if (error) errors[field] = error;
  }
  return errors;
}
