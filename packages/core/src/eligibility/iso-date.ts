import * as v from 'valibot';

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a `YYYY-MM-DD` string naming a real calendar day (no `2023-02-29`). */
export function isIsoCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A calendar date as an ISO `YYYY-MM-DD` string. Such strings compare chronologically with `<`,
 * so the rules never need a `Date` (and never the clock).
 */
export const IsoDateSchema = v.config(
  v.pipe(
    v.string(),
    v.isoDate('Expected a date as YYYY-MM-DD'),
    v.check(isIsoCalendarDate, 'This day does not exist in the calendar'),
  ),
  // One issue per bad date: the calendar check only runs on a well-formed one.
  { abortPipeEarly: true },
);
