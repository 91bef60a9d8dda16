import type { CandidacyErrorCode } from './errors.js';
import { isFullSuccessJuryResult } from './event-rules.js';
import type { CandidacyEventOf } from './event-schemas.js';
import type { CandidacyState } from './state.js';
import { cleanText, required, type Transition } from './transition.js';

/** A new validation dossier starts a new check and a new jury (the previous ones stay in the server's rows). */
export function sendValidationDossier(): Transition {
  return {
    status: 'DOSSIER_DE_VALIDATION_ENVOYE',
    patch: { validationDossier: { decision: 'PENDING', comment: null }, jury: null },
    effects: [{ type: 'VALIDATION_DOSSIER_SENT' }],
  };
}

export function decideValidationDossier(
  event: CandidacyEventOf<'DECIDE_VALIDATION_DOSSIER'>,
): Transition | CandidacyErrorCode {
  const comment = cleanText(event.comment);
  // DOMAIN.md: a flagged (signalé) validation dossier needs a comment.
  if (event.decision === 'INCOMPLETE' && comment === null) return 'COMMENT_REQUIRED';
  return {
    status:
      event.decision === 'INCOMPLETE'
        ? 'DOSSIER_DE_VALIDATION_SIGNALE'
        : 'DOSSIER_DE_VALIDATION_ENVOYE',
    patch: { validationDossier: { decision: event.decision, comment } },
    effects: [{ type: 'VALIDATION_DOSSIER_DECIDED', decision: event.decision, comment }],
  };
}

/** A session may be entered after the fact (late data entry), so the date is not checked against today. */
export function scheduleJury(
  state: CandidacyState,
  event: CandidacyEventOf<'SCHEDULE_JURY'>,
): Transition {
  const jury = {
    sessionDate: event.date,
    time: event.time ?? null,
    place: cleanText(event.place),
    result: null,
  };
  return {
    status: state.status,
    patch: { jury },
    effects: [{ type: 'JURY_SCHEDULED', ...withoutResult(jury), rescheduled: state.jury !== null }],
  };
}

export function recordJuryResult(
  state: CandidacyState,
  event: CandidacyEventOf<'RECORD_JURY_RESULT'>,
): Transition {
  const jury = required(state.jury, 'jury');
  return {
    status: state.status,
    patch: { jury: { ...jury, result: event.result } },
    effects: [
      {
        type: 'JURY_RESULT_RECORDED',
        result: event.result,
        fullSuccess: isFullSuccessJuryResult(event.result),
      },
    ],
  };
}

export function revokeJuryResult(
  state: CandidacyState,
  event: CandidacyEventOf<'REVOKE_JURY_RESULT'>,
): Transition | CandidacyErrorCode {
  const jury = required(state.jury, 'jury');
  const revokedResult = required(jury.result, 'jury result');
  const reason = cleanText(event.reason);
  if (reason === null) return 'COMMENT_REQUIRED';
  return {
    status: state.status,
    patch: { jury: { ...jury, result: null } },
    effects: [{ type: 'JURY_RESULT_REVOKED', revokedResult, reason }],
  };
}

function withoutResult(jury: NonNullable<CandidacyState['jury']>) {
  return { sessionDate: jury.sessionDate, time: jury.time, place: jury.place };
}
