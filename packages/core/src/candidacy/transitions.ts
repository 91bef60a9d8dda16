import type { CandidacyEffect } from './effects.js';
import type { CandidacyErrorCode } from './errors.js';
import type { CandidacyEvent, CandidacyEventOf } from './event-schemas.js';
import {
  decideFeasibility,
  revokeFeasibilityDecision,
  sendFeasibility,
} from './feasibility-transitions.js';
import { type CandidacyState, statusBeforeArchive } from './state.js';
import { type CandidacyEventContext, cleanText, required, type Transition } from './transition.js';
import {
  decideValidationDossier,
  recordJuryResult,
  revokeJuryResult,
  scheduleJury,
  sendValidationDossier,
} from './validation-transitions.js';

/** The payload half of the rules and the new state; the guards have already passed. */
export function transition(
  state: CandidacyState,
  event: CandidacyEvent,
  context: CandidacyEventContext,
): Transition | CandidacyErrorCode {
  switch (event.type) {
    case 'SUBMIT_TO_AAP':
      return {
        status: 'VALIDATION',
        patch: { aapId: event.aapId },
        effects: aapChanged(state.aapId, event.aapId),
      };
    case 'TAKE_OVER':
      return { status: 'PRISE_EN_CHARGE', effects: [] };
    case 'SEND_PARCOURS':
      return { status: 'PARCOURS_ENVOYE', effects: [{ type: 'PARCOURS_SENT' }] };
    case 'CONFIRM_PARCOURS':
      return { status: 'PARCOURS_CONFIRME', effects: [] };
    case 'SEND_FEASIBILITY':
      return sendFeasibility(state, event, context);
    case 'DECIDE_FEASIBILITY':
      return decideFeasibility(state, event, context);
    case 'REVOKE_FEASIBILITY_DECISION':
      return revokeFeasibilityDecision(state, event, context);
    case 'SEND_VALIDATION_DOSSIER':
      return sendValidationDossier();
    case 'DECIDE_VALIDATION_DOSSIER':
      return decideValidationDossier(event);
    case 'SCHEDULE_JURY':
      return scheduleJury(state, event);
    case 'RECORD_JURY_RESULT':
      return recordJuryResult(state, event);
    case 'REVOKE_JURY_RESULT':
      return revokeJuryResult(state, event);
    case 'CHANGE_CERTIFICATION':
      return changeCertification(state, event);
    case 'CHANGE_AAP':
      if (event.aapId === state.aapId) return 'NOTHING_TO_CHANGE';
      return {
        status: 'VALIDATION',
        patch: { aapId: event.aapId },
        effects: aapChanged(state.aapId, event.aapId),
      };
    case 'ARCHIVE':
      return { status: 'ARCHIVE', effects: [] };
    case 'UNARCHIVE':
      return { status: required(statusBeforeArchive(state), 'status before archive'), effects: [] };
    case 'DECLARE_ABANDONMENT':
      return declareAbandonment(state, event, context);
    case 'CONFIRM_ABANDONMENT':
      return answerAbandonment(state, true);
    case 'REFUSE_ABANDONMENT':
      return answerAbandonment(state, false);
  }
}

/** DOMAIN.md: back to PROJET and the AAP is cleared (it may not cover the new certification). */
function changeCertification(
  state: CandidacyState,
  event: CandidacyEventOf<'CHANGE_CERTIFICATION'>,
): Transition | CandidacyErrorCode {
  if (event.certificationCode === state.certificationCode) return 'NOTHING_TO_CHANGE';
  return {
    status: 'PROJET',
    patch: { certificationCode: event.certificationCode, aapId: null },
    effects: [
      { type: 'CERTIFICATION_CHANGED', from: state.certificationCode, to: event.certificationCode },
      ...aapChanged(state.aapId, null),
    ],
  };
}

/**
 * The candidate's own declaration needs no confirmation; an AAP's waits for the candidate's
 * answer. A refused declaration may be followed by a new one.
 */
function declareAbandonment(
  state: CandidacyState,
  event: CandidacyEventOf<'DECLARE_ABANDONMENT'>,
  { actor }: CandidacyEventContext,
): Transition | CandidacyErrorCode {
  if (actor !== 'CANDIDATE' && actor !== 'AAP') return 'ACTOR_NOT_ALLOWED';
  const reason = cleanText(event.reason);
  if (reason === null) return 'COMMENT_REQUIRED';
  const confirmed = actor === 'CANDIDATE' ? true : null;
  return {
    status: state.status,
    patch: { abandonment: { declaredBy: actor, reason, confirmed } },
    effects: [{ type: 'ABANDONMENT_DECLARED', declaredBy: actor, reason, confirmed }],
  };
}

function answerAbandonment(state: CandidacyState, confirmed: boolean): Transition {
  const abandonment = required(state.abandonment, 'abandonment');
  return {
    status: state.status,
    patch: { abandonment: { ...abandonment, confirmed } },
    effects: [{ type: confirmed ? 'ABANDONMENT_CONFIRMED' : 'ABANDONMENT_REFUSED' }],
  };
}

function aapChanged(from: string | null, to: string | null): CandidacyEffect[] {
  return from === to ? [] : [{ type: 'AAP_CHANGED', from, to }];
}
