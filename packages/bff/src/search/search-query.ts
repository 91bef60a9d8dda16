import { tokenize } from '@vae/core';
import { diplomaTypesNamed } from './diploma-types.js';
import { allowedTypos } from './edit-distance.js';
import { isStopword } from './french-words.js';

/** One word of the query, matched exactly, by its plural/feminine form, as a prefix or with typos. */
export interface WordClause {
  kind: 'word';
  word: string;
  prefix: boolean;
  typos: number;
}

/** A diploma family named by the query; a one-word name may also be a plain word of a title. */
export interface TypeClause {
  kind: 'type';
  type: number;
  fallback: WordClause | null;
}

/** An RNCP or RS code, with or without its prefix; a number being typed matches as a prefix. */
export interface CodeClause {
  kind: 'code';
  /** `rncp35830`, `rs5495`, or digits alone (RNCP numbers). */
  code: string;
  prefix: boolean;
}

export type Clause = WordClause | TypeClause | CodeClause;

/** Words beyond this many are ignored: no title needs more to be found. */
const MAX_WORDS = 12;
/** Words shorter than this are not prefixes unless they are the one being typed (the last). */
const MIN_PREFIX_LENGTH = 3;
const CODE = /^(?:rncp|rs)\d+$/;
const DIGITS = /^\d+$/;

/**
 * Turns what someone typed into the clauses a certification is matched against: meaningful
 * words (French function words dropped), diploma families (« bts », « bac pro »), codes.
 * The last word is taken as being typed, so it also matches as a prefix.
 */
export function parseSearchQuery(q: string): Clause[] {
  const words = tokenize(q).slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  const last = words.length - 1;
  const hasNumber = words.some((w) => DIGITS.test(w));
  const types = diplomaTypesNamed(words);
  const clauses: Clause[] = [];
  const seen = new Set<string>();
  const push = (key: string, clause: Clause) => {
    if (seen.has(key)) return;
    seen.add(key);
    clauses.push(clause);
  };

  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const named = types.find((t) => t.from === i);
    if (named) {
      const fallback = named.to === i ? wordClause(word, i === last) : null;
      push(`type:${named.type}`, { kind: 'type', type: named.type, fallback });
      i = named.to;
      continue;
    }
    if (CODE.test(word) || DIGITS.test(word)) {
      push(`code:${word}`, { kind: 'code', code: word, prefix: i === last && word.length >= 3 });
    } else if ((word === 'rncp' || word === 'rs') && hasNumber) {
      // « RNCP 35830 »: the number says it all.
    } else if (!isStopword(word)) {
      push(`word:${word}`, wordClause(word, i === last));
    }
  }
  // Only function words so far (« de », « la »): the last one is the start of a word being typed.
  if (clauses.length === 0)
    clauses.push({ kind: 'word', word: words[last] as string, prefix: true, typos: 0 });
  return clauses;
}

function wordClause(word: string, isLast: boolean): WordClause {
  return {
    kind: 'word',
    word,
    prefix: isLast || word.length >= MIN_PREFIX_LENGTH,
    typos: /\d/.test(word) ? 0 : allowedTypos(word.length),
  };
}
