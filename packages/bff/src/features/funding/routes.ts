import { ContratProVaeFundingInputSchema, estimateContratProVaeFunding } from '@vae/core';
import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import type { AppEnv } from '../../app-context.js';
import { ProblemSchema } from '../../http/problem-schema.js';
import { validate } from '../../http/validate.js';
import { ContratProVaeFundingEstimateSchema } from './estimate-schema.js';

export function fundingRoutes() {
  return new Hono<AppEnv>().post(
    '/funding/contrat-pro-vae/estimate',
    describeRoute({
      tags: ['Funding'],
      summary: 'Estimate the OPCO funding of a contrat de professionnalisation + VAE path',
      description:
        'Experimental contrat de professionnalisation associant la VAE: contract of at most 36 months; per contract year the OPCO funds at most 9,000 €, with teaching costs ≤ 6,000 € (prorated by the months of the year), design and coordination ≤ 1,000 €, VAE accompaniment ≤ 2,000 €, ancillary costs ≤ 300 €, plus company tutor and trainer costs. The flat amount is reduced by the public funding already received for the same costs. Every amount is in integer euro cents.',
      responses: {
        200: {
          description: 'The estimate, per contract year and per cost component',
          content: {
            'application/json': { schema: resolver(ContratProVaeFundingEstimateSchema) },
          },
        },
        400: {
          description: 'Invalid input; `errors[]` names each bad field',
          content: { 'application/problem+json': { schema: resolver(ProblemSchema) } },
        },
      },
    }),
    validate('json', ContratProVaeFundingInputSchema),
    (c) => {
      return c.json(estimateContratProVaeFunding(c.req.valid('json')), 200);
    },
  );
}
