import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkNda, NdaSchema } from './nda.js';

describe('checkNda', () => {
  it.each([
    ['11751234575', '11751234575'],
    ['11 75 12345 75', '11751234575'],
  ])('accepts %j as %s', (input, value) => {
    expect(checkNda(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'EMPTY'],
    ['1175123457', 'BAD_LENGTH'],
    ['117512345750', 'BAD_LENGTH'],
    ['1175123457A', 'BAD_CHARACTERS'],
    ['11.75.12345.75', 'BAD_CHARACTERS'],
  ])('refuses %j: %s', (input, reason) => {
    expect(checkNda(input)).toEqual({ valid: false, reason });
  });

  it('has a schema', () => {
    expect(v.parse(NdaSchema, '11 75 12345 75')).toBe('11751234575');
    expect(v.safeParse(NdaSchema, '117').success).toBe(false);
  });
});
