import {
  DecideValidationDossierPayloadSchema,
  RecordJuryResultPayloadSchema,
  ScheduleJuryPayloadSchema,
} from '@vae/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppEnv } from '../../app-context.js';
import { authenticate, CERTIFICATEUR_ROLES, requireAccount } from '../../http/auth.js';
import { jsonResponse, problemResponses } from '../../http/openapi-responses.js';
import { validate } from '../../http/validate.js';
import {
  ACCOUNT_SECURITY,
  accountEvent,
  candidacyIdOf,
  candidacyIdParam,
} from '../candidacies/account-actions.js';

const TAGS = ['Certificateur'];

const describeAction = (summary: string, description: string) =>
  describeRoute({
    tags: TAGS,
    summary,
    description,
    security: ACCOUNT_SECURITY,
    responses: {
      200: jsonResponse('The candidacy'),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  });

/** The certificateur's acts on the validation dossier and the jury. */
export function validationRoutes() {
  return new Hono<AppEnv>()
    .use('/certificateur/*', authenticate(), requireAccount(...CERTIFICATEUR_ROLES))
    .post(
      '/certificateur/candidacies/:id/validation-dossier/decision',
      describeAction(
        'Mark the validation dossier complete or incomplete (signalé)',
        '`{ decision: COMPLETE | INCOMPLETE, comment }`: the comment is required for INCOMPLETE (422 COMMENT_REQUIRED), which lets the dossier be sent again.',
      ),
      candidacyIdParam,
      validate('json', DecideValidationDossierPayloadSchema),
      (c) =>
        accountEvent(c, CERTIFICATEUR_ROLES, candidacyIdOf(c), {
          type: 'DECIDE_VALIDATION_DOSSIER',
          ...c.req.valid('json'),
        }),
    )
    .post(
      '/certificateur/candidacies/:id/jury',
      describeAction(
        'Schedule (or move) the jury session',
        '`{ date: YYYY-MM-DD, time?: HH:MM, place? }`, once the validation dossier is checked complete; allowed until a result is recorded.',
      ),
      candidacyIdParam,
      validate('json', ScheduleJuryPayloadSchema),
      (c) =>
        accountEvent(c, CERTIFICATEUR_ROLES, candidacyIdOf(c), {
          type: 'SCHEDULE_JURY',
          ...c.req.valid('json'),
        }),
    )
    .post(
      '/certificateur/candidacies/:id/jury/result',
      describeAction(
        'Record the jury result',
        '`{ result }`: refused (409 JURY_SESSION_NOT_REACHED) before the session date (Paris time), and once a result is recorded.',
      ),
      candidacyIdParam,
      validate('json', RecordJuryResultPayloadSchema),
      (c) =>
        accountEvent(c, CERTIFICATEUR_ROLES, candidacyIdOf(c), {
          type: 'RECORD_JURY_RESULT',
          ...c.req.valid('json'),
        }),
    );
}
