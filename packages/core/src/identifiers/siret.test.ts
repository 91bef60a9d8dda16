import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  checkSiren,
  checkSiret,
  computeLuhnDigit,
  luhnChecksumValid,
  SirenSchema,
  SiretSchema,
} from './siret.js';

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

const withLuhnDigit = (partial: string) => partial + computeLuhnDigit(partial)!;

const siren = digits(8).map(withLuhnDigit);
const siret = fc.tuple(siren, digits(4)).map(([head, nic]) => withLuhnDigit(head + nic));

/** `value` with the digit at `at` (modulo its length) replaced by a different digit. */
function changeOneDigit(value: string, at: number, shift: number): string {
  const index = at % value.length;
  return (
    value.slice(0, index) + String((Number(value[index]) + shift) % 10) + value.slice(index + 1)
  );
}

describe('luhnChecksumValid', () => {
  it('checks Luhn on digits only', () => {
    expect(luhnChecksumValid('732829320')).toBe(true);
    expect(luhnChecksumValid('73282932000074')).toBe(true);
    expect(luhnChecksumValid('732829321')).toBe(false);
    expect(luhnChecksumValid('')).toBe(false);
    expect(luhnChecksumValid('7328 29320')).toBe(false);
  });
});

describe('computeLuhnDigit', () => {
  it('computes the digit that completes a Luhn number', () => {
    expect(computeLuhnDigit('73282932')).toBe('0');
    expect(computeLuhnDigit('7328293200007')).toBe('4');
    expect(computeLuhnDigit('')).toBeNull();
    expect(computeLuhnDigit('12a')).toBeNull();
  });
});

describe('checkSiren', () => {
  it.each([
    ['732829320', '732829320'],
    ['552 100 554', '552100554'],
    ['356000000', '356000000'],
  ])('accepts %j as %s', (input, value) => {
    expect(checkSiren(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['73282932', 'BAD_LENGTH'],
    ['7328293200', 'BAD_LENGTH'],
    ['73282932A', 'BAD_CHARACTERS'],
    ['732.829.320', 'BAD_CHARACTERS'],
    ['732829321', 'BAD_CHECKSUM'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkSiren(input)).toEqual({ valid: false, reason });
  });

  it('accepts any SIREN built with its Luhn digit, and catches any single changed digit', () => {
    fc.assert(
      fc.property(siren, fc.nat(), fc.integer({ min: 1, max: 9 }), (valid, at, shift) => {
        expect(checkSiren(valid)).toEqual({ valid: true, value: valid });
        expect(checkSiren(changeOneDigit(valid, at, shift)).valid).toBe(false);
      }),
    );
  });
});

describe('checkSiret', () => {
  it.each([
    ['73282932000074', '73282932000074'],
    ['732 829 320 00074', '73282932000074'],
    ['732.829.320.00074', '73282932000074'],
    ['35600000000048', '35600000000048'], // La Poste head office: a Luhn number
    ['356 000 000 49837', '35600000049837'], // La Poste: digit sum 45, not Luhn
  ])('accepts %j as %s', (input, value) => {
    expect(checkSiret(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['7328293200007', 'BAD_LENGTH'],
    ['732829320000740', 'BAD_LENGTH'],
    ['7328293200007A', 'BAD_CHARACTERS'],
    ['732-829-320-00074', 'BAD_CHARACTERS'],
    ['73282932000075', 'BAD_CHECKSUM'],
    ['73282932112341', 'BAD_CHECKSUM'], // Luhn on 14 digits, but not on the SIREN 732829321
    ['35600000049838', 'BAD_CHECKSUM'], // La Poste: digit sum 46, not Luhn either
    ['35600000000049', 'BAD_CHECKSUM'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkSiret(input)).toEqual({ valid: false, reason });
  });

  it('accepts any SIRET built with its Luhn digits, and catches any single changed digit', () => {
    fc.assert(
      fc.property(siret, fc.nat(), fc.integer({ min: 1, max: 9 }), (valid, at, shift) => {
        const typo = changeOneDigit(valid, at, shift);
        // La Poste's digit-sum rule misses a digit changed by 5: another property.
        fc.pre(!valid.startsWith('356000000') && !typo.startsWith('356000000'));
        expect(checkSiret(valid)).toEqual({ valid: true, value: valid });
        expect(checkSiret(typo).valid).toBe(false);
      }),
    );
  });
});

describe('SirenSchema and SiretSchema', () => {
  it('output the normalised number', () => {
    expect(v.parse(SirenSchema, '732 829 320')).toBe('732829320');
    expect(v.parse(SiretSchema, '732.829.320.00074')).toBe('73282932000074');
  });

  it('fail with a French message', () => {
    expect(v.safeParse(SiretSchema, '73282932000075').issues?.[0]?.message).toMatch(
      /^Numéro SIRET invalide\. Le numéro ne passe pas le contrôle de validité/u,
    );
  });
});
