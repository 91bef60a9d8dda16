import { RevocationPayloadSchema } from '@vae/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppEnv } from '../../app-context.js';
import { authenticate, requireAccount } from '../../http/auth.js';
import { jsonResponse, problemResponses } from '../../http/openapi-responses.js';
import { validate } from '../../http/validate.js';
import {
  ADMIN_SECURITY,
  accountEvent,
  candidacyIdOf,
  candidacyIdParam,
  DocumentParamSchema,
  downloadAsAccount,
  readAsAccount,
} from './account-actions.js';

const TAGS = ['Admin'];
const ADMIN = ['admin'] as const;

const describeAction = (summary: string, description: string, statuses: number[]) =>
  describeRoute({
    tags: TAGS,
    summary,
    description,
    security: ADMIN_SECURITY,
    responses: {
      200: jsonResponse('The candidacy'),
      ...problemResponses(400, 401, 403, 404, ...statuses),
    },
  });

/** The national operator: reads any candidacy, revokes final decisions with a reason. */
export function adminRoutes() {
  return new Hono<AppEnv>()
    .use('/admin/*', authenticate(), requireAccount(...ADMIN))
    .get(
      '/admin/candidacies/:id',
      describeAction('Read any candidacy', 'With its full history.', []),
      candidacyIdParam,
      (c) => readAsAccount(c, ADMIN, candidacyIdOf(c)),
    )
    .post(
      '/admin/candidacies/:id/feasibility/revocation',
      describeAction(
        'Revoke a final feasibility decision',
        '`{ reason }` (required). The dossier returns to COMPLETE; refused once a validation dossier was sent.',
        [409, 422],
      ),
      candidacyIdParam,
      validate('json', RevocationPayloadSchema),
      (c) =>
        accountEvent(c, ADMIN, candidacyIdOf(c), {
          type: 'REVOKE_FEASIBILITY_DECISION',
          ...c.req.valid('json'),
        }),
    )
    .post(
      '/admin/candidacies/:id/jury/revocation',
      describeAction('Revoke a jury result', '`{ reason }` (required).', [409, 422]),
      candidacyIdParam,
      validate('json', RevocationPayloadSchema),
      (c) =>
        accountEvent(c, ADMIN, candidacyIdOf(c), {
          type: 'REVOKE_JURY_RESULT',
          ...c.req.valid('json'),
        }),
    )
    .get(
      '/admin/candidacies/:id/documents/:documentId',
      describeRoute({
        tags: TAGS,
        summary: 'Download a document of any candidacy',
        security: ADMIN_SECURITY,
        responses: {
          200: { description: 'The file', content: { 'application/pdf': {} } },
          ...problemResponses(400, 401, 403, 404),
        },
      }),
      validate('param', DocumentParamSchema),
      (c) => downloadAsAccount(c, ADMIN, c.req.valid('param')),
    );
}
