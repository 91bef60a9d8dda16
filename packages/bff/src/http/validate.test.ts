import { describe, expect, it } from 'vitest';
import { illFormedStringPath } from './validate.js';

// A libSQL server refuses a statement whose arguments hold a lone UTF-16 surrogate (found by
// the fuzzing under `npm run test:sqld`): validated input is checked for them first.
describe('illFormedStringPath', () => {
  it('finds a lone surrogate at any depth and names where it is', () => {
    expect(illFormedStringPath({ aapId: '\ud800' })).toBe('aapId');
    expect(illFormedStringPath({ a: [{ b: 'x\udfffy' }] })).toBe('a.0.b');
    expect(illFormedStringPath('\udc00')).toBe('');
  });

  it('lets well-formed text through, emoji and accents included', () => {
    expect(illFormedStringPath({ name: 'Zoë 🙂', list: ['😀', 'é'], n: 1, none: null })).toBe(null);
  });
});
