import {
  type CandidacyEvent,
  ChangeAapPayloadSchema,
  ChangeCertificationPayloadSchema,
  DeclareAbandonmentPayloadSchema,
  SubmitToAapPayloadSchema,
} from '@vae/core';
import { type Context, Hono } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import type { AppEnv } from '../../app-context.js';
import { authenticate, candidateOf, requireCandidate } from '../../http/auth.js';
import { jsonResponse, problemResponses } from '../../http/openapi-responses.js';
import { requirePartner } from '../../http/partner-origin.js';
import { ProblemError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { eligibleCertificateurs, sendFeasibilityDossier } from '../feasibility/service.js';
import { sendValidationDossier } from '../validation/service.js';
import { findAapSite } from './aap-directory.js';
import { checkCertificationChange } from './certification-change.js';
import { CreateCandidacySchema, createCandidacy } from './create-candidacy.js';
import { multipartRequestBody } from './dossier-upload.js';
import { downloadDocument } from './download-document.js';
import { partyOf } from './party.js';
import { loadCandidacy } from './repository.js';
import { candidacyNotFound, runCandidacyEvent } from './run-event.js';
import { authorizeCandidate } from './scope.js';
import { candidateView } from './views.js';

const TRACKING: Record<string, string[]>[] = [{ trackingCode: [] }, { embedSession: [] }];
const CORS_304_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-expose-headers',
  'x-request-id',
];
const TAGS = ['Candidate'];
const IdempotencyKeySchema = v.pipe(v.string(), v.regex(/^[\w.:-]{8,128}$/));

async function candidateEvent(
  c: Context<AppEnv>,
  event: CandidacyEvent,
  extra: { aapOrganismId?: string | null } = {},
) {
  const { candidacyId } = candidateOf(c);
  const deps = c.get('deps');
  const record = await runCandidacyEvent(deps, {
    candidacyId,
    party: partyOf(c, 'CANDIDATE'),
    event,
    authorize: authorizeCandidate(candidacyId),
    ...extra,
  });
  return c.json(await candidateView(deps, record));
}

/** An AAP site a candidate may choose: it must exist and take candidates (422 otherwise). */
async function openAapOrganism(c: Context<AppEnv>, aapId: string): Promise<string> {
  const site = await findAapSite(c.get('deps').db, aapId);
  if (!site?.open) {
    throw new ProblemError('unprocessable', 'Cet organisme n’accepte pas de candidature.', {
      errors: [{ path: 'aapId', in: 'body', message: 'Organisme inconnu ou fermé' }],
    });
  }
  return site.organismId;
}

const simpleEvent = (summary: string, event: CandidacyEvent) =>
  [
    describeRoute({
      tags: TAGS,
      summary,
      security: TRACKING,
      responses: { 200: jsonResponse('The candidacy'), ...problemResponses(401, 403, 409) },
    }),
    (c: Context<AppEnv>) => candidateEvent(c, event),
  ] as const;

/**
 * The candidate's API: creation (with the partner's publishable key) and, with the tracking
 * code as bearer token, the candidate's own candidacy.
 */
