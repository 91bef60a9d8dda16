/**
 * The "random order" of the picker (seed slides: organisms shown 10 at a time in random order,
 * so that no organism is favoured by its name or its age), made stable for one person: each site
 * gets a sort key from hash(seed, id). The same seed gives the same order on every page and on
 * every server, so paging by offset never repeats nor skips a site; another seed shuffles anew.
 */

/** 32-bit FNV-1a of a string: computed once per site when the directory is built. */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32 bits where every input bit flips half the output. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The sort key of one site for one seed (distinct sites keep distinct keys unless ids collide). */
export function orderKey(idHash: number, seed: number): number {
  return mix32(idHash ^ mix32(seed ^ 0x9e3779b9));
}

export const MAX_SEED = 0xffffffff;

/** A fresh seed for a person who starts browsing. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}
