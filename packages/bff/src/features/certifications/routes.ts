import { createHash } from 'node:crypto';
import { parisDate } from '@vae/core';
import { type Context, Hono } from 'hono';
import { describeRoute, resolver } from 'hono-openapi';
import type { AppEnv } from '../../app-context.js';
import { ProblemError } from '../../http/problem.js';
import { ProblemSchema } from '../../http/problem-schema.js';
import { validate } from '../../http/validate.js';
import { getCatalogueVersion } from './catalogue-version.js';
import {
  CertificationCodeParamSchema,
  CertificationDetailSchema,
  CertificationSearchQuerySchema,
  CertificationSearchResponseSchema,
} from './schemas.js';
import {
  CertificationCatalogue,
  certificationCodeOf,
  findCertification,
  searchCertifications,
  unknownTypes,
} from './service.js';

/**
 * The catalogue changes at most daily (one import a day): browsers and CDNs may reuse an answer
 * for an hour, and serve it a day longer while they revalidate it with its ETag.
 */
export const CATALOGUE_CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: resolver(ProblemSchema) } },
});

const notModified = { description: 'Not modified: the ETag sent in If-None-Match is current' };

/**
 * `GET /certifications` (search) and `GET /certifications/{code}` (one certification). Each
 * app instance gets its own catalogue index, so apps over different databases stay apart.
 */
export function certificationRoutes(catalogue = new CertificationCatalogue()) {
  return new Hono<AppEnv>()
    .get(
      '/certifications',
      describeRoute({
        tags: ['Certifications'],
        summary: 'Search the certification catalogue',
        description:
          'Full-text search of certification titles in French (case, accents and ligatures ignored; plural and feminine forms; typos: one in words of 5+ letters, two in 9+; the last word may be a prefix; acronyms; RNCP codes with or without prefix; diploma types such as « bts », « bac pro », « titre pro » rank that type first). Ranking: all words matched, then exact words, then prefixes, then typos; matches at the start of the title and shorter titles first. By default only active certifications open to VAE. Facets count every match.',
        responses: {
          200: {
            description: 'A page of results, the total and the facets',
            headers: {
              ETag: { schema: { type: 'string' } },
              'Cache-Control': { schema: { type: 'string' } },
            },
            content: {
              'application/json': { schema: resolver(CertificationSearchResponseSchema) },
            },
          },
          304: notModified,
          400: problem('Invalid parameter; `errors[]` names it and lists the allowed values'),
        },
      }),
      validate('query', CertificationSearchQuerySchema),
      async (c) => {
        const query = c.req.valid('query');
        const deps = c.get('deps');
        const index = await catalogue.index(deps);
        if (query.type?.length) {
          const { unknown, known } = unknownTypes(index, query.type);
          if (unknown.length > 0) {
            const message = `type must be one of ${known.join(', ')}`;
            throw new ProblemError('invalidRequest', 'Le champ « type » est invalide.', {
              errors: [{ path: 'type', in: 'query', message }],
            });
          }
        }
        const today = parisDay(deps.clock.now());
        // Results depend on the catalogue, on the day (registrations end) and on the code.
        const etag = entityTag(index.version, today, deps.config.version);
        if (isFresh(c, etag)) return notModifiedResponse(c, etag);
        setCacheHeaders(c, etag);
        return c.json(searchCertifications(index, query, today), 200);
      },
    )
    .get(
      '/certifications/:code',
      describeRoute({
        tags: ['Certifications'],
        summary: 'One certification, with its competence blocs and parcours',
        description:
          'Accepts the RNCP code with or without its prefix (RNCP35830, 35830), or an RS code.',
        responses: {
          200: {
            description: 'The certification',
            headers: {
              ETag: { schema: { type: 'string' } },
              'Cache-Control': { schema: { type: 'string' } },
            },
            content: { 'application/json': { schema: resolver(CertificationDetailSchema) } },
          },
          304: notModified,
          400: problem('Not a certification code'),
          404: problem('No certification with this code in the catalogue'),
        },
      }),
      validate('param', CertificationCodeParamSchema),
      async (c) => {
        const { code: input } = c.req.valid('param');
        const { db, config } = c.get('deps');
        const code = certificationCodeOf(input);
        const etag = entityTag(await getCatalogueVersion(db), '', config.version);
        if (code !== null && isFresh(c, etag)) return notModifiedResponse(c, etag);
        const certification = code === null ? null : await findCertification(db, code);
        if (certification === null) {
          throw new ProblemError('notFound', `Aucune certification ${input} au catalogue.`);
        }
        setCacheHeaders(c, etag);
        return c.json(certification, 200);
      },
    );
}

// Both are asked for on every search with the same inputs for hours: the last answer is kept.
let lastDay = { minute: Number.NaN, day: '' };
let lastTag = { key: '', etag: '' };

/** Today in Paris; midnight there falls on a minute boundary, so a minute's answer holds. */
function parisDay(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (lastDay.minute !== minute) lastDay = { minute, day: parisDate(now) };
  return lastDay.day;
}

function entityTag(catalogueVersion: string | null, day: string, appVersion: string): string {
  const key = `${catalogueVersion ?? 'empty'}|${day}|${appVersion}`;
  if (lastTag.key !== key) {
    const hash = createHash('sha256').update(key).digest('base64url').slice(0, 22);
    lastTag = { key, etag: `"${hash}"` };
  }
  return lastTag.etag;
}

/** If-None-Match holds this tag (weak comparison, as RFC 9110 asks for GET). */
function isFresh(c: Context, etag: string): boolean {
  const header = c.req.header('If-None-Match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function setCacheHeaders(c: Context, etag: string): void {
  c.header('ETag', etag);
  c.header('Cache-Control', CATALOGUE_CACHE_CONTROL);
}

function notModifiedResponse(c: Context, etag: string) {
  setCacheHeaders(c, etag);
  return c.body(null, 304);
}
