import { DecideFeasibilityPayloadSchema, parisDate } from '@vae/core';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppEnv } from '../../app-context.js';
import { accountOf, authenticate, CERTIFICATEUR_ROLES, requireAccount } from '../../http/auth.js';
import { jsonResponse, problemResponses } from '../../http/openapi-responses.js';
import { validate } from '../../http/validate.js';
import {
  ACCOUNT_SECURITY,
  accountEvent,
  candidacyIdOf,
  candidacyIdParam,
  DocumentParamSchema,
  downloadAsAccount,
  pageOf,
  readAsAccount,
} from '../candidacies/account-actions.js';
import {
  countCertificateurInbox,
  FeasibilityInboxQuerySchema,
  JuryInboxQuerySchema,
  listFeasibilityInbox,
  listJuryInbox,
  listValidationInbox,
  ValidationInboxQuerySchema,
} from './certificateur-inbox.js';

const TAGS = ['Certificateur'];

const listRoute = (summary: string, description: string) =>
  describeRoute({
    tags: TAGS,
    summary,
    description,
    security: ACCOUNT_SECURITY,
    responses: {
      200: jsonResponse('`{ items, total, page, pageSize, pageCount }`'),
      ...problemResponses(400, 401, 403),
    },
  });

/**
 * The certificateur's inbox (authority accounts see every dossier sent to their authority, local
 * accounts only their departments ∩ certifications) and its feasibility decisions. Validation
 * dossier and jury actions are in features/validation.
 */
export function certificateurRoutes() {
  return new Hono<AppEnv>()
    .use('/certificateur/*', authenticate(), requireAccount(...CERTIFICATEUR_ROLES))
    .get(
      '/certificateur/feasibility',
      listRoute(
        'List the feasibility dossiers sent to me',
        '`category`: pending, complete, incomplete, admissible, rejected. Newest first.',
      ),
      validate('query', FeasibilityInboxQuerySchema),
      async (c) => {
        const q = c.req.valid('query');
        const account = accountOf(c, CERTIFICATEUR_ROLES);
        const { items, total } = await listFeasibilityInbox(c.get('deps').db, account, q);
        return c.json(pageOf(items, total, q.page, q.pageSize));
      },
    )
    .get(
      '/certificateur/validation-dossiers',
      listRoute(
        'List the validation dossiers sent to me',
        '`category`: pending, complete, incomplete (signalé). Newest first.',
      ),
      validate('query', ValidationInboxQuerySchema),
      async (c) => {
        const q = c.req.valid('query');
        const account = accountOf(c, CERTIFICATEUR_ROLES);
        const { items, total } = await listValidationInbox(c.get('deps').db, account, q);
        return c.json(pageOf(items, total, q.page, q.pageSize));
      },
    )
    .get(
      '/certificateur/juries',
      listRoute(
        'List my jury sessions',
        '`category`: scheduled (to come), awaiting-result (date reached, no result), done. Latest session first.',
      ),
      validate('query', JuryInboxQuerySchema),
      async (c) => {
        const q = c.req.valid('query');
        const deps = c.get('deps');
        const account = accountOf(c, CERTIFICATEUR_ROLES);
        const today = parisDate(deps.clock.now());
        const { items, total } = await listJuryInbox(deps.db, account, q, today);
        return c.json(pageOf(items, total, q.page, q.pageSize));
      },
    )
    .get(
      '/certificateur/counts',
      describeRoute({
        tags: TAGS,
        summary: 'Count my dossiers by category',
        security: ACCOUNT_SECURITY,
        responses: {
          200: jsonResponse('`{ feasibility, validationDossiers, juries }`, each by category'),
          ...problemResponses(401, 403),
        },
      }),
      async (c) => {
        const deps = c.get('deps');
        const account = accountOf(c, CERTIFICATEUR_ROLES);
        return c.json(await countCertificateurInbox(deps.db, account, parisDate(deps.clock.now())));
      },
    )
    .get(
      '/certificateur/candidacies/:id',
      describeRoute({
        tags: TAGS,
        summary: 'Read one candidacy whose dossier was sent to me',
        security: ACCOUNT_SECURITY,
        responses: { 200: jsonResponse('The candidacy'), ...problemResponses(400, 401, 403, 404) },
      }),
      candidacyIdParam,
      (c) => readAsAccount(c, CERTIFICATEUR_ROLES, candidacyIdOf(c)),
    )
    .post(
      '/certificateur/candidacies/:id/feasibility/decision',
      describeRoute({
        tags: TAGS,
        summary: 'Decide on the feasibility dossier',
        description:
          '`{ decision: COMPLETE | INCOMPLETE | ADMISSIBLE | REJECTED, comment? }`. ADMISSIBLE and REJECTED are final (only an admin may revoke them). Concurrent decisions: one wins, the others get 409.',
        security: ACCOUNT_SECURITY,
        responses: {
          200: jsonResponse('The candidacy'),
          ...problemResponses(400, 401, 403, 404, 409, 422),
        },
      }),
      candidacyIdParam,
      validate('json', DecideFeasibilityPayloadSchema),
      (c) =>
        accountEvent(c, CERTIFICATEUR_ROLES, candidacyIdOf(c), {
          type: 'DECIDE_FEASIBILITY',
          ...c.req.valid('json'),
        }),
    )
    .get(
      '/certificateur/candidacies/:id/documents/:documentId',
      describeRoute({
        tags: TAGS,
        summary: 'Download a document of the candidacy',
        security: ACCOUNT_SECURITY,
        responses: {
          200: { description: 'The file', content: { 'application/pdf': {} } },
          ...problemResponses(400, 401, 403, 404),
        },
      }),
      validate('param', DocumentParamSchema),
      (c) => downloadAsAccount(c, CERTIFICATEUR_ROLES, c.req.valid('param')),
    );
}
