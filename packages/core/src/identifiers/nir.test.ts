import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkNir, computeNirKey, NirSchema } from './nir.js';

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

/** The first 13 characters of a NIR, Corsican departments included. */
const nirBody = fc
  .tuple(fc.constantFrom(...'123478'), digits(12), fc.constantFrom(null, '2A', '2B'))
  .map(([first, rest, corsica]) =>
    corsica === null ? first + rest : first + rest.slice(0, 4) + corsica + rest.slice(6),
  );

describe('checkNir', () => {
  it.each([
    ['295109912611193', '295109912611193'],
    ['253072B07300470', '253072B07300470'],
    ['253072A07300443', '253072A07300443'],
    [' 2 95 10 99 126 111 93 ', '295109912611193'],
    ['2 53 07 2b 073 004 70', '253072B07300470'],
  ])('accepts %j as %s', (input, value) => {
    expect(checkNir(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['29510991261119', 'BAD_LENGTH'],
    ['2951099126111930', 'BAD_LENGTH'],
    ['29510991261119X', 'BAD_CHARACTERS'],
    ['295-10-99-126-111-93', 'BAD_CHARACTERS'],
    ['2A5109912611193', 'BAD_FORMAT'],
    ['595109912611193', 'BAD_FORMAT'],
    ['095109912611193', 'BAD_FORMAT'],
    ['295109912611194', 'BAD_KEY'],
    ['295109912611100', 'BAD_KEY'],
    ['253072A07300470', 'BAD_KEY'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkNir(input)).toEqual({ valid: false, reason });
  });
});

describe('computeNirKey', () => {
  it('computes the INSEE key, Corsica included, on 2 digits', () => {
    expect(computeNirKey('2951099126111')).toBe('93');
    expect(computeNirKey('253072B073004')).toBe('70');
    expect(computeNirKey('253072b073004')).toBe('70');
    expect(computeNirKey('253072A073004')).toBe('43');
    expect(computeNirKey('1850575000039')).toBe('09');
  });

  it('gives null for what is not 13 NIR characters', () => {
    expect(computeNirKey('295109912611')).toBeNull();
    expect(computeNirKey('29510991261X1')).toBeNull();
    expect(computeNirKey('2A51099126111')).toBeNull();
  });

  it('makes any 13 characters a valid NIR (round trip)', () => {
    fc.assert(
      fc.property(nirBody, (body) => {
        expect(checkNir(body + computeNirKey(body)!)).toEqual({
          valid: true,
          value: body + computeNirKey(body)!,
        });
      }),
    );
  });

  it('catches any single changed digit', () => {
    fc.assert(
      fc.property(nirBody, fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, shift) => {
        const nir = body + computeNirKey(body)!;
        const positions = [...nir].flatMap((character, index) =>
          /\d/u.test(character) ? [index] : [],
        );
        const index = positions[at % positions.length]!;
        const changed = String((Number(nir[index]) + shift) % 10);
        const typo = nir.slice(0, index) + changed + nir.slice(index + 1);
        expect(checkNir(typo).valid).toBe(false);
      }),
    );
  });
});

describe('NirSchema', () => {
  it('outputs the normalised NIR', () => {
    expect(v.parse(NirSchema, '2 95 10 99 126 111 93')).toBe('295109912611193');
  });

  it('fails with a French message that names the identifier and the fix', () => {
    const result = v.safeParse(NirSchema, '295109912611194');
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe(
      'Numéro de sécurité sociale invalide. La clé de contrôle ne correspond pas : un caractère est sans doute mal saisi.',
    );
  });

  it('refuses what is not a string', () => {
    expect(v.safeParse(NirSchema, 295109912611193).success).toBe(false);
  });
});
