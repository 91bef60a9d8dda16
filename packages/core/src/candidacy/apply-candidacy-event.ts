import * as v from 'valibot';
import type { CandidacyActor } from './actor.js';
import type { CandidacyEffect } from './effects.js';
import { type CandidacyError, candidacyError } from './errors.js';
import { candidacyEventRefusal } from './event-rules.js';
import { type CandidacyEvent, CandidacyEventSchema } from './event-schemas.js';
import { CandidacyEventType } from './event-type.js';
import type { CandidacyState } from './state.js';
import type { CandidacyEventContext } from './transition.js';
import { transition } from './transitions.js';

export type CandidacyEventResult =
  | {
      readonly ok: true;
      readonly state: CandidacyState;
      readonly effects: readonly CandidacyEffect[];
    }
  | { readonly ok: false; readonly error: CandidacyError };

/**
 * Applies one event to a snapshot. Pure: the input is never modified and a refusal is a value.
 * A status change appends exactly one history row `{ status, at: now, by: actor }`; an event
 * that keeps the status appends none.
 */
export function applyCandidacyEvent(
  state: CandidacyState,
  event: CandidacyEvent,
  context: CandidacyEventContext,
): CandidacyEventResult {
  const parsed = v.safeParse(CandidacyEventSchema, event);
  if (!parsed.success) return { ok: false, error: candidacyError('INVALID_EVENT') };
  const refusal = candidacyEventRefusal(state, parsed.output.type, context.actor, context.today);
  if (refusal) return { ok: false, error: candidacyError(refusal) };
  const outcome = transition(state, parsed.output, context);
  if (typeof outcome === 'string') return { ok: false, error: candidacyError(outcome) };

  const changed = outcome.status !== state.status;
  const next: CandidacyState = {
    ...state,
    ...outcome.patch,
    status: outcome.status,
    statusHistory: changed
      ? [...state.statusHistory, { status: outcome.status, at: context.now, by: context.actor }]
      : state.statusHistory,
  };
  const statusChange: CandidacyEffect[] = changed
    ? [{ type: 'STATUS_CHANGED', from: state.status, to: outcome.status }]
    : [];
  return { ok: true, state: next, effects: [...statusChange, ...outcome.effects] };
}

/**
 * The event types `actor` may send now, to show only the buttons that work. A listed type may
 * still refuse some payloads (a blank comment, an unchanged value, COMPLETE on a dossier that is
 * already complete: see `allowedFeasibilityDecisions`).
 */
export function allowedEvents(
  state: CandidacyState,
  actor: CandidacyActor,
  today: string,
): CandidacyEventType[] {
  return CandidacyEventType.values.filter(
    (type) => candidacyEventRefusal(state, type, actor, today) === null,
  );
}

/** Why a button is disabled: the refusal of an event type whatever its payload, or null. */
export function checkCandidacyEvent(
  state: CandidacyState,
  type: CandidacyEventType,
  actor: CandidacyActor,
  today: string,
): CandidacyError | null {
  const refusal = candidacyEventRefusal(state, type, actor, today);
  return refusal ? candidacyError(refusal) : null;
}
