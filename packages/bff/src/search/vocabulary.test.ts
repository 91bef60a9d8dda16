import { tokenize } from '@vae/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../seed/demo-catalogue/index.js';
import { allowedTypos, boundedEditDistance } from './edit-distance.js';
import { foldFrench } from './french-folding.js';
import { Vocabulary } from './vocabulary.js';

const words = [...new Set(DEMO_CATALOGUE.flatMap((c) => tokenize(c.label)))]
  .filter((word) => word.length >= 5 && !/\d/.test(word))
  .sort();
const vocabulary = new Vocabulary(words, () => true);

/** One edit: a letter replaced, dropped, added, or swapped with the next one. */
const edited = fc
  .tuple(
    fc.constantFrom(...words),
    fc.nat(),
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzé'),
    fc.nat(3),
  )
  .map(([word, at, letter, kind]) => {
    const i = at % (word.length - 1);
    const edits = [
      word.slice(0, i) + letter + word.slice(i + 1),
      word.slice(0, i) + word.slice(i + 1),
      word.slice(0, i) + letter + word.slice(i),
      word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2),
    ];
    return { word, typed: edits[kind] as string };
  });

describe('Vocabulary.expand', () => {
  it('finds every word of the index one edit away from what was typed', () => {
    fc.assert(
      fc.property(edited, ({ word, typed }) => {
        const typos = allowedTypos(typed.length);
        fc.pre(typos > 0 && typed !== word);
        const { terms } = vocabulary.expand({ kind: 'word', word: typed, prefix: false, typos });
        expect([...terms].map((id) => vocabulary.terms[id])).toContain(word);
        // …and nothing farther, but for the plural and feminine forms of what was typed.
        for (const id of terms) {
          const term = vocabulary.terms[id] as string;
          const close = boundedEditDistance(typed, term, typos) <= typos;
          expect(close || vocabulary.folded[id] === foldFrench(typed)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
