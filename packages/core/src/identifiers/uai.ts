import { type IdentifierCheck, identifierInvalid, identifierValid } from './identifier-result.js';
import { identifierSchema } from './identifier-schema.js';
import { removeSpaces } from './remove-spaces.js';

/** Éducation nationale: the 23 key letters of the UAI, the alphabet without I, O and Q. */
const UAI_KEY_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/**
 * Éducation nationale: clé de l'UAI = the letter at (the 7 digits mod 23).
 * Returns null when `digits` is not 7 digits.
 */
export function computeUaiLetter(digits: string): string | null {
  if (!/^\d{7}$/u.test(digits)) return null;
  return UAI_KEY_LETTERS[Number(digits) % 23]!;
}

/** Code UAI of an establishment (school, CFA, university): 7 digits and a key letter. */
export function checkUai(input: string): IdentifierCheck {
  const value = removeSpaces(input).toUpperCase();
  if (value === '') return identifierInvalid('EMPTY');
  if (!/^[0-9A-Z]+$/u.test(value)) return identifierInvalid('BAD_CHARACTERS');
  if (value.length !== 8) return identifierInvalid('BAD_LENGTH');
  if (!/^\d{7}[A-Z]$/u.test(value)) return identifierInvalid('BAD_FORMAT');
  if (computeUaiLetter(value.slice(0, 7)) !== value[7]) return identifierInvalid('BAD_KEY');
  return identifierValid(value);
}

export const UaiSchema = identifierSchema(checkUai, {
  invalid: { fr: 'Code UAI invalide', en: 'Invalid UAI code' },
  description: "Code UAI d'établissement : 7 chiffres et une lettre clé",
  example: '0594899E',
});
