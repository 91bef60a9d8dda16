import type * as v from 'valibot';
import { defineVocabulary } from './define-vocabulary.js';

/** The certificateur's check of a validation dossier; INCOMPLETE means "signalé" (comment required). */
export const ValidationDossierDecision = defineVocabulary(['PENDING', 'COMPLETE', 'INCOMPLETE'], {
  PENDING: { fr: 'En attente de vérification', en: 'Awaiting check' },
  COMPLETE: { fr: 'Complet', en: 'Complete' },
  INCOMPLETE: { fr: 'Signalé', en: 'Flagged' },
});
export type ValidationDossierDecision = v.InferOutput<typeof ValidationDossierDecision.schema>;

export const JuryResult = defineVocabulary(
  [
    'FULL_SUCCESS_OF_FULL_CERTIFICATION',
    'FULL_SUCCESS_OF_PARTIAL_CERTIFICATION',
    'PARTIAL_SUCCESS_OF_FULL_CERTIFICATION',
    'PARTIAL_SUCCESS_OF_PARTIAL_CERTIFICATION',
    'PARTIAL_SUCCESS_PENDING_CONFIRMATION',
    'FAILURE',
    'CANDIDATE_EXCUSED',
    'CANDIDATE_ABSENT',
  ],
  {
    FULL_SUCCESS_OF_FULL_CERTIFICATION: { fr: 'Réussite totale', en: 'Full success' },
    FULL_SUCCESS_OF_PARTIAL_CERTIFICATION: {
      fr: 'Réussite totale (certification partielle visée)',
      en: 'Full success (partial certification targeted)',
    },
    PARTIAL_SUCCESS_OF_FULL_CERTIFICATION: { fr: 'Réussite partielle', en: 'Partial success' },
    PARTIAL_SUCCESS_OF_PARTIAL_CERTIFICATION: {
      fr: 'Réussite partielle (certification partielle visée)',
      en: 'Partial success (partial certification targeted)',
    },
    PARTIAL_SUCCESS_PENDING_CONFIRMATION: {
      fr: 'Réussite partielle, en attente de confirmation',
      en: 'Partial success, awaiting confirmation',
    },
    FAILURE: { fr: 'Non validation', en: 'Not validated' },
    CANDIDATE_EXCUSED: {
      fr: 'Non présentation au jury (excusé)',
      en: 'Did not attend the jury (excused)',
    },
    CANDIDATE_ABSENT: { fr: 'Non présentation au jury', en: 'Did not attend the jury' },
  },
);
export type JuryResult = v.InferOutput<typeof JuryResult.schema>;

/** Only a full success closes the path; anything else lets a new validation dossier be sent. */
export const FULL_SUCCESS_JURY_RESULTS = [
  'FULL_SUCCESS_OF_FULL_CERTIFICATION',
  'FULL_SUCCESS_OF_PARTIAL_CERTIFICATION',
] as const satisfies readonly JuryResult[];
