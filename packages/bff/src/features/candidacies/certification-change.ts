import { type EligibilityAnswers, EligibilityAnswersSchema } from '@vae/core';
import type { Context } from 'hono';
import * as v from 'valibot';
import type { AppEnv } from '../../app-context.js';
import { ProblemError } from '../../http/problem.js';
import { evaluateEligibilityFor } from '../eligibility/service.js';
import { loadCandidacy } from './repository.js';
import { candidacyNotFound } from './run-event.js';

/**
 * A new certification must be one the candidate is eligible to: the answers given at creation
 * are evaluated again against it (422 with the reasons otherwise). The state machine then
 * decides whether the change is still possible.
 */
export async function checkCertificationChange(
  c: Context<AppEnv>,
  candidacyId: string,
  certificationCode: string,
): Promise<void> {
  const deps = c.get('deps');
  const record = await loadCandidacy(deps.db.orm, candidacyId);
  if (!record) throw candidacyNotFound();
  const answers: EligibilityAnswers = v.parse(
    EligibilityAnswersSchema,
    record.candidacy.eligibilityAnswers,
  );
  const evaluation = await evaluateEligibilityFor(deps, certificationCode, answers);
  if (evaluation.status !== 'evaluated') {
    throw new ProblemError(
      'unprocessable',
      `La certification ${certificationCode} ne peut pas être visée (inconnue ou sans niveau).`,
      { extensions: { code: 'CERTIFICATION_UNAVAILABLE' } },
    );
  }
  if (evaluation.result.outcome !== 'ELIGIBLE') {
    throw new ProblemError(
      'unprocessable',
      'Les réponses ne permettent pas de candidater à cette certification.',
      {
        extensions: {
          code: evaluation.result.outcome,
          outcome: evaluation.result.outcome,
          reasons: evaluation.result.reasons,
        },
      },
    );
  }
}
