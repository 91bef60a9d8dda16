import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AccompanimentType,
  type CandidacyStatus,
  type FeasibilityDecision,
  JuryResult,
} from '../vocabulary/index.js';
import { CandidacyActor } from './actor.js';
import {
  allowedEvents,
  applyCandidacyEvent,
  type CandidacyEventResult,
} from './apply-candidacy-event.js';
import { CandidacyStep, candidacyStep } from './candidacy-step.js';
import type { CandidacyEvent } from './event-schemas.js';
import { CandidacyEventType } from './event-type.js';
import { type CandidacyState, createCandidacyState } from './state.js';

/*
 * Random event sequences from a fresh draft: random events with random actors, mixed with events
 * picked among those `allowedEvents` offers (so that the journey gets deep enough to matter).
 */

const seedsArb = fc.record({
  aapId: fc.constantFrom('aap-1', 'aap-2', 'aap-3'),
  certificateurId: fc.constantFrom('cert-1', 'cert-2'),
  certificationCode: fc.constantFrom('RNCP34826', 'RNCP35830', 'RS5678'),
  feasibilityDecision: fc.constantFrom('COMPLETE', 'INCOMPLETE', 'ADMISSIBLE', 'REJECTED' as const),
  validationDecision: fc.constantFrom('COMPLETE', 'INCOMPLETE' as const),
  text: fc.constantFrom(undefined, '', '  ', 'Motif détaillé'),
  juryOffset: fc.integer({ min: -5, max: 10 }),
  juryResult: fc.constantFrom(...JuryResult.values),
});
type Seeds = typeof seedsArb extends fc.Arbitrary<infer S> ? S : never;

const stepArb = fc.record({
  guided: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
  forward: fc.oneof({ weight: 3, arbitrary: fc.constant(true) }, fc.constant(false)),
  pick: fc.nat(),
  type: fc.constantFrom(...CandidacyEventType.values),
  actor: fc.constantFrom(...CandidacyActor.values),
  seeds: seedsArb,
  days: fc.integer({ min: 0, max: 4 }),
});
type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;

const runArb = fc.record({
  path: fc.constantFrom<AccompanimentType>('ACCOMPAGNE', 'AUTONOME'),
  steps: fc.array(stepArb, { minLength: 10, maxLength: 120, size: 'max' }),
});
type Run = typeof runArb extends fc.Arbitrary<infer R> ? R : never;

const RUNS = { numRuns: 300 };

