import type { CandidacyStatus, JuryResult } from '../vocabulary/index.js';
import { FULL_SUCCESS_JURY_RESULTS } from '../vocabulary/index.js';
import type { CandidacyActor } from './actor.js';
import type { CandidacyErrorCode } from './errors.js';
import type { CandidacyEventType } from './event-type.js';
import { type CandidacyState, statusBeforeArchive } from './state.js';

/**
 * The payload-independent half of each rule: who may send the event on each path, whether a
 * declared abandonment stops it, and the preconditions on the snapshot. The payload half (and
 * the new state) lives in the transitions.
 */
export interface CandidacyEventRule {
  /** `AUTONOME: null`: the event does not exist on the autonomous path (there is no AAP). */
  readonly actors: {
    readonly ACCOMPAGNE: readonly CandidacyActor[];
    readonly AUTONOME: readonly CandidacyActor[] | null;
  };
  /**
   * Events that move the journey forward on the candidate's side stop once an abandonment is
   * declared; the certificateur can still settle what it holds, the admin can still revoke and
   * anyone entitled can still archive.
   */
  readonly stoppedByAbandonment: boolean;
  readonly guard: (state: CandidacyState, today: string) => CandidacyErrorCode | null;
}

const BEFORE_FEASIBILITY: readonly CandidacyStatus[] = [
  'PROJET',
  'VALIDATION',
  'PRISE_EN_CHARGE',
  'PARCOURS_ENVOYE',
  'PARCOURS_CONFIRME',
];
const FEASIBILITY_AWAITING_DECISION: readonly CandidacyStatus[] = [
  'DOSSIER_FAISABILITE_ENVOYE',
  'DOSSIER_FAISABILITE_COMPLET',
];
const FEASIBILITY_FINAL: readonly CandidacyStatus[] = [
  'DOSSIER_FAISABILITE_RECEVABLE',
  'DOSSIER_FAISABILITE_NON_RECEVABLE',
  'DOSSIER_DE_VALIDATION_ENVOYE',
  'DOSSIER_DE_VALIDATION_SIGNALE',
];
const VALIDATION_DOSSIER_SENT: readonly CandidacyStatus[] = [
  'DOSSIER_DE_VALIDATION_ENVOYE',
  'DOSSIER_DE_VALIDATION_SIGNALE',
];

export function isFullSuccessJuryResult(result: JuryResult | null | undefined): boolean {
  return result != null && (FULL_SUCCESS_JURY_RESULTS as readonly JuryResult[]).includes(result);
}

const onlyIn =
  (...statuses: CandidacyStatus[]) =>
  (state: CandidacyState): CandidacyErrorCode | null =>
    statuses.includes(state.status) ? null : 'INVALID_STATUS_FOR_EVENT';

const accompanied = (...actors: CandidacyActor[]) => ({ ACCOMPAGNE: actors, AUTONOME: null });
const bothPaths = (...actors: CandidacyActor[]) => ({ ACCOMPAGNE: actors, AUTONOME: actors });

