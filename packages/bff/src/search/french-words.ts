import { tokenize } from '@vae/core';

/**
 * Function words of French titles: they carry no meaning of their own in a search, so they are
 * neither indexed nor required in a query (« conseiller de vente » needs conseiller and vente).
 */
const STOPWORDS = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'c',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'leur',
  'leurs',
  'n',
  'ou',
  'par',
  'pour',
  'qu',
  'que',
  'qui',
  's',
  'sa',
  'ses',
  'son',
  'sur',
  'un',
  'une',
  'y',
]);

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term);
}

/** One word of an original text: where it is (UTF-16 offsets, end excluded) and its normal form. */
export interface WordSpan {
  start: number;
  end: number;
  term: string;
}

/**
 * Runs of letters, digits and combining marks. U+02BC (ʼ) is a letter for Unicode but an
 * apostrophe for `normalizeText`, so it separates words here too.
 */
const WORD_RUN = /(?:(?!\u02BC)[\p{L}\p{N}\p{M}])+/gu;

/**
 * The words of a text with their positions in the original, normalised like `tokenize` does
 * (each run is tokenised on its own, so both always agree). A run that normalises to several
 * words (a rare compatibility character such as « ½ ») gives each of them the run's range.
 * `memo` keeps the normal forms of runs already seen: titles share most of their words.
 */
export function wordSpans(text: string, memo?: Map<string, string[]>): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD_RUN)) {
    const run = match[0];
    const start = match.index;
    const end = start + run.length;
    let terms = memo?.get(run);
    if (terms === undefined) {
      terms = tokenize(run);
      memo?.set(run, terms);
    }
    for (const term of terms) spans.push({ start, end, term });
  }
  return spans;
}

/** The meaningful words of a text, normalised, in order. */
export function contentWords(text: string): string[] {
  return tokenize(text).filter((term) => !isStopword(term));
}
