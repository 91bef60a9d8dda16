import * as v from 'valibot';
import type { FeasibilityDecision, ValidationDossierDecision } from '../vocabulary/index.js';
import { JuryResult } from '../vocabulary/index.js';

/*
 * Payload schemas are what an HTTP route validates (the body, without `type`); event schemas add
 * the `type` discriminant. Required texts are plain strings here: an empty one is refused by the
 * state machine with COMMENT_REQUIRED, so the person gets a message they can act on.
 */

const IdSchema = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(100));
const TextSchema = v.pipe(v.string(), v.trim(), v.maxLength(4000));
// DOMAIN.md, identifiers: RNCP codes and RS codes.
const CertificationCodeSchema = v.pipe(v.string(), v.trim(), v.regex(/^(?:RNCP\d{3,5}|RS\d+)$/));

export const SubmitToAapPayloadSchema = v.object({ aapId: IdSchema });

export const SendFeasibilityPayloadSchema = v.object({
  /** One certificateur covering both the candidate's department and the certification. */
  certificateurId: IdSchema,
});

export const DecideFeasibilityPayloadSchema = v.object({
  decision: v.picklist([
    'COMPLETE',
    'INCOMPLETE',
    'ADMISSIBLE',
    'REJECTED',
  ] as const satisfies readonly FeasibilityDecision[]),
  comment: v.optional(TextSchema),
});

/** Both revocations (feasibility decision, jury result) are admin acts that state a reason. */
export const RevocationPayloadSchema = v.object({ reason: TextSchema });

export const DecideValidationDossierPayloadSchema = v.object({
  decision: v.picklist([
    'COMPLETE',
    'INCOMPLETE',
  ] as const satisfies readonly ValidationDossierDecision[]),
  /** Required when the decision is INCOMPLETE (signalé). */
  comment: v.optional(TextSchema),
});

// isoDate only checks the shape: 2025-02-30 must be refused too.
function isCalendarDate(date: string): boolean {
  const time = new Date(`${date}T00:00:00Z`).getTime();
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date;
}

export const ScheduleJuryPayloadSchema = v.object({
  date: v.pipe(v.string(), v.isoDate(), v.check(isCalendarDate)),
  time: v.optional(v.pipe(v.string(), v.isoTime())),
  place: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(500))),
});

export const RecordJuryResultPayloadSchema = v.object({ result: JuryResult.schema });

export const ChangeCertificationPayloadSchema = v.object({
  certificationCode: CertificationCodeSchema,
});

export const ChangeAapPayloadSchema = v.object({ aapId: IdSchema });

export const DeclareAbandonmentPayloadSchema = v.object({ reason: TextSchema });

const event = <const T extends string, const E extends v.ObjectEntries>(type: T, entries: E) =>
  v.object({ type: v.literal(type), ...entries });

export const CandidacyEventSchema = v.variant('type', [
  event('SUBMIT_TO_AAP', SubmitToAapPayloadSchema.entries),
  event('TAKE_OVER', {}),
  event('SEND_PARCOURS', {}),
  event('CONFIRM_PARCOURS', {}),
  event('SEND_FEASIBILITY', SendFeasibilityPayloadSchema.entries),
  event('DECIDE_FEASIBILITY', DecideFeasibilityPayloadSchema.entries),
  event('REVOKE_FEASIBILITY_DECISION', RevocationPayloadSchema.entries),
  event('SEND_VALIDATION_DOSSIER', {}),
  event('DECIDE_VALIDATION_DOSSIER', DecideValidationDossierPayloadSchema.entries),
  event('SCHEDULE_JURY', ScheduleJuryPayloadSchema.entries),
  event('RECORD_JURY_RESULT', RecordJuryResultPayloadSchema.entries),
  event('REVOKE_JURY_RESULT', RevocationPayloadSchema.entries),
  event('CHANGE_CERTIFICATION', ChangeCertificationPayloadSchema.entries),
  event('CHANGE_AAP', ChangeAapPayloadSchema.entries),
  event('ARCHIVE', {}),
  event('UNARCHIVE', {}),
  event('DECLARE_ABANDONMENT', DeclareAbandonmentPayloadSchema.entries),
  event('CONFIRM_ABANDONMENT', {}),
  event('REFUSE_ABANDONMENT', {}),
]);
export type CandidacyEvent = v.InferOutput<typeof CandidacyEventSchema>;
/** One event, narrowed by its type: `CandidacyEventOf<'SCHEDULE_JURY'>`. */
export type CandidacyEventOf<T extends CandidacyEvent['type']> = Extract<
  CandidacyEvent,
  { type: T }
>;
