import { tokenize } from '@vae/core';
import { isStopword } from '../src/search/french-words.js';

export type QueryKind = 'words' | 'prefix' | 'typo' | 'type';

export interface BenchQuery {
  kind: QueryKind;
  q: string;
}

const TYPE_WORDS = ['bts', 'cap', 'bac pro', 'titre pro', 'licence pro', 'master'];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * What people type, built from the catalogue's own titles (deterministic): 1 to 3 words of a
 * title, the same with the last one cut short (typing), with one or two typos, or after a
 * diploma type. A quarter of each kind.
 */
export function benchQueries(titles: readonly string[], count: number, seed = 7): BenchQuery[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const queries: BenchQuery[] = [];
  while (queries.length < count) {
    const words = tokenize(pick(titles)).filter((w) => !isStopword(w) && w.length >= 3);
    if (words.length === 0) continue;
    const length = 1 + Math.floor(random() * Math.min(3, words.length));
    const from = Math.floor(random() * (words.length - length + 1));
    const chosen = words.slice(from, from + length);
    const kind = (['words', 'prefix', 'typo', 'type'] as const)[queries.length % 4] as QueryKind;
    if (kind === 'prefix') {
      const last = chosen.at(-1) as string;
      chosen[chosen.length - 1] = last.slice(0, 3 + Math.floor(random() * (last.length - 2)));
    } else if (kind === 'typo') {
      const at = chosen.findIndex((w) => w.length >= 5);
      if (at < 0) continue;
      const word = chosen[at] as string;
      chosen[at] = withTypo(word.length >= 9 ? withTypo(word, random) : word, random);
    } else if (kind === 'type') {
      chosen.unshift(pick(TYPE_WORDS));
    }
    queries.push({ kind, q: chosen.join(' ') });
  }
  return queries;
}

/** One edit: a letter replaced, dropped, doubled, or swapped with the next one. */
function withTypo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + LETTERS[Math.floor(random() * 26)] + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at);
    default:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
