import { Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import * as v from 'valibot';
import type { AppEnv } from '../../app-context.js';
import { ProblemError } from '../../http/problem.js';
import { ProblemSchema } from '../../http/problem-schema.js';
import { checkDatabase } from './service.js';

export const HealthSchema = v.object({
  status: v.literal('ok'),
  version: v.string(),
  database: v.literal('ok'),
});

export function healthRoutes() {
  return new Hono<AppEnv>().get(
    '/health',
    describeRoute({
      tags: ['Operations'],
      summary: 'Liveness and database check',
      description: 'Runs a real query on the database. 503 when it cannot be reached in time.',
      security: [],
      responses: {
        200: {
          description: 'Up',
          content: { 'application/json': { schema: resolver(HealthSchema) } },
        },
        503: {
          description: 'Database unreachable',
          content: { 'application/problem+json': { schema: resolver(ProblemSchema) } },
        },
      },
    }),
    async (c) => {
      const { db, config } = c.get('deps');
      const database = await checkDatabase(db, config.databaseTimeoutMs);
      if (database !== 'ok') {
        throw new ProblemError('unavailable', 'La base de données ne répond pas.', {
          headers: { 'Retry-After': '5' },
        });
      }
      return c.json({ status: 'ok' as const, version: config.version, database });
    },
  );
}
