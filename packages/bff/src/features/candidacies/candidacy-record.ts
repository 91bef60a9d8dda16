import type {
  AccompanimentType,
  CandidacyActor,
  CandidacyState,
  CandidacyStatus,
  FeasibilityDecision,
  JuryResult,
  ValidationDossierDecision,
} from '@vae/core';
import type {
  abandonments,
  candidacies,
  candidacyStatusHistory,
  candidates,
  documents,
  feasibilityDecisions,
  feasibilityDossiers,
  juries,
  validationDossiers,
} from '../../db/schema.js';

export type CandidacyRow = typeof candidacies.$inferSelect;
export type CandidateRow = typeof candidates.$inferSelect;
export type StatusHistoryRow = typeof candidacyStatusHistory.$inferSelect;
export type FeasibilityDossierRow = typeof feasibilityDossiers.$inferSelect;
export type FeasibilityDecisionRow = typeof feasibilityDecisions.$inferSelect;
export type ValidationDossierRow = typeof validationDossiers.$inferSelect;
export type JuryRow = typeof juries.$inferSelect;
export type AbandonmentRow = typeof abandonments.$inferSelect;
export type DocumentRow = typeof documents.$inferSelect;

/** Everything stored about one candidacy, as read in one go (inside the transaction that acts). */
export interface CandidacyRecord {
  candidacy: CandidacyRow;
  candidate: CandidateRow;
  history: StatusHistoryRow[];
  feasibilityDossiers: FeasibilityDossierRow[];
  feasibilityDecisions: FeasibilityDecisionRow[];
  validationDossier: ValidationDossierRow | null;
  jury: JuryRow | null;
  abandonment: AbandonmentRow | null;
}

/** The snapshot the state machine decides on, built from the rows (oldest first, by id: UUIDv7). */
export function candidacyStateOf(record: CandidacyRecord): CandidacyState {
  const { candidacy } = record;
  const latestFeasibility = record.feasibilityDossiers.at(-1) ?? null;
  return {
    status: candidacy.status as CandidacyStatus,
    accompanimentType: candidacy.accompanimentType as AccompanimentType,
    certificationCode: candidacy.certificationCode,
    aapId: candidacy.aapId,
    feasibility: latestFeasibility
      ? {
          certificateurId: latestFeasibility.certificateurId,
          decision: latestFeasibility.decision as FeasibilityDecision,
          decisionHistory: record.feasibilityDecisions.map((row) => ({
            decision: row.decision as FeasibilityDecision,
            certificateurId: row.certificateurId,
            at: row.at,
            by: row.actor as CandidacyActor,
            comment: row.comment,
          })),
        }
      : null,
    validationDossier: record.validationDossier
      ? {
          decision: record.validationDossier.decision as ValidationDossierDecision,
          comment: record.validationDossier.comment,
        }
      : null,
    jury: record.jury
      ? {
          sessionDate: record.jury.sessionDate,
          time: record.jury.time,
          place: record.jury.place,
          result: record.jury.result as JuryResult | null,
        }
      : null,
    abandonment: record.abandonment
      ? {
          declaredBy: record.abandonment.declaredBy as 'CANDIDATE' | 'AAP',
          reason: record.abandonment.reason,
          confirmed: record.abandonment.confirmed,
        }
      : null,
    statusHistory: record.history.map((row) => ({
      status: row.status as CandidacyStatus,
      at: row.at,
      by: row.actor as CandidacyActor,
    })) as unknown as CandidacyState['statusHistory'],
  };
}
