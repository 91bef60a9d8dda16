import type { Lang } from '../shared/lang.js';
import { LOCALES } from '../shared/lang.js';

const DAY_MS = 86_400_000;

/** `12 mars 2026` / `12 Mar 2026`. */
export function formatDay(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium' }).format(new Date(iso));
}

/** `12 mars 2026, 14:05` / `12 Mar 2026, 14:05`: when a status changed. */
export function formatMoment(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

/** Whole days since `iso` (the last change: how long the dossier has been waiting). */
export function daysSince(iso: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / DAY_MS));
}

export function fullName(candidate: { givenName: string; familyName: string }): string {
  return `${candidate.givenName} ${candidate.familyName}`.trim();
}
