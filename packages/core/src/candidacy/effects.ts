import type {
  CandidacyStatus,
  FeasibilityDecision,
  JuryResult,
  ValidationDossierDecision,
} from '../vocabulary/index.js';
import type { CandidacyActor } from './actor.js';

/**
 * What an accepted event did, for the server to persist rows and send notifications. A status
 * change always comes first, as STATUS_CHANGED (its history row is already in the new state).
 */
export type CandidacyEffect =
  | {
      readonly type: 'STATUS_CHANGED';
      readonly from: CandidacyStatus;
      readonly to: CandidacyStatus;
    }
  | { readonly type: 'AAP_CHANGED'; readonly from: string | null; readonly to: string | null }
  | { readonly type: 'CERTIFICATION_CHANGED'; readonly from: string; readonly to: string }
  | { readonly type: 'PARCOURS_SENT' }
  | {
      readonly type: 'FEASIBILITY_SENT';
      readonly certificateurId: string;
      /** Set on a resubmission, possibly to another certificateur. */
      readonly previousCertificateurId: string | null;
    }
  | {
      readonly type: 'FEASIBILITY_DECIDED';
      readonly decision: FeasibilityDecision;
      readonly comment: string | null;
    }
  | {
      readonly type: 'FEASIBILITY_DECISION_REVOKED';
      readonly revokedDecision: FeasibilityDecision;
      readonly reason: string;
    }
  | { readonly type: 'VALIDATION_DOSSIER_SENT' }
  | {
      readonly type: 'VALIDATION_DOSSIER_DECIDED';
      readonly decision: ValidationDossierDecision;
      readonly comment: string | null;
    }
  | {
      readonly type: 'JURY_SCHEDULED';
      readonly sessionDate: string;
      readonly time: string | null;
      readonly place: string | null;
      readonly rescheduled: boolean;
    }
  | {
      readonly type: 'JURY_RESULT_RECORDED';
      readonly result: JuryResult;
      readonly fullSuccess: boolean;
    }
  | {
      readonly type: 'JURY_RESULT_REVOKED';
      readonly revokedResult: JuryResult;
      readonly reason: string;
    }
  | {
      readonly type: 'ABANDONMENT_DECLARED';
      readonly declaredBy: Extract<CandidacyActor, 'CANDIDATE' | 'AAP'>;
      readonly reason: string;
      readonly confirmed: boolean | null;
    }
  | { readonly type: 'ABANDONMENT_CONFIRMED' }
  | { readonly type: 'ABANDONMENT_REFUSED' };
