import type * as v from 'valibot';
import { defineVocabulary } from './define-vocabulary.js';

/** Decisions on a feasibility dossier: PENDING → COMPLETE | INCOMPLETE → ADMISSIBLE | REJECTED (final). */
export const FeasibilityDecision = defineVocabulary(
  ['PENDING', 'COMPLETE', 'INCOMPLETE', 'ADMISSIBLE', 'REJECTED'],
  {
    PENDING: { fr: 'En attente de décision', en: 'Awaiting decision' },
    COMPLETE: { fr: 'Complet, en cours d’instruction', en: 'Complete, under review' },
    INCOMPLETE: { fr: 'Incomplet', en: 'Incomplete' },
    ADMISSIBLE: { fr: 'Recevable', en: 'Admissible' },
    REJECTED: { fr: 'Non recevable', en: 'Not admissible' },
  },
);
export type FeasibilityDecision = v.InferOutput<typeof FeasibilityDecision.schema>;

export const FINAL_FEASIBILITY_DECISIONS = [
  'ADMISSIBLE',
  'REJECTED',
] as const satisfies readonly FeasibilityDecision[];
