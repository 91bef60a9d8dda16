import { normalizeText } from '@vae/core';
import { diplomaTypeWords } from './diploma-types.js';
import { boundedEditDistance } from './edit-distance.js';
import { foldFrench } from './french-folding.js';
import type { Clause } from './search-query.js';

/** A range of a title, in UTF-16 code units as JavaScript strings count them; `end` excluded. */
export interface TextRange {
  start: number;
  end: number;
}

/** What a title word is compared with: the query's words and the words naming its diploma types. */
export interface HighlightTarget {
  word: string;
  folded: string;
  prefix: boolean;
  typos: number;
  /** A word of the query that may be an acronym; false for the words naming a diploma type. */
  typed: boolean;
}

export function highlightTargets(clauses: readonly Clause[]): HighlightTarget[] {
  const targets: HighlightTarget[] = [];
  for (const clause of clauses) {
    const word = clause.kind === 'word' ? clause : clause.kind === 'type' ? clause.fallback : null;
    // A word naming a type (« lp », « bp ») is not read as the initials of a title.
    if (word)
      targets.push({ ...word, folded: foldFrench(word.word), typed: clause.kind === 'word' });
    if (clause.kind === 'type') {
      for (const w of diplomaTypeWords(clause.type)) {
        targets.push({ word: w, folded: foldFrench(w), prefix: false, typos: 0, typed: false });
      }
    }
  }
  return targets;
}

/**
 * The part of one title word (`label.slice(start, end)`, normalised to `term`, whose plural and
 * feminine key is `folded`) that matches a target: the whole word for exact, plural/feminine and typo matches, the typed part for a prefix.
 */
export function highlightWord(
  label: string,
  start: number,
  end: number,
  term: string,
  targets: readonly HighlightTarget[],
  folded: string = foldFrench(term),
): TextRange | null {
  let prefixLength = 0;
  for (const target of targets) {
    if (term === target.word || folded === target.folded) return { start, end };
    if (target.typos > 0 && boundedEditDistance(target.word, term, target.typos) <= target.typos) {
      return { start, end };
    }
    if (target.prefix && term.startsWith(target.word)) {
      prefixLength = Math.max(prefixLength, target.word.length);
    }
  }
  if (prefixLength === 0) return null;
  if (prefixLength >= term.length) return { start, end };
  return { start, end: start + originalLength(label.slice(start, end), prefixLength) };
}

/** How many characters of an original word make up its first `length` normalised letters. */
function originalLength(word: string, length: number): number {
  for (let i = 1; i <= word.length; i++) {
    if (normalizeText(word.slice(0, i)).length >= length) {
      // Keep the accents that follow the last letter (a decomposed « é » is two code units).
      let end = i;
      while (end < word.length && /\p{M}/u.test(word[end] as string)) end++;
      return end;
    }
  }
  return word.length;
}

/** Sorted, non-overlapping ranges; touching ranges stay apart (one per word). */
export function mergeRanges(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range.start < last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
