import { type IdentifierCheck, identifierInvalid, identifierValid } from './identifier-result.js';
import { identifierSchema } from './identifier-schema.js';
import { removeSpaces } from './remove-spaces.js';

/**
 * Numéro de déclaration d'activité of a training organism (Code du travail, L6351-1): 11
 * digits, given by the regional administration. It carries no key, so only its form is checked.
 */
export function checkNda(input: string): IdentifierCheck {
  const value = removeSpaces(input);
  if (value === '') return identifierInvalid('EMPTY');
  if (!/^\d+$/u.test(value)) return identifierInvalid('BAD_CHARACTERS');
  if (value.length !== 11) return identifierInvalid('BAD_LENGTH');
  return identifierValid(value);
}

export const NdaSchema = identifierSchema(checkNda, {
  invalid: {
    fr: "Numéro de déclaration d'activité invalide",
    en: 'Invalid training declaration number (NDA)',
  },
  description: "Numéro de déclaration d'activité (NDA) : 11 chiffres ; espaces acceptés",
  example: '11 75 12345 75',
});