export function candidateRoutes() {
  return new Hono<AppEnv>()
    .post(
      '/candidacies',
      describeRoute({
        tags: TAGS,
        summary: 'Create a candidacy',
        description:
          'Eligibility answers are evaluated again on the server: not eligible or redirected → 422 with the reasons. Answers `{ id, status, trackingCode }`; the tracking code is shown only in this answer. An `Idempotency-Key` header makes retries safe (same key and body → same answer for 24 h).',
        security: [{ partnerKey: [] }],
        responses: {
          201: jsonResponse('Created: `{ id, status, trackingCode }`'),
          ...problemResponses(400, 403, 409, 422),
        },
      }),
      requirePartner(),
      validate('header', v.object({ 'idempotency-key': v.optional(IdempotencyKeySchema) })),
      validate('json', CreateCandidacySchema),
      async (c) => {
        const deps = c.get('deps');
        const { created, replayed } = await createCandidacy(deps, c.req.valid('json'), {
          partnerId: c.get('partner')?.id ?? null,
          idempotencyKey: c.req.valid('header')['idempotency-key'] ?? null,
          requestId: c.get('requestId') ?? null,
        });
        if (replayed) c.header('Idempotent-Replayed', 'true');
        return c.json(created, 201);
      },
    )
    .use('/candidate/*', requirePartner({ required: false }), authenticate(), requireCandidate())
    .get(
      '/candidate/candidacy',
      describeRoute({
        tags: TAGS,
        summary: 'Read my candidacy (tracker)',
        description:
          'Status and step with labels, history dates, the AAP’s public contact, the certification, the jury session, the comments addressed to the candidate, and `allowedEvents`. No personal identifiers.',
        security: TRACKING,
        responses: {
          200: jsonResponse('The candidacy, with an `ETag`'),
          304: { description: 'Unchanged since the `If-None-Match` ETag' },
          ...problemResponses(401, 403),
        },
      }),
      // The tracker polls: an ETag over the whole view (not the version, which misses the jury
      // date passing or the AAP's contact changing) lets an unchanged candidacy cost a 304. The
      // 304 keeps the CORS headers, or a partner page could not read it.
      etag({ retainedHeaders: [...RETAINED_304_HEADERS, ...CORS_304_HEADERS] }),
      async (c) => {
        const { candidacyId } = candidateOf(c);
        const deps = c.get('deps');
        const record = await loadCandidacy(deps.db.orm, candidacyId);
        if (!record) throw candidacyNotFound();
        return c.json(await candidateView(deps, record));
      },
    )
    .post(
      '/candidate/candidacy/submit',
      describeRoute({
        tags: TAGS,
        summary: 'Choose an AAP and send the candidacy to it',
        security: TRACKING,
        responses: { 200: jsonResponse('The candidacy'), ...problemResponses(400, 401, 409, 422) },
      }),
      validate('json', SubmitToAapPayloadSchema),
      async (c) => {
        const { aapId } = c.req.valid('json');
        const aapOrganismId = await openAapOrganism(c, aapId);
        return candidateEvent(c, { type: 'SUBMIT_TO_AAP', aapId }, { aapOrganismId });
      },
    )
    .put(
      '/candidate/candidacy/aap',
      describeRoute({
        tags: TAGS,
        summary: 'Change the AAP (back to VALIDATION)',
        security: TRACKING,
        responses: { 200: jsonResponse('The candidacy'), ...problemResponses(400, 401, 409, 422) },
      }),
      validate('json', ChangeAapPayloadSchema),
      async (c) => {
        const { aapId } = c.req.valid('json');
        const aapOrganismId = await openAapOrganism(c, aapId);
        return candidateEvent(c, { type: 'CHANGE_AAP', aapId }, { aapOrganismId });
      },
    )
    .put(
      '/candidate/candidacy/certification',
      describeRoute({
        tags: TAGS,
        summary: 'Change the certification (back to PROJET, AAP cleared)',
        description:
          'The eligibility answers given at creation are evaluated against the new certification: 422 when they do not make the candidate eligible to it.',
        security: TRACKING,
        responses: { 200: jsonResponse('The candidacy'), ...problemResponses(400, 401, 409, 422) },
      }),
      validate('json', ChangeCertificationPayloadSchema),
      async (c) => {
        const { certificationCode } = c.req.valid('json');
        await checkCertificationChange(c, candidateOf(c).candidacyId, certificationCode);
        return candidateEvent(c, { type: 'CHANGE_CERTIFICATION', certificationCode });
      },
    )
    .post(
      '/candidate/candidacy/parcours/confirm',
      ...simpleEvent('Confirm the parcours sent by the AAP', { type: 'CONFIRM_PARCOURS' }),
    )
    .get(
      '/candidate/candidacy/certificateurs',
      describeRoute({
        tags: TAGS,
        summary: 'Certificateurs that may receive my feasibility dossier (autonomous path)',
        security: TRACKING,
        responses: { 200: jsonResponse('`{ items }`'), ...problemResponses(401) },
      }),
      async (c) => {
        const { candidacyId } = candidateOf(c);
        const items = await eligibleCertificateurs(c, candidacyId, authorizeCandidate(candidacyId));
        return c.json({ items });
      },
    )
    .post(
      '/candidate/candidacy/feasibility',
      describeRoute({
        tags: TAGS,
        summary: 'Send the feasibility dossier (autonomous path)',
        security: TRACKING,
        requestBody: multipartRequestBody({ certificateurId: { type: 'string' } }, [
          'certificateurId',
        ]),
        responses: {
          200: jsonResponse('The candidacy'),
          ...problemResponses(400, 401, 403, 409, 413, 415, 422),
        },
      }),
      async (c) => {
        const { candidacyId } = candidateOf(c);
        const deps = c.get('deps');
        const record = await sendFeasibilityDossier(
          c,
          candidacyId,
          partyOf(c, 'CANDIDATE'),
          authorizeCandidate(candidacyId),
        );
        return c.json(await candidateView(deps, record));
      },
    )
    .post(
      '/candidate/candidacy/validation-dossier',
      describeRoute({
        tags: TAGS,
        summary: 'Send the validation dossier',
        security: TRACKING,
        requestBody: multipartRequestBody({}, []),
        responses: {
          200: jsonResponse('The candidacy'),
          ...problemResponses(400, 401, 403, 409, 413, 415),
        },
      }),
      async (c) => {
        const { candidacyId } = candidateOf(c);
        const deps = c.get('deps');
        const record = await sendValidationDossier(
          c,
          candidacyId,
          partyOf(c, 'CANDIDATE'),
          authorizeCandidate(candidacyId),
        );
        return c.json(await candidateView(deps, record));
      },
    )
    .post(
      '/candidate/candidacy/abandonment',
      describeRoute({
        tags: TAGS,
        summary: 'Abandon my candidacy (with a reason)',
        security: TRACKING,
        responses: { 200: jsonResponse('The candidacy'), ...problemResponses(400, 401, 409, 422) },
      }),
      validate('json', DeclareAbandonmentPayloadSchema),
      (c) => candidateEvent(c, { type: 'DECLARE_ABANDONMENT', ...c.req.valid('json') }),
    )
    .post(
      '/candidate/candidacy/abandonment/confirm',
      ...simpleEvent('Confirm the abandonment declared by the AAP', {
        type: 'CONFIRM_ABANDONMENT',
      }),
    )
    .post(
      '/candidate/candidacy/abandonment/refuse',
      ...simpleEvent('Contest the abandonment declared by the AAP', { type: 'REFUSE_ABANDONMENT' }),
    )
    .post(
      '/candidate/candidacy/archive',
      ...simpleEvent('Archive my candidacy (the state machine decides who may)', {
        type: 'ARCHIVE',
      }),
    )
    .get(
      '/candidate/candidacy/documents/:documentId',
      describeRoute({
        tags: TAGS,
        summary: 'Download a document of my candidacy',
        security: TRACKING,
        responses: {
          200: { description: 'The file', content: { 'application/pdf': {} } },
          ...problemResponses(401, 404),
        },
      }),
      (c) => {
        const { candidacyId } = candidateOf(c);
        return downloadDocument(c, candidacyId, c.req.param('documentId'));
      },
    );
}
