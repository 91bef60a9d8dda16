import * as v from 'valibot';
import {
  AccompanimentType,
  CandidacyStatus,
  FeasibilityDecision,
  JuryResult,
  ValidationDossierDecision,
} from '../vocabulary/index.js';
import { CandidacyActor } from './actor.js';

/*
 * The snapshot the state machine decides on. The server builds it from its rows (candidacy,
 * status history, feasibility and its decisions, validation dossier, jury, abandonment); it
 * holds just what the rules need.
 */

const IsoDateSchema = v.pipe(v.string(), v.isoDate());
const IsoTimestampSchema = v.pipe(v.string(), v.isoTimestamp());

export const StatusHistoryEntrySchema = v.pipe(
  v.object({ status: CandidacyStatus.schema, at: IsoTimestampSchema, by: CandidacyActor.schema }),
  v.readonly(),
);
export type StatusHistoryEntry = v.InferOutput<typeof StatusHistoryEntrySchema>;

/** One dated row per submission (PENDING) and per decision, across every submission. */
export const FeasibilityDecisionEntrySchema = v.pipe(
  v.object({
    decision: FeasibilityDecision.schema,
    certificateurId: v.string(),
    at: IsoTimestampSchema,
    by: CandidacyActor.schema,
    comment: v.nullable(v.string()),
  }),
  v.readonly(),
);
export type FeasibilityDecisionEntry = v.InferOutput<typeof FeasibilityDecisionEntrySchema>;

export const FeasibilityRecordSchema = v.pipe(
  v.object({
    /** The certificateur of the current submission; it follows the candidacy to the jury. */
    certificateurId: v.string(),
    decision: FeasibilityDecision.schema,
    decisionHistory: v.pipe(v.array(FeasibilityDecisionEntrySchema), v.readonly()),
  }),
  v.readonly(),
);
export type FeasibilityRecord = v.InferOutput<typeof FeasibilityRecordSchema>;

export const ValidationDossierRecordSchema = v.pipe(
  v.object({ decision: ValidationDossierDecision.schema, comment: v.nullable(v.string()) }),
  v.readonly(),
);
export type ValidationDossierRecord = v.InferOutput<typeof ValidationDossierRecordSchema>;

export const JuryRecordSchema = v.pipe(
  v.object({
    sessionDate: IsoDateSchema,
    time: v.nullable(v.string()),
    place: v.nullable(v.string()),
    result: v.nullable(JuryResult.schema),
  }),
  v.readonly(),
);
export type JuryRecord = v.InferOutput<typeof JuryRecordSchema>;

/** Abandonment is a record, not a status. `confirmed`: null while the candidate has not answered. */
export const AbandonmentRecordSchema = v.pipe(
  v.object({
    declaredBy: v.picklist(['CANDIDATE', 'AAP'] as const satisfies readonly CandidacyActor[]),
    reason: v.string(),
    confirmed: v.nullable(v.boolean()),
  }),
  v.readonly(),
);
export type AbandonmentRecord = v.InferOutput<typeof AbandonmentRecordSchema>;

export const CandidacyStateSchema = v.pipe(
  v.object({
    status: CandidacyStatus.schema,
    accompanimentType: AccompanimentType.schema,
    certificationCode: v.string(),
    aapId: v.nullable(v.string()),
    feasibility: v.nullable(FeasibilityRecordSchema),
    /** The current validation dossier; sending a new one replaces it. */
    validationDossier: v.nullable(ValidationDossierRecordSchema),
    /** The jury of the current validation dossier. */
    jury: v.nullable(JuryRecordSchema),
    abandonment: v.nullable(AbandonmentRecordSchema),
    /** Oldest first; its last row is the current status. */
    statusHistory: v.pipe(v.array(StatusHistoryEntrySchema), v.nonEmpty(), v.readonly()),
  }),
  v.readonly(),
);
export type CandidacyState = v.InferOutput<typeof CandidacyStateSchema>;

/** A fresh draft (`PROJET`) created by the candidate. */
export function createCandidacyState(init: {
  accompanimentType: AccompanimentType;
  certificationCode: string;
  now: string;
}): CandidacyState {
  return {
    status: 'PROJET',
    accompanimentType: init.accompanimentType,
    certificationCode: init.certificationCode,
    aapId: null,
    feasibility: null,
    validationDossier: null,
    jury: null,
    abandonment: null,
    statusHistory: [{ status: 'PROJET', at: init.now, by: 'CANDIDATE' }],
  };
}

/** The status an archived candidacy returns to: the last one before its latest ARCHIVE row. */
export function statusBeforeArchive(state: CandidacyState): CandidacyStatus | null {
  const history = state.statusHistory;
  let i = history.length - 1;
  while (i >= 0 && history[i]?.status !== 'ARCHIVE') i--;
  for (i--; i >= 0; i--) {
    const status = history[i]?.status;
    if (status !== undefined && status !== 'ARCHIVE') return status;
  }
  return null;
}
