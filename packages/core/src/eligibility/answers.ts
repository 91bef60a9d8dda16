import * as v from 'valibot';
import {
  ExperienceDuration,
  type RecevabiliteSituation,
  Typology,
} from '../vocabulary/eligibility.js';
import { DepartmentCodeSchema } from './department-code-schema.js';
import { IsoDateSchema } from './iso-date.js';

export { DepartmentCodeSchema };

const DossierCountSchema = v.pipe(
  v.number(),
  v.integer('Expected a whole number of dossiers'),
  v.minValue(0, 'A number of dossiers cannot be negative'),
);

/** Experience in direct relation with the certification; its duration is asked only when there is some. */
const ExperienceAnswerSchema = v.variant('inDirectRelation', [
  v.strictObject({ inDirectRelation: v.literal(false) }),
  v.strictObject({ inDirectRelation: v.literal(true), duration: ExperienceDuration.schema }),
]);

/** A held recevabilité comes with the last day of its validity. */
const RecevabiliteAnswerSchema = v.variant('situation', [
  v.strictObject({
    situation: v.literal('PREMIERE_DEMANDE_RECEVABILITE' satisfies RecevabiliteSituation),
  }),
  v.strictObject({
    situation: v.literal('DETENTEUR_RECEVABILITE' satisfies RecevabiliteSituation),
    validUntil: IsoDateSchema,
  }),
]);

/**
 * Feasibility dossiers already filed in the current calendar year, not counting rejected and
 * draft ones (R335-7 Code de l'éducation).
 */
const DossiersFiledThisYearSchema = v.strictObject({
  forThisCertification: DossierCountSchema,
  forOtherCertifications: DossierCountSchema,
});

const commonEntries = {
  experience: ExperienceAnswerSchema,
  recevabilite: RecevabiliteAnswerSchema,
  dossiersFiledThisYear: DossiersFiledThisYearSchema,
  department: DepartmentCodeSchema,
};

const employerReadyEntry = {
  /** An employer is ready to hire the job seeker under a contrat de professionnalisation + VAE. */
  employerReadyForContratPro: v.boolean(),
};

const TYPOLOGIES_WITHOUT_EXTRA_QUESTION = Typology.values.filter(
  (typology): typology is Exclude<Typology, 'SALARIE_PUBLIC' | 'DEMANDEUR_EMPLOI'> =>
    typology !== 'SALARIE_PUBLIC' && typology !== 'DEMANDEUR_EMPLOI',
);

/**
 * The answers to the eligibility questions, one variant per kind of typology:
 * - `SALARIE_PUBLIC` is redirected whatever else is answered, so the typology alone is enough
 *   (other answers may still be sent — a form may have collected them — and are validated);
 * - `DEMANDEUR_EMPLOI` is also asked whether an employer is ready for a contrat de pro + VAE;
 * - every other typology answers the common questions.
 */
export const EligibilityAnswersSchema = v.variant('typology', [
  v.strictObject({
    typology: v.literal('SALARIE_PUBLIC' satisfies Typology),
    ...v.partial(v.strictObject({ ...commonEntries, ...employerReadyEntry })).entries,
  }),
  v.strictObject({
    typology: v.literal('DEMANDEUR_EMPLOI' satisfies Typology),
    ...commonEntries,
    ...employerReadyEntry,
  }),
  v.strictObject({
    typology: v.picklist(TYPOLOGIES_WITHOUT_EXTRA_QUESTION),
    ...commonEntries,
  }),
]);

/** Answers as sent by a form or an HTTP client (department code in any case). */
export type EligibilityAnswersInput = v.InferInput<typeof EligibilityAnswersSchema>;
/** Answers once validated: what `evaluateEligibility` reads. */
export type EligibilityAnswers = v.InferOutput<typeof EligibilityAnswersSchema>;
/** The answers of someone who is not redirected, so every common question was answered. */
export type EvaluatedAnswers = Exclude<EligibilityAnswers, { typology: 'SALARIE_PUBLIC' }>;
