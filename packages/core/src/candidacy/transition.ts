import type { CandidacyStatus } from '../vocabulary/index.js';
import type { CandidacyActor } from './actor.js';
import type { CandidacyEffect } from './effects.js';
import type { CandidacyState } from './state.js';

/** When and by whom an event is applied. Times come from the caller: the rules never read a clock. */
export interface CandidacyEventContext {
  readonly actor: CandidacyActor;
  /** ISO timestamp, written in the history rows. */
  readonly now: string;
  /** ISO date (the candidacy's local day), compared with the jury session date. */
  readonly today: string;
}

/** What an accepted event changes; the status history row is added by the caller. */
export interface Transition {
  readonly status: CandidacyStatus;
  readonly patch?: Partial<Omit<CandidacyState, 'status' | 'statusHistory'>>;
  readonly effects: readonly CandidacyEffect[];
}

/** Trimmed text, or null when nothing is left. */
export function cleanText(text: string | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The guards checked the status; a record missing for it means the snapshot was built wrong. */
export function required<T>(record: T | null, what: string): T {
  if (record === null) throw new Error(`Inconsistent candidacy snapshot: no ${what}`);
  return record;
}
