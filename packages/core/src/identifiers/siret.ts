import { type IdentifierCheck, identifierInvalid, identifierValid } from './identifier-result.js';
import { identifierSchema } from './identifier-schema.js';
import { removeSpaces } from './remove-spaces.js';

/** Luhn's sum: from the right, every second digit is doubled (minus 9 when above 9). */
function luhnSum(digits: string, doubleRightmost: boolean): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = Number(digits[digits.length - 1 - index]);
    const doubled = index % 2 === (doubleRightmost ? 0 : 1);
    sum += doubled ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
  }
  return sum;
}

/** Whether a string of digits passes the Luhn check (false when it is not only digits). */
export function luhnChecksumValid(digits: string): boolean {
  return /^\d+$/u.test(digits) && luhnSum(digits, false) % 10 === 0;
}

/** The digit that, appended to `partial`, makes it Luhn-valid; null when it is not digits. */
export function computeLuhnDigit(partial: string): string | null {
  if (!/^\d+$/u.test(partial)) return null;
  return String((10 - (luhnSum(partial, true) % 10)) % 10);
}

function checkDigits(value: string, length: number): IdentifierCheck | null {
  if (value === '') return identifierInvalid('EMPTY');
  if (!/^\d+$/u.test(value)) return identifierInvalid('BAD_CHARACTERS');
  if (value.length !== length) return identifierInvalid('BAD_LENGTH');
  return null;
}

/** INSEE: SIREN, 9 digits whose last one is a Luhn key. */
export function checkSiren(input: string): IdentifierCheck {
  const value = removeSpaces(input);
  const malformed = checkDigits(value, 9);
  if (malformed) return malformed;
  return luhnChecksumValid(value) ? identifierValid(value) : identifierInvalid('BAD_CHECKSUM');
}

/**
 * INSEE: La Poste has more establishments than a Luhn key on the NIC allows, so its SIRETs
 * (SIREN 356 000 000) are also valid when the sum of their 14 digits is a multiple of 5. Its
 * head office, 356 000 000 00048, is an ordinary Luhn number: both rules are accepted.
 */
const LA_POSTE_SIREN = '356000000';

function isLaPosteSiret(value: string): boolean {
  const digitSum = [...value].reduce((sum, digit) => sum + Number(digit), 0);
  return value.startsWith(LA_POSTE_SIREN) && digitSum % 5 === 0;
}

/** INSEE: SIRET, the SIREN then a 5-digit NIC; Luhn on all 14 digits and on the SIREN. */
export function checkSiret(input: string): IdentifierCheck {
  // Dots too: SIRETs are often written `356.000.000.00048`.
  const value = removeSpaces(input).replace(/\./gu, '');
  const malformed = checkDigits(value, 14);
  if (malformed) return malformed;
  const luhnValid = luhnChecksumValid(value) && luhnChecksumValid(value.slice(0, 9));
  return luhnValid || isLaPosteSiret(value)
    ? identifierValid(value)
    : identifierInvalid('BAD_CHECKSUM');
}

export const SirenSchema = identifierSchema(checkSiren, {
  invalid: { fr: 'Numéro SIREN invalide', en: 'Invalid SIREN number' },
  description: 'Numéro SIREN : 9 chiffres ; espaces acceptés',
  example: '732 829 320',
});

export const SiretSchema = identifierSchema(checkSiret, {
  invalid: { fr: 'Numéro SIRET invalide', en: 'Invalid SIRET number' },
  description: 'Numéro SIRET : 14 chiffres (SIREN puis NIC) ; espaces et points acceptés',
  example: '732 829 320 00074',
});
