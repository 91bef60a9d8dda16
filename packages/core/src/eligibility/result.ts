import * as v from 'valibot';
import { defineVocabulary } from '../vocabulary/define-vocabulary.js';
import { FundingRouteCodeSchema } from './funding-routes.js';
import { EligibilityReasonCode, ReasonSeverity } from './reason-codes.js';

export const EligibilityOutcome = defineVocabulary(
  ['ELIGIBLE', 'REDIRECT_CONSEIL', 'NOT_ELIGIBLE'],
  {
    ELIGIBLE: { fr: 'Éligible à la VAE', en: 'Eligible for VAE' },
    REDIRECT_CONSEIL: { fr: 'Orientation vers un conseiller', en: 'Referred to an adviser' },
    NOT_ELIGIBLE: { fr: 'Non éligible', en: 'Not eligible' },
  },
);
export type EligibilityOutcome = v.InferOutput<typeof EligibilityOutcome.schema>;

/** FULL starts with a feasibility dossier; PARTIAL builds on a recevabilité still valid. */
export const EligibilityPathKind = defineVocabulary(['FULL', 'PARTIAL'], {
  FULL: { fr: 'Parcours complet', en: 'Full path' },
  PARTIAL: { fr: 'Parcours partiel', en: 'Partial path' },
});
export type EligibilityPathKind = v.InferOutput<typeof EligibilityPathKind.schema>;

const LabelSchema = v.strictObject({ fr: v.string(), en: v.string() });

export const EligibilityReasonSchema = v.strictObject({
  code: EligibilityReasonCode.schema,
  severity: ReasonSeverity.schema,
  text: LabelSchema,
});
export type EligibilityReason = v.InferOutput<typeof EligibilityReasonSchema>;

export const FundingSuggestionSchema = v.strictObject({
  code: FundingRouteCodeSchema,
  name: LabelSchema,
  explanation: LabelSchema,
});
export type FundingSuggestion = v.InferOutput<typeof FundingSuggestionSchema>;

export const EligibilityPathHintSchema = v.strictObject({
  kind: EligibilityPathKind.schema,
  label: LabelSchema,
});
export type EligibilityPathHint = v.InferOutput<typeof EligibilityPathHintSchema>;

/**
 * The result of `evaluateEligibility`, as an HTTP route returns it. `path` and `funding` are
 * given only for an ELIGIBLE result (null and empty otherwise); `reasons` lists the blocking
 * reasons of a NOT_ELIGIBLE or REDIRECT_CONSEIL result, or the information for an ELIGIBLE one.
 */
export const EligibilityResultSchema = v.strictObject({
  outcome: EligibilityOutcome.schema,
  reasons: v.array(EligibilityReasonSchema),
  path: v.nullable(EligibilityPathHintSchema),
  funding: v.array(FundingSuggestionSchema),
});
export type EligibilityResult = v.InferOutput<typeof EligibilityResultSchema>;
