import { isStopword, type WordSpan, wordSpans } from './french-words.js';
import type { TextRange } from './highlights.js';

const ACRONYM = /^[a-z]{2,8}$/;

/**
 * The initials of the title words an acronym of the query stands for (« AEPE » marks the A, é, p
 * and e of « Accompagnant éducatif petite enfance »), or none. Consecutive words, function words
 * skipped unless their initial is needed (the D of ADVF, « assistant de vie aux familles »), as
 * the index derives acronyms (see acronyms.ts). `acronym` is a normalised query word; `memo`
 * keeps the normal forms of the words already seen (see `wordSpans`).
 */
export function acronymInitials(
  label: string,
  acronym: string,
  memo?: Map<string, string[]>,
): TextRange[] {
  if (!ACRONYM.test(acronym)) return [];
  const spans = wordSpans(label, memo);
  for (let first = 0; first < spans.length; first++) {
    const words = spell(spans, first, acronym, 0);
    if (words) return words.map((span) => initialOf(label, span));
  }
  return [];
}

/** The spans from `at` on whose initials spell `acronym` from its `letter`th letter, or null. */
function spell(
  spans: readonly WordSpan[],
  at: number,
  acronym: string,
  letter: number,
): WordSpan[] | null {
  if (letter === acronym.length) return [];
  const span = spans[at];
  if (!span) return null;
  const stopword = isStopword(span.term);
  const usable = !stopword || span.term === 'de' || span.term === 'd';
  if (usable && span.term[0] === acronym[letter]) {
    const rest = spell(spans, at + 1, acronym, letter + 1);
    if (rest) return [span, ...rest];
  }
  // A function word may be skipped, and the first word must itself give the first letter.
  return stopword && letter > 0 ? spell(spans, at + 1, acronym, letter) : null;
}

/** The first letter of a word in the original title, with the accents that follow it. */
function initialOf(label: string, span: WordSpan): TextRange {
  let end = span.start + 1;
  while (end < span.end && /\p{M}/u.test(label[end] as string)) end++;
  return { start: span.start, end };
}
