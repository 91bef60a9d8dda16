import type { CandidacyStatus, FeasibilityDecision } from '../vocabulary/index.js';
import type { CandidacyErrorCode } from './errors.js';
import type { CandidacyEventOf } from './event-schemas.js';
import type { CandidacyState, FeasibilityDecisionEntry } from './state.js';
import { type CandidacyEventContext, cleanText, required, type Transition } from './transition.js';

const STATUS_OF_DECISION: { readonly [D in FeasibilityDecision]: CandidacyStatus } = {
  PENDING: 'DOSSIER_FAISABILITE_ENVOYE',
  COMPLETE: 'DOSSIER_FAISABILITE_COMPLET',
  INCOMPLETE: 'DOSSIER_FAISABILITE_INCOMPLET',
  ADMISSIBLE: 'DOSSIER_FAISABILITE_RECEVABLE',
  REJECTED: 'DOSSIER_FAISABILITE_NON_RECEVABLE',
};

/**
 * The decisions the certificateur can take now. "COMPLETE or INCOMPLETE, once each" is counted
 * per submission: both are only taken from PENDING, and each (re)submission starts at PENDING,
 * so a rerouted dossier can be found incomplete again by its new certificateur. Marking complete
 * is optional: a final decision may be taken directly on a pending dossier.
 */
export function allowedFeasibilityDecisions(state: CandidacyState): FeasibilityDecision[] {
  if (state.status === 'DOSSIER_FAISABILITE_ENVOYE') {
    return ['COMPLETE', 'INCOMPLETE', 'ADMISSIBLE', 'REJECTED'];
  }
  if (state.status === 'DOSSIER_FAISABILITE_COMPLET') return ['ADMISSIBLE', 'REJECTED'];
  return [];
}

/** First submission or resubmission after INCOMPLETE, possibly to another certificateur. */
export function sendFeasibility(
  state: CandidacyState,
  event: CandidacyEventOf<'SEND_FEASIBILITY'>,
  { actor, now }: CandidacyEventContext,
): Transition {
  const previous = state.feasibility;
  const entry: FeasibilityDecisionEntry = {
    decision: 'PENDING',
    certificateurId: event.certificateurId,
    at: now,
    by: actor,
    comment: null,
  };
  return {
    status: STATUS_OF_DECISION.PENDING,
    patch: {
      feasibility: {
        certificateurId: event.certificateurId,
        decision: 'PENDING',
        decisionHistory: [...(previous?.decisionHistory ?? []), entry],
      },
    },
    effects: [
      {
        type: 'FEASIBILITY_SENT',
        certificateurId: event.certificateurId,
        previousCertificateurId: previous?.certificateurId ?? null,
      },
    ],
  };
}

export function decideFeasibility(
  state: CandidacyState,
  event: CandidacyEventOf<'DECIDE_FEASIBILITY'>,
  { actor, now }: CandidacyEventContext,
): Transition | CandidacyErrorCode {
  const feasibility = required(state.feasibility, 'feasibility dossier');
  if (!allowedFeasibilityDecisions(state).includes(event.decision)) {
    return 'FEASIBILITY_ALREADY_COMPLETE';
  }
  const comment = cleanText(event.comment);
  return {
    status: STATUS_OF_DECISION[event.decision],
    patch: { feasibility: withDecision(feasibility, event.decision, { actor, now }, comment) },
    effects: [{ type: 'FEASIBILITY_DECIDED', decision: event.decision, comment }],
  };
}

/** DOMAIN.md: only an admin revokes a final decision, and the dossier returns to COMPLETE. */
export function revokeFeasibilityDecision(
  state: CandidacyState,
  event: CandidacyEventOf<'REVOKE_FEASIBILITY_DECISION'>,
  { actor, now }: CandidacyEventContext,
): Transition | CandidacyErrorCode {
  const feasibility = required(state.feasibility, 'feasibility dossier');
  const reason = cleanText(event.reason);
  if (reason === null) return 'COMMENT_REQUIRED';
  return {
    status: STATUS_OF_DECISION.COMPLETE,
    patch: { feasibility: withDecision(feasibility, 'COMPLETE', { actor, now }, reason) },
    effects: [
      { type: 'FEASIBILITY_DECISION_REVOKED', revokedDecision: feasibility.decision, reason },
    ],
  };
}

function withDecision(
  feasibility: NonNullable<CandidacyState['feasibility']>,
  decision: FeasibilityDecision,
  { actor, now }: Pick<CandidacyEventContext, 'actor' | 'now'>,
  comment: string | null,
): NonNullable<CandidacyState['feasibility']> {
  const entry: FeasibilityDecisionEntry = {
    decision,
    certificateurId: feasibility.certificateurId,
    at: now,
    by: actor,
    comment,
  };
  return { ...feasibility, decision, decisionHistory: [...feasibility.decisionHistory, entry] };
}
