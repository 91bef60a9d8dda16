import {
  type CertificationLevel,
  type EligibilityAnswers,
  type EligibilityResult,
  evaluateEligibility,
  parisDate,
} from '@vae/core';
import type { Clock } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { getCertification } from '../certifications/repository.js';

export type EligibilityEvaluation =
  | { readonly status: 'evaluated'; readonly result: EligibilityResult }
  | { readonly status: 'unknown-certification' }
  /** The catalogue gives the certification no level (an old "REPRISE" fiche): it cannot be evaluated. */
  | { readonly status: 'certification-without-level' };

/**
 * Evaluates the answers against the certification as the catalogue knows it today (the day in
 * Europe/Paris). The verdict is always computed here: a verdict sent by a client is never read.
 */
export async function evaluateEligibilityFor(
  deps: { db: Database; clock: Clock },
  certificationCode: string,
  answers: EligibilityAnswers,
): Promise<EligibilityEvaluation> {
  const certification = await getCertification(deps.db, certificationCode);
  if (certification === null) return { status: 'unknown-certification' };
  if (certification.level === null) return { status: 'certification-without-level' };
  const level: CertificationLevel = certification.level;
  const result = evaluateEligibility(answers, {
    certification: {
      active: certification.active,
      vaeAccessible: certification.vaeAccessible,
      level,
      registrationEnd: certification.registrationEnd,
    },
    today: parisDate(deps.clock.now()),
  });
  return { status: 'evaluated', result };
}
