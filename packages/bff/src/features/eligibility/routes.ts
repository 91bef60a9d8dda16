import { EligibilityAnswersSchema, EligibilityResultSchema, RncpCodeSchema } from '@vae/core';
import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import * as v from 'valibot';
import type { AppEnv } from '../../app-context.js';
import { ProblemError } from '../../http/problem.js';
import { ProblemSchema } from '../../http/problem-schema.js';
import { validate } from '../../http/validate.js';
import { evaluateEligibilityFor } from './service.js';

/** What a client sends: the chosen certification and the answers, never a verdict. */
export const EvaluateEligibilityRequestSchema = v.strictObject({
  certification: RncpCodeSchema,
  answers: EligibilityAnswersSchema,
});
export type EvaluateEligibilityRequest = v.InferInput<typeof EvaluateEligibilityRequestSchema>;

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: resolver(ProblemSchema) } },
});

export function eligibilityRoutes() {
  return new Hono<AppEnv>().post(
    '/eligibility/evaluate',
    describeRoute({
      tags: ['Eligibility'],
      summary: 'Evaluate the eligibility answers for a certification',
      description:
        'Applies the eligibility rules of @vae/core (the same ones the elements run in the browser) to the answers, the certification as the catalogue knows it, and today’s date in Europe/Paris. A public-sector employee is redirected to a counselling actor (REDIRECT_CONSEIL). The server never trusts a verdict computed by a client.',
      responses: {
        200: {
          description: 'The verdict, its reasons, the kind of path and the funding routes',
          content: { 'application/json': { schema: resolver(EligibilityResultSchema) } },
        },
        400: problem('Invalid answers or certification code; `errors[]` names each bad field'),
        404: problem('No certification with this code in the catalogue'),
        422: problem('The certification has no level in the catalogue and cannot be evaluated'),
      },
    }),
    validate('json', EvaluateEligibilityRequestSchema),
    async (c) => {
      const { certification, answers } = c.req.valid('json');
      const evaluation = await evaluateEligibilityFor(c.get('deps'), certification, answers);
      if (evaluation.status === 'unknown-certification') {
        throw new ProblemError('notFound', `Aucune certification ${certification} au catalogue.`);
      }
      if (evaluation.status === 'certification-without-level') {
        throw new ProblemError(
          'unprocessable',
          `La certification ${certification} n’a pas de niveau au catalogue : son éligibilité à la VAE ne peut pas être évaluée.`,
        );
      }
      return c.json(evaluation.result, 200);
    },
  );
}
