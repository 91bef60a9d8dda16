import * as v from 'valibot';
import { CertificationLevelSchema } from '../vocabulary/certification.js';
import { IsoDateSchema } from './iso-date.js';

/**
 * What the evaluation needs besides the answers: the chosen certification as the catalogue
 * knows it, and today's date (passed in, so the evaluation stays pure and reproducible).
 */
export const EligibilityContextSchema = v.strictObject({
  certification: v.strictObject({
    active: v.boolean(),
    vaeAccessible: v.boolean(),
    level: CertificationLevelSchema,
    /** Last day of registration in the RNCP/RS; null or absent when it has no end. */
    registrationEnd: v.nullish(IsoDateSchema),
  }),
  today: IsoDateSchema,
});

export type EligibilityContext = v.InferOutput<typeof EligibilityContextSchema>;