export const CANDIDACY_EVENT_RULES: { readonly [T in CandidacyEventType]: CandidacyEventRule } = {
  SUBMIT_TO_AAP: {
    actors: accompanied('CANDIDATE'),
    stoppedByAbandonment: true,
    guard: onlyIn('PROJET'),
  },
  TAKE_OVER: {
    actors: accompanied('AAP'),
    stoppedByAbandonment: true,
    guard: onlyIn('VALIDATION'),
  },
  // Resending from PARCOURS_ENVOYE replaces the path (a corrected quote) before it is confirmed.
  SEND_PARCOURS: {
    actors: accompanied('AAP'),
    stoppedByAbandonment: true,
    guard: onlyIn('PRISE_EN_CHARGE', 'PARCOURS_ENVOYE'),
  },
  CONFIRM_PARCOURS: {
    actors: accompanied('CANDIDATE'),
    stoppedByAbandonment: true,
    guard: onlyIn('PARCOURS_ENVOYE'),
  },
  SEND_FEASIBILITY: {
    actors: { ACCOMPAGNE: ['AAP'], AUTONOME: ['CANDIDATE'] },
    stoppedByAbandonment: true,
    guard: (state) => {
      const first = state.accompanimentType === 'AUTONOME' ? 'PROJET' : 'PARCOURS_CONFIRME';
      if (state.status === first || state.status === 'DOSSIER_FAISABILITE_INCOMPLET') return null;
      if (FEASIBILITY_AWAITING_DECISION.includes(state.status))
        return 'FEASIBILITY_AWAITING_DECISION';
      if (FEASIBILITY_FINAL.includes(state.status)) return 'FEASIBILITY_DECISION_FINAL';
      return 'INVALID_STATUS_FOR_EVENT';
    },
  },
  DECIDE_FEASIBILITY: {
    actors: bothPaths('CERTIFICATEUR'),
    stoppedByAbandonment: false,
    guard: (state) => {
      if (FEASIBILITY_AWAITING_DECISION.includes(state.status)) return null;
      if (state.status === 'DOSSIER_FAISABILITE_INCOMPLET') return 'FEASIBILITY_INCOMPLETE';
      if (FEASIBILITY_FINAL.includes(state.status)) return 'FEASIBILITY_DECISION_FINAL';
      return 'INVALID_STATUS_FOR_EVENT';
    },
  },
  // Once a validation dossier is sent, the admissibility it relied on is no longer revocable.
  REVOKE_FEASIBILITY_DECISION: {
    actors: bothPaths('ADMIN'),
    stoppedByAbandonment: false,
    guard: (state) => {
      if (VALIDATION_DOSSIER_SENT.includes(state.status)) return 'VALIDATION_DOSSIER_ALREADY_SENT';
      return FEASIBILITY_FINAL.includes(state.status) ? null : 'FEASIBILITY_DECISION_NOT_FINAL';
    },
  },
  SEND_VALIDATION_DOSSIER: {
    actors: { ACCOMPAGNE: ['AAP', 'CANDIDATE'], AUTONOME: ['CANDIDATE'] },
    stoppedByAbandonment: true,
    guard: (state) => {
      if (state.status === 'DOSSIER_FAISABILITE_RECEVABLE') return null;
      if (state.status === 'DOSSIER_DE_VALIDATION_SIGNALE') return null;
      if (state.status !== 'DOSSIER_DE_VALIDATION_ENVOYE') return 'FEASIBILITY_NOT_ADMISSIBLE';
      // Anything but a full success lets a new validation dossier be sent (DOMAIN.md).
      const result = state.jury?.result ?? null;
      if (result === null) return 'VALIDATION_DOSSIER_ALREADY_SENT';
      return isFullSuccessJuryResult(result) ? 'JURY_ALREADY_FULL_SUCCESS' : null;
    },
  },
  DECIDE_VALIDATION_DOSSIER: {
    actors: bothPaths('CERTIFICATEUR'),
    stoppedByAbandonment: false,
    guard: (state) => {
      if (state.status !== 'DOSSIER_DE_VALIDATION_ENVOYE') return 'INVALID_STATUS_FOR_EVENT';
      return state.validationDossier?.decision === 'PENDING'
        ? null
        : 'VALIDATION_DOSSIER_ALREADY_CHECKED';
    },
  },
  // Rescheduling is allowed until a result is recorded (sessions get moved).
  SCHEDULE_JURY: {
    actors: bothPaths('CERTIFICATEUR'),
    stoppedByAbandonment: false,
    guard: (state) => {
      if (state.status !== 'DOSSIER_DE_VALIDATION_ENVOYE') return 'INVALID_STATUS_FOR_EVENT';
      if (state.validationDossier?.decision !== 'COMPLETE') return 'VALIDATION_DOSSIER_NOT_CHECKED';
      return state.jury?.result ? 'JURY_RESULT_ALREADY_RECORDED' : null;
    },
  },
  RECORD_JURY_RESULT: {
    actors: bothPaths('CERTIFICATEUR'),
    stoppedByAbandonment: false,
    guard: (state, today) => {
      if (state.status !== 'DOSSIER_DE_VALIDATION_ENVOYE') return 'INVALID_STATUS_FOR_EVENT';
      if (!state.jury) return 'JURY_NOT_SCHEDULED';
      if (state.jury.result) return 'JURY_RESULT_ALREADY_RECORDED';
      // ISO dates compare as strings.
      return today < state.jury.sessionDate ? 'JURY_SESSION_NOT_REACHED' : null;
    },
  },
  REVOKE_JURY_RESULT: {
    actors: bothPaths('ADMIN'),
    stoppedByAbandonment: false,
    guard: (state) => {
      if (state.status !== 'DOSSIER_DE_VALIDATION_ENVOYE') return 'INVALID_STATUS_FOR_EVENT';
      return state.jury?.result ? null : 'JURY_RESULT_NOT_RECORDED';
    },
  },
  // DOMAIN.md: the certification may change only before the feasibility dossier is sent.
  CHANGE_CERTIFICATION: {
    actors: bothPaths('CANDIDATE', 'ADMIN'),
    stoppedByAbandonment: true,
    guard: (state) =>
      BEFORE_FEASIBILITY.includes(state.status) ? null : 'CERTIFICATION_CHANGE_TOO_LATE',
  },
  // Before submission there is no AAP to change (SUBMIT_TO_AAP names it); the feasibility
  // dossier belongs to the AAP that built it, hence the same limit as the certification.
  CHANGE_AAP: {
    actors: accompanied('CANDIDATE', 'ADMIN'),
    stoppedByAbandonment: true,
    guard: (state) => {
      if (state.status === 'PROJET') return 'INVALID_STATUS_FOR_EVENT';
      return BEFORE_FEASIBILITY.includes(state.status) ? null : 'AAP_CHANGE_TOO_LATE';
    },
  },
  // The candidate may put away a candidacy they no longer pursue (issue 6: candidate API).
  ARCHIVE: {
    actors: { ACCOMPAGNE: ['CANDIDATE', 'AAP', 'ADMIN'], AUTONOME: ['CANDIDATE', 'ADMIN'] },
    stoppedByAbandonment: false,
    guard: (state) =>
      FEASIBILITY_AWAITING_DECISION.includes(state.status) ? 'FEASIBILITY_AWAITING_DECISION' : null,
  },
  UNARCHIVE: {
    actors: { ACCOMPAGNE: ['AAP', 'ADMIN'], AUTONOME: ['ADMIN'] },
    stoppedByAbandonment: false,
    guard: (state) => {
      if (state.status !== 'ARCHIVE') return 'NOT_ARCHIVED';
      return statusBeforeArchive(state) ? null : 'NO_STATUS_TO_RESTORE';
    },
  },
  // A draft has nothing to abandon; a full success has nothing left to abandon.
  DECLARE_ABANDONMENT: {
    actors: { ACCOMPAGNE: ['CANDIDATE', 'AAP'], AUTONOME: ['CANDIDATE'] },
    stoppedByAbandonment: true,
    guard: (state) => {
      if (state.status === 'PROJET') return 'INVALID_STATUS_FOR_EVENT';
      return isFullSuccessJuryResult(state.jury?.result) ? 'JURY_ALREADY_FULL_SUCCESS' : null;
    },
  },
  CONFIRM_ABANDONMENT: {
    actors: bothPaths('CANDIDATE'),
    stoppedByAbandonment: false,
    guard: abandonmentAwaitingAnswer,
  },
  REFUSE_ABANDONMENT: {
    actors: bothPaths('CANDIDATE'),
    stoppedByAbandonment: false,
    guard: abandonmentAwaitingAnswer,
  },
};

