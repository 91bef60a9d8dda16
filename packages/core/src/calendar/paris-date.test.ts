import { describe, expect, it } from 'vitest';
import { parisDate } from './paris-date.js';

describe('parisDate', () => {
  it.each([
    // Winter (UTC+1): the day changes at 23:00 UTC.
    ['2026-03-01T22:59:59Z', '2026-03-01'],
    ['2026-03-01T23:00:00Z', '2026-03-02'],
    // Summer (UTC+2): the day changes at 22:00 UTC.
    ['2026-07-14T21:59:59Z', '2026-07-14'],
    ['2026-07-14T22:00:00Z', '2026-07-15'],
    // New Year's Eve: the calendar year changes in Paris before it does in UTC.
    ['2025-12-31T23:30:00Z', '2026-01-01'],
    // Around the switch to summer time (29 March 2026 at 01:00 UTC).
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-03-29T21:59:00Z', '2026-03-29'],
    ['2026-03-29T22:00:00Z', '2026-03-30'],
  ])('%s is %s in Paris', (instant, date) => {
    expect(parisDate(new Date(instant))).toBe(date);
  });

  it('refuses an invalid Date', () => {
    expect(() => parisDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
