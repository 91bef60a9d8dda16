import { type IdentifierCheck, identifierInvalid, identifierValid } from './identifier-result.js';
import { identifierSchema } from './identifier-schema.js';
import { removeSpaces } from './remove-spaces.js';

/**
 * INSEE: sex digit, 2 digits of year, 2 of month, department (2 digits, or 2A/2B for
 * Corsica), commune and order number: 13 characters, then the 2-digit key.
 */
const NIR_SHAPE = /^\d{5}(?:\d{2}|2A|2B)\d{8}$/u;
const NIR_CHARACTERS = /^[0-9AB]*$/u;

/**
 * First character: 1 and 2 (sex) for people registered at the RNIPP; 7 and 8 for the
 * temporary numbers (NIA) the caisses give people born abroad while INSEE registers them; 3
 * and 4 for older temporary numbers still found in files. A candidate must never be stopped
 * by a real number, so only digits never issued (0, 5, 6, 9) are refused. The month, the
 * department and the commune are not checked: INSEE uses fictitious values for incomplete
 * civil status (unknown month, birth abroad), and the key already catches typing mistakes.
 */
const NIR_FIRST_CHARACTERS = new Set(['1', '2', '3', '4', '7', '8']);

/**
 * INSEE: clé de contrôle du NIR = 97 − (the first 13 characters as a number, mod 97), with
 * Corsica's 2A read as 19 and 2B as 18. 13 digits exceed 2^53, hence BigInt.
 * Returns the 2-digit key, or null when `first13` is not 13 NIR characters.
 */
export function computeNirKey(first13: string): string | null {
  const normalised = first13.toUpperCase();
  if (!/^\d{5}(?:\d{2}|2A|2B)\d{6}$/u.test(normalised)) return null;
  const numeric = normalised.replace(/^(\d{5})2A/u, '$119').replace(/^(\d{5})2B/u, '$118');
  const key = 97n - (BigInt(numeric) % 97n);
  return key.toString().padStart(2, '0');
}

/** French social security number (NIR), typed with or without spaces. */
export function checkNir(input: string): IdentifierCheck {
  const value = removeSpaces(input).toUpperCase();
  if (value === '') return identifierInvalid('EMPTY');
  if (!NIR_CHARACTERS.test(value)) return identifierInvalid('BAD_CHARACTERS');
  if (value.length !== 15) return identifierInvalid('BAD_LENGTH');
  if (!NIR_SHAPE.test(value) || !NIR_FIRST_CHARACTERS.has(value[0]!)) {
    return identifierInvalid('BAD_FORMAT');
  }
  if (computeNirKey(value.slice(0, 13)) !== value.slice(13)) return identifierInvalid('BAD_KEY');
  return identifierValid(value);
}

export const NirSchema = identifierSchema(checkNir, {
  invalid: { fr: 'Numéro de sécurité sociale invalide', en: 'Invalid social security number' },
  description:
    'Numéro de sécurité sociale (NIR) : 13 caractères et une clé de 2 chiffres ; espaces acceptés',
  example: '2 95 10 99 126 111 93',
});
