import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../seed/demo-catalogue/index.js';
import { CertificationIndex } from './certification-index.js';

const index = CertificationIndex.build(DEMO_CATALOGUE, 'demo');
const titleWords = [...new Set(DEMO_CATALOGUE.flatMap((c) => c.label.split(/[\s’'-]+/)))];

/** What people type: pieces of real title words, cut, misspelt, in any case, or any text at all. */
const typed = fc.oneof(
  fc
    .array(
      fc
        .tuple(fc.constantFrom(...titleWords), fc.nat(12), fc.boolean())
        .map(([word, cut, upper]) => {
          const piece = word.slice(0, Math.max(1, word.length - cut));
          return upper ? piece.toUpperCase() : piece;
        }),
      { minLength: 1, maxLength: 4 },
    )
    .map((words) => words.join(' ')),
  fc.string({ maxLength: 200, unit: 'grapheme' }),
);

function search(q: string, limit: number, offset = 0) {
  return index.search({
    q,
    onlyActive: false,
    onlyVaeAccessible: false,
    today: '2026-03-02',
    limit,
    offset,
  });
}

describe('search, whatever is typed', () => {
  it('answers a page within the limit, with sorted, disjoint highlight ranges inside the title', () => {
    fc.assert(
      fc.property(typed, fc.integer({ min: 1, max: 50 }), (q, limit) => {
        const { hits, total, facets } = search(q, limit);
        expect(hits.length).toBeLessThanOrEqual(Math.min(limit, total));
        expect(facets.level.reduce((n, f) => n + f.count, 0)).toBeLessThanOrEqual(total);
        for (const { certification, highlights } of hits) {
          let previousEnd = 0;
          for (const { start, end } of highlights) {
            expect(start).toBeGreaterThanOrEqual(previousEnd);
            expect(end).toBeGreaterThan(start);
            expect(end).toBeLessThanOrEqual(certification.label.length);
            previousEnd = end;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('pages through the same ranking', () => {
    fc.assert(
      fc.property(typed, fc.integer({ min: 1, max: 10 }), (q, size) => {
        const whole = search(q, 2 * size).hits.map((hit) => hit.certification.code);
        const first = search(q, size).hits.map((hit) => hit.certification.code);
        const second = search(q, size, size).hits.map((hit) => hit.certification.code);
        expect([...first, ...second]).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });
});
