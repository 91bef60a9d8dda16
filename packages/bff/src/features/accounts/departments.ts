import { DepartmentCodeSchema } from '@vae/core';
import * as v from 'valibot';

/** Every department code a candidate may give (what "national" coverage means). */
export const ALL_DEPARTMENTS: readonly string[] = (() => {
  const codes: string[] = [];
  for (let n = 1; n <= 95; n++) {
    if (n === 20) codes.push('2A', '2B');
    else codes.push(String(n).padStart(2, '0'));
  }
  for (const code of ['971', '972', '973', '974', '975', '976', '977', '978', '986', '987', '988'])
    codes.push(code);
  return codes.filter((code) => v.is(DepartmentCodeSchema, code));
})();

/** `all`, or a comma-separated list of department codes (normalised); throws on a bad code. */
export function parseDepartments(input: readonly string[] | 'all'): string[] {
  if (input === 'all') return [...ALL_DEPARTMENTS];
  const out = new Set<string>();
  for (const raw of input) {
    const parsed = v.safeParse(DepartmentCodeSchema, raw);
    if (!parsed.success) throw new Error(`Unknown department code "${raw}"`);
    out.add(parsed.output);
  }
  return [...out];
}