function abandonmentAwaitingAnswer(state: CandidacyState): CandidacyErrorCode | null {
  if (state.abandonment?.confirmed === null) return null;
  return state.abandonment?.confirmed ? 'CANDIDACY_ABANDONED' : 'ABANDONMENT_NOT_DECLARED';
}

/**
 * Why `actor` may not send an event of `type` now, whatever its payload; null when it may.
 * Order: path, actor, archive, abandonment, then the event's own preconditions.
 */
export function candidacyEventRefusal(
  state: CandidacyState,
  type: CandidacyEventType,
  actor: CandidacyActor,
  today: string,
): CandidacyErrorCode | null {
  const rule = CANDIDACY_EVENT_RULES[type];
  const actors = rule.actors[state.accompanimentType];
  if (actors === null) return 'AUTONOMOUS_PATH';
  if (!actors.includes(actor)) return 'ACTOR_NOT_ALLOWED';
  if (state.status === 'ARCHIVE' && type !== 'UNARCHIVE') {
    return type === 'ARCHIVE' ? 'ALREADY_ARCHIVED' : 'CANDIDACY_ARCHIVED';
  }
  const abandonment = state.abandonment;
  if (rule.stoppedByAbandonment && abandonment && abandonment.confirmed !== false) {
    return abandonment.confirmed ? 'CANDIDACY_ABANDONED' : 'ABANDONMENT_PENDING';
  }
  return rule.guard(state, today);
}
