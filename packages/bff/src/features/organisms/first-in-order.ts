/**
 * The first `count` items of `items` in the order of `compare`, sorted: a page of the picker
 * needs the first offset + limit of a few thousand matches, so a bounded insertion (n log k)
 * spares sorting them all. Falls back to a full sort when most of them are wanted.
 */
export function firstInOrder<T>(
  items: readonly T[],
  count: number,
  compare: (a: T, b: T) => number,
): T[] {
  if (count <= 0) return [];
  if (count * 4 >= items.length) return [...items].sort(compare).slice(0, count);
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === count) {
      const last = kept[count - 1] as T;
      if (compare(item, last) >= 0) continue;
      kept.pop();
    }
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(kept[middle] as T, item) <= 0) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, item);
  }
  return kept;
}
