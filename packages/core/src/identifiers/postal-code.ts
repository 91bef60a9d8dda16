import { type IdentifierCheck, identifierInvalid, identifierValid } from './identifier-result.js';
import { identifierSchema } from './identifier-schema.js';
import { removeSpaces } from './remove-spaces.js';

/**
 * La Poste postal code: 5 digits. It is not the INSEE commune code (Paris is 75056 for INSEE
 * and 75001 to 75020 for La Poste; one postal code can serve several communes): map one to
 * the other with a table, never by copying.
 */
export function checkPostalCode(input: string): IdentifierCheck {
  const value = removeSpaces(input);
  if (value === '') return identifierInvalid('EMPTY');
  if (!/^\d+$/u.test(value)) return identifierInvalid('BAD_CHARACTERS');
  if (value.length !== 5) return identifierInvalid('BAD_LENGTH');
  return identifierValid(value);
}

export const PostalCodeSchema = identifierSchema(checkPostalCode, {
  invalid: { fr: 'Code postal invalide', en: 'Invalid postal code' },
  description: 'Code postal : 5 chiffres',
  example: '59000',
});
