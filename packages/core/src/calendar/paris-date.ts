// French rules count in French calendar days (the yearly R335-7 limit, registration end dates):
// "today" is the date on a wall calendar in metropolitan France, whatever the machine's zone.
const PARIS_TIME_ZONE = 'Europe/Paris';

let formatter: Intl.DateTimeFormat | undefined;

/**
 * The calendar date in Europe/Paris at the given instant, as `YYYY-MM-DD`: 2026-03-01T23:30Z is
 * already 2026-03-02 in Paris (UTC+1 in winter, UTC+2 in summer). Server and browser both call
 * it, so they evaluate rules on the same day.
 */
export function parisDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('parisDate needs a valid Date');
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: PARIS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const part = (type: 'year' | 'month' | 'day') =>
    formatter!.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
