import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from './normalize-text.js';

/** Text as people type or paste it: French letters, ligatures, apostrophes, dashes, odd spaces. */
const frenchText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(..."aAéÉèêëÊàâÂçÇîïôÔùûüÿœŒæÆßẞ'’‘ʼ-‐–—.,;:!?()/\t\n \u00a0\u202f"),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
});

describe('normalizeText', () => {
  it.each([
    ["Diplôme d'État", 'diplome d etat'],
    ['Conducteur d’installations', 'conducteur d installations'],
    ['post-bac', 'post bac'],
    ['Œuvre  ÆGIS', 'oeuvre aegis'],
    ['  Employée   commerciale ', 'employee commerciale'],
    ['Straße', 'strasse'],
    ['l‘aide‐soignant — aux urgences', 'l aide soignant aux urgences'],
    ['dʼétat', 'd etat'],
    ['BTS « Négociation » (niveau 5) !', 'bts negociation niveau 5'],
    ['Auxiliaire\u00a0de\u202fvie\tsociale\n', 'auxiliaire de vie sociale'],
    ['ﬁnance', 'finance'],
    ['', ''],
    [' -’ ', ''],
  ])('normalises %j to %j', (input, normalised) => {
    expect(normalizeText(input)).toBe(normalised);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
      }),
    );
  });

  it('leaves no uppercase, accent, apostrophe, hyphen or double space', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        const normalised = normalizeText(text);
        expect(normalised).not.toMatch(/\p{Lu}|\p{Lt}|\p{M}|['’‘ʼ]|\p{Pd}|\s\s|^\s|\s$/u);
        expect(normalised).not.toMatch(/[^\S ]/u);
      }),
    );
  });
});

describe('tokenize', () => {
  it('gives the words of the normalised text', () => {
    expect(tokenize("Diplôme d'État")).toEqual(['diplome', 'd', 'etat']);
    expect(tokenize('  ')).toEqual([]);
  });

  it('gives words that are non-empty and contain no space', () => {
    fc.assert(
      fc.property(frenchText, (text) => {
        for (const word of tokenize(text)) expect(word).toMatch(/^\S+$/u);
        expect(tokenize(text).join(' ')).toBe(normalizeText(text));
      }),
    );
  });
});
