/** Longest word compared; longer words are never typo candidates (no title word comes close). */
const MAX_LENGTH = 63;

// Three DP rows reused by every call: the search runs synchronously, one call at a time.
let twoBack = new Int32Array(MAX_LENGTH + 1);
let previous = new Int32Array(MAX_LENGTH + 1);
let current = new Int32Array(MAX_LENGTH + 1);

/**
 * Optimal-string-alignment distance between two words (insertions, deletions, substitutions
 * and swaps of two neighbouring letters each cost one), or `max + 1` as soon as it is certain
 * to exceed `max`. Bounded so that scanning a vocabulary stays cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n > MAX_LENGTH || m > MAX_LENGTH) return max + 1;
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let cost = (previous[j - 1] as number) + (ca === cb ? 0 : 1);
      const deletion = (previous[j] as number) + 1;
      const insertion = (current[j - 1] as number) + 1;
      if (deletion < cost) cost = deletion;
      if (insertion < cost) cost = insertion;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = (twoBack[j - 2] as number) + 1;
        if (swap < cost) cost = swap;
      }
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > max) return max + 1;
    const oldest = twoBack;
    twoBack = previous;
    previous = current;
    current = oldest;
  }
  const distance = previous[m] as number;
  return distance > max ? max + 1 : distance;
}

/** Edits a word of this length may carry and still match: one from 5 letters, two from 9. */
export function allowedTypos(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}
