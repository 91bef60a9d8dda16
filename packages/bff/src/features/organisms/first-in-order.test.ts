import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInOrder } from './first-in-order.js';

describe('firstInOrder', () => {
  it('gives the same first items as a full sort, for any list and count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.nat(60), (items, count) => {
        const byValue = (a: number, b: number) => a - b;
        expect(firstInOrder(items, count, byValue)).toEqual(
          [...items].sort(byValue).slice(0, count),
        );
      }),
    );
  });
});
