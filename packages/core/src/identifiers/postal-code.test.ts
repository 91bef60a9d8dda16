import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkPostalCode, PostalCodeSchema } from './postal-code.js';

describe('checkPostalCode', () => {
  it.each([
    ['59000', '59000'],
    ['01000', '01000'],
    ['20 000', '20000'],
  ])('accepts %j as %s', (input, value) => {
    expect(checkPostalCode(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['5900', 'BAD_LENGTH'],
    ['590000', 'BAD_LENGTH'],
    ['2A000', 'BAD_CHARACTERS'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkPostalCode(input)).toEqual({ valid: false, reason });
  });

  it('has a schema', () => {
    expect(v.parse(PostalCodeSchema, ' 75001 ')).toBe('75001');
    expect(v.safeParse(PostalCodeSchema, '7500').issues?.[0]?.message).toMatch(
      /^Code postal invalide\./u,
    );
  });
});
