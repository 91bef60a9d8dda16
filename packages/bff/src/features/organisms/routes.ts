import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import * as v from 'valibot';
import type { AppEnv } from '../../app-context.js';
import { ProblemError } from '../../http/problem.js';
import { ProblemSchema } from '../../http/problem-schema.js';
import { validate } from '../../http/validate.js';
import { OrganismItemSchema, OrganismPageSchema, OrganismSearchQuerySchema } from './schemas.js';
import { getOrganism, searchOrganisms } from './service.js';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: resolver(ProblemSchema) } },
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function organismsRoutes() {
  return new Hono<AppEnv>()
    .get(
      '/organisms',
      describeRoute({
        tags: ['Organisms'],
        summary: 'Find the AAPs (accompanying organisms) that can accompany a certification',
        description:
          'Only visible, open AAP sites whose organism is active with a valid Qualiopi VAE certificate, and that manage the certification’s level and share its filière, one of its formacodes or conventions collectives. With neither `q` nor `postalCode`, a random order fixed by `seed`: the answer gives the seed, send it back with the next `offset` so pages never repeat nor skip an AAP. With `postalCode`, on-site AAPs come nearest first with `distanceKm` (from the population-weighted centre of the postal code’s communes); remote AAPs are those of the candidate’s zone (mainland or the overseas territory).',
        responses: {
          200: {
            description: 'One page of AAPs, the total and the seed of the order',
            content: { 'application/json': { schema: resolver(OrganismPageSchema) } },
          },
          400: problem('A bad parameter; `errors[]` names each one and its allowed values'),
          404: problem('No certification with this code in the catalogue'),
        },
      }),
      validate('query', OrganismSearchQuerySchema),
      async (c) => {
        const page = await searchOrganisms(c.get('deps'), c.req.valid('query'));
        return c.json(page, 200);
      },
    )
    .get(
      '/organisms/:id',
      describeRoute({
        tags: ['Organisms'],
        summary: 'One AAP site, as the picker shows it once chosen',
        description:
          'Any visible AAP site, also when it is closed for absence or its Qualiopi certificate expired (`closed`, `qualiopi.valid`), so a candidate who chose it still finds it.',
        responses: {
          200: {
            description: 'The AAP site',
            content: { 'application/json': { schema: resolver(OrganismItemSchema) } },
          },
          404: problem('No visible AAP site with this id'),
        },
      }),
      validate('param', v.object({ id: v.pipe(v.string(), v.description('Identifiant (UUID)')) })),
      async (c) => {
        const { id } = c.req.valid('param');
        const organism = UUID.test(id) ? await getOrganism(c.get('deps'), id.toLowerCase()) : null;
        if (!organism) throw new ProblemError('notFound', `Aucun AAP ${id}.`);
        return c.json(organism, 200);
      },
    );
}
