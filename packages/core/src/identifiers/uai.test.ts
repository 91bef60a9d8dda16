import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkUai, computeUaiLetter, UaiSchema } from './uai.js';

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

const uai = digits(7).map((number) => number + computeUaiLetter(number)!);

describe('checkUai', () => {
  it.each([
    ['0594899E', '0594899E'],
    ['0491801S', '0491801S'],
    ['0631408N', '0631408N'],
    ['0851372E', '0851372E'],
    ['0594899e', '0594899E'],
    [' 0594899 E ', '0594899E'],
  ])('accepts %j as %s', (input, value) => {
    expect(checkUai(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['059489E', 'BAD_LENGTH'],
    ['05948990E', 'BAD_LENGTH'],
    ['0594899-E', 'BAD_CHARACTERS'],
    ['0594899É', 'BAD_CHARACTERS'],
    ['05948991', 'BAD_FORMAT'],
    ['E0594899', 'BAD_FORMAT'],
    ['0594899F', 'BAD_KEY'],
    ['0594898E', 'BAD_KEY'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkUai(input)).toEqual({ valid: false, reason });
  });
});

describe('computeUaiLetter', () => {
  it('gives the key letter, or null for what is not 7 digits', () => {
    expect(computeUaiLetter('0594899')).toBe('E');
    expect(computeUaiLetter('0000000')).toBe('A');
    expect(computeUaiLetter('059489')).toBeNull();
    expect(computeUaiLetter('059489A')).toBeNull();
  });

  it('makes any 7 digits a valid UAI, and catches any single changed digit', () => {
    fc.assert(
      fc.property(uai, fc.nat(), fc.integer({ min: 1, max: 9 }), (valid, at, shift) => {
        expect(checkUai(valid)).toEqual({ valid: true, value: valid });
        expect(checkUai(valid.toLowerCase())).toEqual({ valid: true, value: valid });
        const index = at % 7;
        const typo =
          valid.slice(0, index) +
          String((Number(valid[index]) + shift) % 10) +
          valid.slice(index + 1);
        expect(checkUai(typo)).toEqual({ valid: false, reason: 'BAD_KEY' });
      }),
    );
  });

  it('catches a changed key letter', () => {
    fc.assert(
      fc.property(uai, fc.constantFrom(...'ABCDEFGHJKLMNPRSTUVWXYZ'), (valid, letter) => {
        fc.pre(letter !== valid[7]);
        expect(checkUai(valid.slice(0, 7) + letter)).toEqual({ valid: false, reason: 'BAD_KEY' });
      }),
    );
  });
});

describe('UaiSchema', () => {
  it('outputs the uppercase UAI, or fails with a French message', () => {
    expect(v.parse(UaiSchema, '0594899e')).toBe('0594899E');
    expect(v.safeParse(UaiSchema, '0594899F').issues?.[0]?.message).toMatch(
      /^Code UAI invalide\. La clé de contrôle ne correspond pas/u,
    );
  });
});
