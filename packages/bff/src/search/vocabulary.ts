import { boundedEditDistance } from './edit-distance.js';
import { foldFrench } from './french-folding.js';
import type { WordClause } from './search-query.js';

/** How well an index term matches a query word; higher is better. */
export const MatchQuality = {
  typo2: 2,
  typo1: 3,
  prefix: 4,
  fold: 5,
  exact: 6,
  /** A diploma family named by the query and carried by the certification. */
  type: 7,
} as const;

/** The index terms a query word matches, with how well each matches. */
export interface Expansion {
  terms: Int32Array;
  qualities: Uint8Array;
}

const CACHE_SIZE = 2000;

/**
 * Every term of the index, sorted (so prefixes are ranges), with their plural/feminine keys and,
 * for words, their lengths (typo candidates). Acronyms are terms too, but only exact and prefix
 * matches reach them: « aepe » is not a typo of anything.
 */
export class Vocabulary {
  readonly terms: readonly string[];
  readonly folded: readonly string[];
  private readonly ids = new Map<string, number>();
  private readonly byFold = new Map<string, number[]>();
  private readonly byLength: number[][] = [];
  /** The letters of each term as a bit set (see `letterMask`), to rule out typos cheaply. */
  private readonly letters: Int32Array;
  private readonly stamp: Uint32Array;
  private generation = 0;
  private readonly cache = new Map<string, Expansion>();

  /** `terms` sorted by code unit; `isWord[i]` tells whether term i is a word (not only an acronym). */
  constructor(terms: readonly string[], isWord: (id: number) => boolean) {
    this.terms = terms;
    this.folded = terms.map((term) => foldFrench(term));
    this.stamp = new Uint32Array(terms.length);
    this.letters = Int32Array.from(terms, letterMask);
    terms.forEach((term, id) => {
      this.ids.set(term, id);
      if (!isWord(id) || /\d/.test(term)) return;
      const key = this.folded[id] as string;
      const group = this.byFold.get(key);
      if (group) group.push(id);
      else this.byFold.set(key, [id]);
      const sameLength = this.byLength[term.length];
      if (sameLength) sameLength.push(id);
      else this.byLength[term.length] = [id];
    });
  }

  get size(): number {
    return this.terms.length;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The terms a query word matches: exact, then plural/feminine forms, prefixes, typos. */
  expand(clause: WordClause): Expansion {
    const key = `${clause.word}|${clause.prefix ? 1 : 0}|${clause.typos}`;
    const cached = this.cache.get(key);
    if (cached) {
      // Least recently used goes first: re-inserting moves this one to the end.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const expansion = this.compute(clause);
    if (this.cache.size >= CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, expansion);
    return expansion;
  }

  private compute({ word, prefix, typos }: WordClause): Expansion {
    const generation = ++this.generation;
    const terms: number[] = [];
    const qualities: number[] = [];
    const add = (id: number, quality: number) => {
      if (this.stamp[id] === generation) return;
      this.stamp[id] = generation;
      terms.push(id);
      qualities.push(quality);
    };
    const exact = this.ids.get(word);
    if (exact !== undefined) add(exact, MatchQuality.exact);
    for (const id of this.byFold.get(foldFrench(word)) ?? []) add(id, MatchQuality.fold);
    if (prefix) {
      const [from, to] = this.prefixRange(word);
      for (let id = from; id < to; id++) add(id, MatchQuality.prefix);
    }
    const letters = letterMask(word);
    for (let length = word.length - typos; typos > 0 && length <= word.length + typos; length++) {
      for (const id of this.byLength[length] ?? []) {
        if (this.stamp[id] === generation) continue;
        // One edit changes at most two letters of the set: most words are ruled out here.
        if (bitCount(letters ^ this.letters[id]!) > 2 * typos) continue;
        const distance = boundedEditDistance(word, this.terms[id] as string, typos);
        if (distance <= typos) add(id, distance === 1 ? MatchQuality.typo1 : MatchQuality.typo2);
      }
    }
    return { terms: Int32Array.from(terms), qualities: Uint8Array.from(qualities) };
  }

  /** Ids of the terms starting with `prefix`: a contiguous range, since terms are sorted. */
  prefixRange(prefix: string): [number, number] {
    const from = lowerBound(this.terms, prefix);
    // Every term starting with the prefix sorts before prefix + U+FFFF.
    const to = lowerBound(this.terms, `${prefix}\uffff`, from);
    return [from, to];
  }
}

/** The letters a word holds, one bit each (a–z; any other character shares the last bits). */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) - 97;
    mask |= 1 << (code >= 0 && code < 26 ? code : 26 + (word.charCodeAt(i) % 6));
  }
  return mask;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** First index whose value is ≥ `value` (code-unit order, as `Array.prototype.sort` sorts). */
export function lowerBound(sorted: readonly string[], value: string, from = 0): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
