import { type CandidacyEvent, DeclareAbandonmentPayloadSchema } from '@vae/core';
import { type Context, Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppEnv } from '../../app-context.js';
import { AAP_ROLES, accountOf, authenticate, requireAccount } from '../../http/auth.js';
import { jsonResponse, problemResponses } from '../../http/openapi-responses.js';
import { validate } from '../../http/validate.js';
import { eligibleCertificateurs, sendFeasibilityDossier } from '../feasibility/service.js';
import { sendValidationDossier } from '../validation/service.js';
import {
  AapListQuerySchema,
  countAapCandidaciesByStatus,
  listAapCandidacies,
} from './aap-listing.js';
import {
  ACCOUNT_SECURITY,
  accountEvent,
  candidacyIdOf,
  candidacyIdParam,
  DocumentParamSchema,
  downloadAsAccount,
  pageOf,
  readAsAccount,
} from './account-actions.js';
import { multipartRequestBody } from './dossier-upload.js';
import { partyOf } from './party.js';
import { actorOf, authorizeAccount } from './scope.js';
import { professionalView } from './views.js';

const TAGS = ['AAP'];

const describeAction = (summary: string, statuses: number[], description?: string) =>
  describeRoute({
    tags: TAGS,
    summary,
    ...(description ? { description } : {}),
    security: ACCOUNT_SECURITY,
    responses: {
      200: jsonResponse('The candidacy, as a professional sees it'),
      ...problemResponses(400, 401, 403, 404, ...statuses),
    },
  });

/** One lifecycle event on `:id`, sent by the AAP. */
const aapEvent = (summary: string, event: CandidacyEvent) =>
  [
    describeAction(summary, [409]),
    candidacyIdParam,
    (c: Context<AppEnv>) => accountEvent(c, AAP_ROLES, candidacyIdOf(c), event),
  ] as const;

/**
 * The AAP's API (organism accounts see all their sites, antenna accounts their own): the
 * candidacies sent to it and the actions of the accompaniment, up to the validation dossier.
 */
export function aapRoutes() {
  return new Hono<AppEnv>()
    .use('/aap/*', authenticate(), requireAccount(...AAP_ROLES))
    .get(
      '/aap/candidacies',
      describeRoute({
        tags: TAGS,
        summary: 'List my candidacies',
        description:
          'Filters: `status`, `certification`, `q` (name or e-mail), `createdFrom`/`createdTo` (days), `site`. Order: `sort` (`lastChange` by default, `status` in the journey’s order, `candidate` by name) and `order` (`asc`/`desc`; most recent first by default). Paginated; each item carries its `certificationLabel`.',
        security: ACCOUNT_SECURITY,
        responses: {
          200: jsonResponse('`{ items, total, page, pageSize, pageCount }`'),
          ...problemResponses(400, 401, 403),
        },
      }),
      validate('query', AapListQuerySchema),
      async (c) => {
        const query = c.req.valid('query');
        const { items, total } = await listAapCandidacies(
          c.get('deps').db,
          accountOf(c, AAP_ROLES),
          query,
        );
        return c.json(pageOf(items, total, query.page, query.pageSize));
      },
    )
    .get(
      '/aap/candidacies/counts',
      describeRoute({
        tags: TAGS,
        summary: 'Count my candidacies by status',
        security: ACCOUNT_SECURITY,
        responses: {
          200: jsonResponse('`{ counts: { [status]: n }, total }`'),
          ...problemResponses(401, 403),
        },
      }),
      async (c) => {
        return c.json(await countAapCandidaciesByStatus(c.get('deps').db, accountOf(c, AAP_ROLES)));
      },
    )
    .get('/aap/candidacies/:id', describeAction('Read one candidacy', []), candidacyIdParam, (c) =>
      readAsAccount(c, AAP_ROLES, candidacyIdOf(c)),
    )
    .post(
      '/aap/candidacies/:id/take-over',
      ...aapEvent('Take over the candidacy', { type: 'TAKE_OVER' }),
    )
    .post(
      '/aap/candidacies/:id/parcours',
      ...aapEvent('Send the parcours (path and quote) to the candidate', { type: 'SEND_PARCOURS' }),
    )
    .get(
      '/aap/candidacies/:id/certificateurs',
      describeRoute({
        tags: TAGS,
        summary: 'Certificateurs that may receive the feasibility dossier',
        description: 'Those covering both the candidate’s department and the certification.',
        security: ACCOUNT_SECURITY,
        responses: { 200: jsonResponse('`{ items }`'), ...problemResponses(400, 401, 403, 404) },
      }),
      candidacyIdParam,
      async (c) => {
        const account = accountOf(c, AAP_ROLES);
        const items = await eligibleCertificateurs(c, candidacyIdOf(c), authorizeAccount(account));
        return c.json({ items });
      },
    )
    .post(
      '/aap/candidacies/:id/feasibility',
      describeRoute({
        tags: TAGS,
        summary: 'Send (or resend after INCOMPLETE) the feasibility dossier',
        description:
          'multipart/form-data: `certificateurId` (one of the eligible certificateurs, possibly another one on a resend) and `dossier` (PDF, checked on its bytes, ≤ 20 MB: 413 above, 415 for another type), optional `attachments`.',
        security: ACCOUNT_SECURITY,
        requestBody: multipartRequestBody({ certificateurId: { type: 'string' } }, [
          'certificateurId',
        ]),
        responses: {
          200: jsonResponse('The candidacy'),
          ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
        },
      }),
      candidacyIdParam,
      async (c) => {
        const account = accountOf(c, AAP_ROLES);
        const record = await sendFeasibilityDossier(
          c,
          candidacyIdOf(c),
          partyOf(c, 'AAP', account.id),
          authorizeAccount(account),
        );
        return c.json(await professionalView(c.get('deps'), record, actorOf(account)));
      },
    )
    .post(
      '/aap/candidacies/:id/validation-dossier',
      describeRoute({
        tags: TAGS,
        summary: 'Send the validation dossier',
        description: 'multipart/form-data: `dossier` (PDF ≤ 20 MB), optional `attachments`.',
        security: ACCOUNT_SECURITY,
        requestBody: multipartRequestBody({}, []),
        responses: {
          200: jsonResponse('The candidacy'),
          ...problemResponses(400, 401, 403, 404, 409, 413, 415),
        },
      }),
      candidacyIdParam,
      async (c) => {
        const account = accountOf(c, AAP_ROLES);
        const record = await sendValidationDossier(
          c,
          candidacyIdOf(c),
          partyOf(c, 'AAP', account.id),
          authorizeAccount(account),
        );
        return c.json(await professionalView(c.get('deps'), record, actorOf(account)));
      },
    )
    .post(
      '/aap/candidacies/:id/abandonment',
      describeAction(
        'Declare the abandonment (the candidate confirms or contests it)',
        [409, 422],
        'Body `{ reason }` (required).',
      ),
      candidacyIdParam,
      validate('json', DeclareAbandonmentPayloadSchema),
      (c) =>
        accountEvent(c, AAP_ROLES, candidacyIdOf(c), {
          type: 'DECLARE_ABANDONMENT',
          ...c.req.valid('json'),
        }),
    )
    .post('/aap/candidacies/:id/archive', ...aapEvent('Archive the candidacy', { type: 'ARCHIVE' }))
    .post(
      '/aap/candidacies/:id/unarchive',
      ...aapEvent('Unarchive (restores the status before archiving)', { type: 'UNARCHIVE' }),
    )
    .get(
      '/aap/candidacies/:id/documents/:documentId',
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
      (c) => downloadAsAccount(c, AAP_ROLES, c.req.valid('param')),
    );
}
