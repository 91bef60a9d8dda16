import { CERTIFICATION_LEVELS, CertificationLevelSchema, Filiere } from '@vae/core';
import * as v from 'valibot';

export const MAX_QUERY_LENGTH = 200;
export const MAX_LIMIT = 50;
export const DEFAULT_LIMIT = 10;
const MAX_OFFSET = 10_000;

/** A query parameter given once (`level=3,4`) or repeated (`level=3&level=4`): one comma list. */
const listParameter = v.pipe(
  v.union([v.string(), v.array(v.string())], 'must be a string or a list of strings'),
  v.transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((part) => part.split(','))
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  ),
);

function oneOf<const T extends string | number>(name: string, allowed: readonly T[]) {
  const message = `${name} must be one of ${allowed.join(', ')}`;
  return v.pipe(
    listParameter,
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const values: T[] = [];
      for (const item of dataset.value) {
        const value = allowed.find((a) => String(a) === item);
        if (value === undefined) {
          addIssue({ message });
          return NEVER;
        }
        values.push(value);
      }
      return values;
    }),
    v.description(`One or more of ${allowed.join(', ')}, comma-separated.`),
  );
}

function flag(name: string, description: string) {
  return v.pipe(
    v.picklist(['true', 'false'], `${name} must be one of true, false`),
    v.transform((value) => value === 'true'),
    v.description(description),
  );
}

function integer(name: string, min: number, max: number, description: string) {
  return v.pipe(
    v.string(),
    v.regex(/^\d{1,6}$/, `${name} must be an integer from ${min} to ${max}`),
    v.transform(Number),
    v.minValue(min, `${name} must be an integer from ${min} to ${max}`),
    v.maxValue(max, `${name} must be an integer from ${min} to ${max}`),
    v.description(description),
  );
}

/** `GET /certifications` parameters. Every message says what is allowed. */
export const CertificationSearchQuerySchema = v.object({
  q: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`),
      v.description(
        'Words of the title (any case, accents optional, plural or feminine forms, typos tolerated, the last word may be incomplete), an acronym (AEPE, BTS SN) or an RNCP code (RNCP35830 or 35830).',
      ),
    ),
  ),
  level: v.optional(oneOf('level', CERTIFICATION_LEVELS)),
  type: v.optional(
    v.pipe(
      listParameter,
      v.check(
        (types) => types.every((type) => /^[\p{L}\p{N} _.-]{1,40}$/u.test(type)),
        'type must be type codes such as CAP, BTS, TP, comma-separated',
      ),
      v.description('Type codes (`ABREGE` of the RNCP: CAP, BTS, TP, DE…), comma-separated.'),
    ),
  ),
  filiere: v.optional(oneOf('filiere', Filiere.values)),
  certificateur: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(MAX_QUERY_LENGTH, `certificateur must be at most ${MAX_QUERY_LENGTH} characters`),
      v.description('A certificateur’s SIRET (14 digits) or words of its name.'),
    ),
  ),
  vae: v.optional(
    flag('vae', 'true (default): only certifications open to VAE; false: all of them.'),
  ),
  active: v.optional(
    flag(
      'active',
      'true (default): only active certifications still open to registration; false: all of them.',
    ),
  ),
  limit: v.optional(
    integer('limit', 1, MAX_LIMIT, `Items per page, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`),
  ),
  offset: v.optional(integer('offset', 0, MAX_OFFSET, 'Items to skip (default 0).')),
});
export type CertificationSearchQuery = v.InferOutput<typeof CertificationSearchQuerySchema>;

export const CertificationCodeParamSchema = v.object({
  code: v.pipe(
    v.string(),
    v.regex(
      /^(?:(?:RNCP|rncp)?\d{1,5}|(?:RS|rs)\d{1,6})$/,
      'code must be an RNCP code (RNCP35830 or 35830) or an RS code (RS5495)',
    ),
    v.description('RNCP code with or without its prefix (RNCP35830, 35830), or RS code (RS5495).'),
  ),
});

const CodeLabelSchema = v.object({ code: v.string(), label: v.string() });
const CertificateurSchema = v.object({
  siret: v.pipe(v.string(), v.description('14 digits; empty when the register gives none')),
  name: v.string(),
});

/** A range of the title that matched the query: `[start, end]` in UTF-16 code units, `end` excluded. */
export const TextRangeSchema = v.tuple([v.number(), v.number()]);

/** One certification in a list of results. */
export const CertificationSummarySchema = v.object({
  rncpCode: v.pipe(v.string(), v.description('With its prefix: RNCP35830 (or RS5495)')),
  label: v.string(),
  type: v.nullable(CodeLabelSchema),
  level: v.nullable(CertificationLevelSchema),
  filiere: v.nullable(CodeLabelSchema),
  certificateurs: v.array(CertificateurSchema),
  active: v.boolean(),
  vaeAccessible: v.boolean(),
  highlights: v.pipe(
    v.array(TextRangeSchema),
    v.description(
      'Ranges `[start, end]` of `label` that matched the query (UTF-16 offsets, end excluded), to mark them with `label.slice(start, end)`',
    ),
  ),
});
export type CertificationSummary = v.InferOutput<typeof CertificationSummarySchema>;

const FacetSchema = <T extends v.GenericSchema>(value: T) =>
  v.object({ value, label: v.string(), count: v.number() });

export const CertificationSearchResponseSchema = v.object({
  items: v.array(CertificationSummarySchema),
  total: v.pipe(v.number(), v.description('Matching certifications, all pages')),
  facets: v.pipe(
    v.object({
      level: v.array(FacetSchema(CertificationLevelSchema)),
      type: v.array(FacetSchema(v.string())),
      filiere: v.array(FacetSchema(v.string())),
    }),
    v.description('Counts over every matching certification (before limit and offset)'),
  ),
});
export type CertificationSearchResponse = v.InferOutput<typeof CertificationSearchResponseSchema>;

/** A certification with everything the catalogue knows of it. */
export const CertificationDetailSchema = v.object({
  rncpCode: v.string(),
  registry: v.picklist(['RNCP', 'RS']),
  label: v.string(),
  type: v.nullable(CodeLabelSchema),
  level: v.nullable(CertificationLevelSchema),
  filiere: v.nullable(CodeLabelSchema),
  active: v.boolean(),
  vaeAccessible: v.boolean(),
  registrationEnd: v.pipe(v.nullable(v.string()), v.description('ISO date (YYYY-MM-DD)')),
  certificateurs: v.array(CertificateurSchema),
  blocs: v.pipe(v.array(CodeLabelSchema), v.description('Competence blocs, in order')),
  parcours: v.pipe(
    v.array(v.object({ code: v.nullable(v.string()), label: v.string() })),
    v.description('Tracks of licences professionnelles and masters'),
  ),
  formacodes: v.array(CodeLabelSchema),
  nsfCodes: v.array(CodeLabelSchema),
  idcc: v.pipe(v.array(v.string()), v.description('Conventions collectives (IDCC)')),
  replaces: v.array(v.string()),
  replacedBy: v.array(v.string()),
});
export type CertificationDetail = v.InferOutput<typeof CertificationDetailSchema>;