function addDays(days: number): string {
  return new Date(Date.UTC(2025, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
}

function buildEvent(type: CandidacyEventType, seeds: Seeds, today: string): CandidacyEvent {
  const text = seeds.text ?? '';
  switch (type) {
    case 'SUBMIT_TO_AAP':
    case 'CHANGE_AAP':
      return { type, aapId: seeds.aapId };
    case 'SEND_FEASIBILITY':
      return { type, certificateurId: seeds.certificateurId };
    case 'DECIDE_FEASIBILITY':
      return { type, decision: seeds.feasibilityDecision, comment: seeds.text };
    case 'DECIDE_VALIDATION_DOSSIER':
      return { type, decision: seeds.validationDecision, comment: seeds.text };
    case 'REVOKE_FEASIBILITY_DECISION':
    case 'REVOKE_JURY_RESULT':
    case 'DECLARE_ABANDONMENT':
      return { type, reason: text };
    case 'SCHEDULE_JURY':
      return { type, date: addDays(daysOf(today) + seeds.juryOffset) };
    case 'RECORD_JURY_RESULT':
      return { type, result: seeds.juryResult };
    case 'CHANGE_CERTIFICATION':
      return { type, certificationCode: seeds.certificationCode };
    default:
      return { type };
  }
}

function daysOf(date: string): number {
  return (Date.parse(`${date}T00:00:00Z`) - Date.UTC(2025, 0, 1)) / 86_400_000;
}

/** Offered events that send the journey back or stop it; a forward step avoids them. */
const DETOURS: readonly CandidacyEventType[] = [
  'CHANGE_CERTIFICATION',
  'CHANGE_AAP',
  'ARCHIVE',
  'DECLARE_ABANDONMENT',
  'CONFIRM_ABANDONMENT',
  'REVOKE_FEASIBILITY_DECISION',
  'REVOKE_JURY_RESULT',
];

function choose(
  state: CandidacyState,
  step: Step,
  today: string,
): [CandidacyActor, CandidacyEvent] {
  if (step.guided) {
    const all = CandidacyActor.values.flatMap((actor) =>
      allowedEvents(state, actor, today).map((type) => [actor, type] as const),
    );
    const forward = all.filter(([, type]) => !DETOURS.includes(type));
    const offered = step.forward && forward.length > 0 ? forward : all;
    const [actor, type] = offered[step.pick % Math.max(offered.length, 1)] ?? [
      step.actor,
      step.type,
    ];
    return [actor, buildEvent(type, step.seeds, today)];
  }
  return [step.actor, buildEvent(step.type, step.seeds, today)];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

interface Visit {
  readonly prev: CandidacyState;
  readonly actor: CandidacyActor;
  readonly event: CandidacyEvent;
  readonly now: string;
  readonly today: string;
  readonly result: CandidacyEventResult;
}

function simulate(run: Run, visit: (step: Visit) => void): CandidacyState {
  let state = deepFreeze(
    createCandidacyState({
      accompanimentType: run.path,
      certificationCode: 'RNCP34826',
      now: '2025-01-01T09:00:00.000Z',
    }),
  );
  let day = 0;
  for (const step of run.steps) {
    day += step.days;
    const today = addDays(day);
    const now = `${today}T10:00:00.000Z`;
    const [actor, event] = choose(state, step, today);
    const result = applyCandidacyEvent(state, event, { actor, now, today });
    visit({ prev: state, actor, event, now, today, result });
    if (result.ok) state = deepFreeze(result.state);
  }
  return state;
}

// What the rules allow, restated independently of the implementation.
const ACCOMPANIED_ONLY: readonly CandidacyStatus[] = [
  'VALIDATION',
  'PRISE_EN_CHARGE',
  'PARCOURS_ENVOYE',
  'PARCOURS_CONFIRME',
];
const FEASIBILITY_BY_STATUS: Record<CandidacyStatus, FeasibilityDecision | null> = {
  PROJET: null,
  VALIDATION: null,
  PRISE_EN_CHARGE: null,
  PARCOURS_ENVOYE: null,
  PARCOURS_CONFIRME: null,
  DOSSIER_FAISABILITE_ENVOYE: 'PENDING',
  DOSSIER_FAISABILITE_COMPLET: 'COMPLETE',
  DOSSIER_FAISABILITE_INCOMPLET: 'INCOMPLETE',
  DOSSIER_FAISABILITE_RECEVABLE: 'ADMISSIBLE',
  DOSSIER_FAISABILITE_NON_RECEVABLE: 'REJECTED',
  DOSSIER_DE_VALIDATION_ENVOYE: 'ADMISSIBLE',
  DOSSIER_DE_VALIDATION_SIGNALE: 'ADMISSIBLE',
  ARCHIVE: null,
};
const FINAL: readonly (FeasibilityDecision | undefined)[] = ['ADMISSIBLE', 'REJECTED'];

/** The status an archived candidacy stands for: the one before its latest ARCHIVE row. */
function standsFor(state: CandidacyState): CandidacyStatus | undefined {
  const statuses = state.statusHistory.map((row) => row.status);
  if (state.status !== 'ARCHIVE') return state.status;
  return statuses[statuses.lastIndexOf('ARCHIVE') - 1];
}

function violations(state: CandidacyState): string[] {
  const found: string[] = [];
  const rule = (ok: boolean, what: string) => ok || found.push(what);
  const history = state.statusHistory;
  rule(history.at(-1)?.status === state.status, 'the last history row is the status');
  rule(
    history.every(
      (row, i) =>
        i === 0 || (row.status !== history[i - 1]?.status && row.at >= (history[i - 1]?.at ?? '')),
    ),
    'each history row is a change, in time order',
  );
  const status = standsFor(state);
  rule(status !== undefined && status !== 'ARCHIVE', 'an archived candidacy stands for a status');
  if (status === undefined) return found;
  if (state.accompanimentType === 'AUTONOME') {
    rule(state.aapId === null, 'no AAP on the autonomous path');
    rule(!ACCOMPANIED_ONLY.includes(status), 'no AAP step on the autonomous path');
  } else {
    rule((status === 'PROJET') === (state.aapId === null), 'an AAP exactly once submitted');
  }
  rule(
    (state.feasibility?.decision ?? null) === FEASIBILITY_BY_STATUS[status],
    `feasibility ${state.feasibility?.decision} matches ${status}`,
  );
  const lastDecision = state.feasibility?.decisionHistory.at(-1);
  rule(
    !state.feasibility ||
      (lastDecision?.decision === state.feasibility.decision &&
        lastDecision.certificateurId === state.feasibility.certificateurId),
    'the feasibility decision is the last of its history',
  );
  const validation = state.validationDossier?.decision ?? null;
  rule(
    status === 'DOSSIER_DE_VALIDATION_ENVOYE'
      ? validation === 'PENDING' || validation === 'COMPLETE'
      : status === 'DOSSIER_DE_VALIDATION_SIGNALE'
        ? validation === 'INCOMPLETE'
        : validation === null,
    `validation dossier ${validation} matches ${status}`,
  );
  rule(
    !state.jury || (status === 'DOSSIER_DE_VALIDATION_ENVOYE' && validation === 'COMPLETE'),
    'a jury only for a checked validation dossier',
  );
  rule(
    state.abandonment?.declaredBy !== 'CANDIDATE' || state.abandonment.confirmed === true,
    'the candidate’s own abandonment is confirmed',
  );
  return found;
}

describe('random event sequences from a fresh draft', () => {
  it('never reach a state the rules forbid', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        simulate(run, ({ result, event, actor }) => {
          if (result.ok) expect(violations(result.state), `${event.type} by ${actor}`).toEqual([]);
        });
      }),
      RUNS,
    );
  });

  it('only grow the history, by exactly one row per status change', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        simulate(run, ({ prev, result, actor, now }) => {
          if (!result.ok) return;
          const before = prev.statusHistory;
          const after = result.state.statusHistory;
          expect(after.slice(0, before.length)).toEqual(before);
          if (result.state.status === prev.status) {
            expect(after).toHaveLength(before.length);
          } else {
            expect(after).toHaveLength(before.length + 1);
            expect(after.at(-1)).toEqual({ status: result.state.status, at: now, by: actor });
          }
        });
      }),
      RUNS,
    );
  });

  it('unarchive to the last status before archiving', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        let archivedFrom: CandidacyStatus | null = null;
        simulate(run, ({ prev, event, result }) => {
          if (!result.ok) return;
          if (event.type === 'ARCHIVE') archivedFrom = prev.status;
          if (event.type === 'UNARCHIVE') expect(result.state.status).toBe(archivedFrom);
        });
      }),
      RUNS,
    );
  });

  it('never replace a final feasibility decision except by an admin revocation', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        simulate(run, ({ prev, event, actor, result }) => {
          if (!result.ok || !prev.feasibility) return;
          const before = prev.feasibility;
          const after = result.state.feasibility;
          expect(after).not.toBeNull();
          expect(after?.decisionHistory.slice(0, before.decisionHistory.length)).toEqual(
            before.decisionHistory,
          );
          if (
            FINAL.includes(before.decision) &&
            after?.decisionHistory.length !== before.decisionHistory.length
          ) {
            expect([event.type, actor, after?.decision]).toEqual([
              'REVOKE_FEASIBILITY_DECISION',
              'ADMIN',
              'COMPLETE',
            ]);
          }
        });
      }),
      RUNS,
    );
  });

  it('refuse a jury result before the session date', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        simulate(run, ({ prev, event, result, today, now }) => {
          if (event.type === 'RECORD_JURY_RESULT' && result.ok) {
            expect(prev.jury && prev.jury.sessionDate <= today).toBe(true);
          }
          const jury = prev.jury;
          if (prev.status !== 'DOSSIER_DE_VALIDATION_ENVOYE' || !jury || jury.result) return;
          const probe = applyCandidacyEvent(
            prev,
            { type: 'RECORD_JURY_RESULT', result: 'FAILURE' },
            { actor: 'CERTIFICATEUR', now, today },
          );
          expect(probe.ok ? 'ACCEPTED' : probe.error.code).toBe(
            today < jury.sessionDate ? 'JURY_SESSION_NOT_REACHED' : 'ACCEPTED',
          );
        });
      }),
      RUNS,
    );
  });

  it('accept only what allowedEvents offers, refusing the rest on the payload alone', () => {
    const PAYLOAD_REFUSALS = [
      'COMMENT_REQUIRED',
      'NOTHING_TO_CHANGE',
      'FEASIBILITY_ALREADY_COMPLETE',
    ];
    fc.assert(
      fc.property(runArb, (run) => {
        simulate(run, ({ prev, event, actor, today, result }) => {
          const offered = allowedEvents(prev, actor, today).includes(event.type);
          if (result.ok) expect(offered).toBe(true);
          else if (offered) expect(PAYLOAD_REFUSALS).toContain(result.error.code);
        });
      }),
      RUNS,
    );
  });

  it('explore every status and every tracker step on both paths', () => {
    const reached = { ACCOMPAGNE: new Set<string>(), AUTONOME: new Set<string>() };
    fc.assert(
      fc.property(runArb, (run) => {
        simulate(run, ({ result, today }) => {
          if (!result.ok) return;
          reached[run.path].add(result.state.status);
          reached[run.path].add(candidacyStep(result.state, today));
        });
      }),
      RUNS,
    );
    const accompaniedOnly = new Set<string>(ACCOMPANIED_ONLY);
    expect([...reached.ACCOMPAGNE].sort()).toEqual([...CandidacyStep.values].sort());
    expect([...reached.AUTONOME].sort()).toEqual(
      CandidacyStep.values
        .filter((step) => !accompaniedOnly.has(step) && step !== 'ABANDONMENT_DECLARED')
        .sort(),
    );
  });
});
