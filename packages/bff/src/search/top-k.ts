/** `true` when `a` ranks before `b`. Must be a strict total order for the result to be stable. */
export type RanksBefore = (a: number, b: number) => boolean;

/**
 * The `k` best of `count` candidates, best first, without sorting them all: a bounded heap
 * whose root is the worst kept so far (O(count · log k)). Pages near the top stay cheap however
 * many certifications match.
 */
export function selectTop(
  candidates: Int32Array,
  count: number,
  k: number,
  before: RanksBefore,
): number[] {
  if (k <= 0 || count === 0) return [];
  if (k >= count) {
    return Array.from(candidates.subarray(0, count)).sort((a, b) =>
      before(a, b) ? -1 : before(b, a) ? 1 : 0,
    );
  }
  const heap = new Int32Array(k);
  let size = 0;
  const worse = (i: number, j: number) => before(heap[j] as number, heap[i] as number);
  const siftUp = (start: number) => {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(i, parent)) break;
      swap(heap, i, parent);
      i = parent;
    }
  };
  const siftDown = () => {
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < size && worse(left, worst)) worst = left;
      if (right < size && worse(right, worst)) worst = right;
      if (worst === i) return;
      swap(heap, i, worst);
      i = worst;
    }
  };
  for (let c = 0; c < count; c++) {
    const doc = candidates[c] as number;
    if (size < k) {
      heap[size] = doc;
      siftUp(size++);
    } else if (before(doc, heap[0] as number)) {
      heap[0] = doc;
      siftDown();
    }
  }
  return Array.from(heap.subarray(0, size)).sort((a, b) =>
    before(a, b) ? -1 : before(b, a) ? 1 : 0,
  );
}

function swap(array: Int32Array, i: number, j: number): void {
  const t = array[i] as number;
  array[i] = array[j] as number;
  array[j] = t;
}
