import { tokenize } from '@vae/core';

/**
 * How well a site's name answers the words typed, 0 when it does not: every word typed must
 * begin a word of the public or the legal name (« forma » finds « Formation », « creteil » finds
 * « Créteil »). Whole words weigh more than prefixes, and the public name more than the legal one.
 */
export function nameScore(
  publicWords: readonly string[],
  legalWords: readonly string[],
  typed: readonly string[],
): number {
  let score = 0;
  for (const word of typed) {
    const inPublic = wordScore(publicWords, word);
    const inLegal = wordScore(legalWords, word);
    if (inPublic === 0 && inLegal === 0) return 0;
    score += Math.max(inPublic * 2, inLegal);
  }
  return score;
}

function wordScore(words: readonly string[], typed: string): number {
  let best = 0;
  for (const word of words) {
    if (word === typed) return 2;
    if (word.startsWith(typed)) best = 1;
  }
  return best;
}

/** The distinct words of a name, in normalised form. */
export function nameWords(name: string): string[] {
  return [...new Set(tokenize(name))];
}
