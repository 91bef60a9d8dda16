/** A range `[start, end]` of a title that matched the query (`end` excluded), as the API sends it. */
export type TextRange = readonly [start: number, end: number];

/** A piece of a title, to be wrapped in `<mark>` when it matched. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Cuts `label` into plain and matched pieces. Ranges are sorted and clamped, and a range that
 * overlaps the previous one only adds what lies past it, so the pieces always spell the whole
 * title once (even if an import changed the title between two requests).
 */
export function highlightSegments(label: string, ranges: readonly TextRange[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(start, cursor);
    const to = Math.min(end, label.length);
    if (to <= from) continue;
    const last = segments.at(-1);
    if (from === cursor && last?.marked) {
      // Touches the previous range: one mark, not two.
      last.text += label.slice(from, to);
    } else {
      if (from > cursor) segments.push({ text: label.slice(cursor, from), marked: false });
      segments.push({ text: label.slice(from, to), marked: true });
    }
    cursor = to;
  }
  if (cursor < label.length) segments.push({ text: label.slice(cursor), marked: false });
  return segments;
}
