import type * as v from 'valibot';
import { CandidacyStatus, defineVocabulary, type JuryResult } from '../vocabulary/index.js';
import { isFullSuccessJuryResult } from './event-rules.js';
import type { CandidacyState } from './state.js';

/**
 * What the candidate's tracker shows (DOMAIN.md, "What the candidate reads"): the status, refined
 * by what is not a status (jury progress, abandonment).
 */
export const CandidacyStep = defineVocabulary(
  [
    ...CandidacyStatus.values,
    'JURY_SCHEDULED',
    'JURY_AWAITING_RESULT',
    'FULL_SUCCESS',
    'PARTIAL_SUCCESS',
    'FAILURE',
    'DID_NOT_ATTEND',
    'ABANDONMENT_DECLARED',
    'ABANDONED',
  ],
  {
    ...CandidacyStatus.labels,
    JURY_SCHEDULED: { fr: 'Jury programmé', en: 'Jury scheduled' },
    JURY_AWAITING_RESULT: {
      fr: 'Jury passé, en attente du résultat',
      en: 'Jury held, awaiting the result',
    },
    FULL_SUCCESS: { fr: 'Réussite totale', en: 'Full success' },
    PARTIAL_SUCCESS: { fr: 'Réussite partielle', en: 'Partial success' },
    FAILURE: { fr: 'Non validation', en: 'Not validated' },
    DID_NOT_ATTEND: { fr: 'Non présentation au jury', en: 'Did not attend the jury' },
    ABANDONMENT_DECLARED: {
      fr: 'Abandon déclaré, en attente de votre réponse',
      en: 'Abandonment declared, awaiting your answer',
    },
    ABANDONED: { fr: 'Candidature abandonnée', en: 'Application abandoned' },
  },
);
export type CandidacyStep = v.InferOutput<typeof CandidacyStep.schema>;

/** `today` (ISO date) tells a scheduled jury from one held and awaiting its result. */
export function candidacyStep(state: CandidacyState, today: string): CandidacyStep {
  if (state.status === 'ARCHIVE') return 'ARCHIVE';
  if (state.abandonment?.confirmed === true) return 'ABANDONED';
  if (state.abandonment?.confirmed === null) return 'ABANDONMENT_DECLARED';
  const jury = state.status === 'DOSSIER_DE_VALIDATION_ENVOYE' ? state.jury : null;
  if (!jury) return state.status;
  if (jury.result) return stepOfResult(jury.result);
  return today < jury.sessionDate ? 'JURY_SCHEDULED' : 'JURY_AWAITING_RESULT';
}

function stepOfResult(result: JuryResult): CandidacyStep {
  if (isFullSuccessJuryResult(result)) return 'FULL_SUCCESS';
  if (result === 'FAILURE') return 'FAILURE';
  if (result === 'CANDIDATE_ABSENT' || result === 'CANDIDATE_EXCUSED') return 'DID_NOT_ATTEND';
  return 'PARTIAL_SUCCESS';
}
