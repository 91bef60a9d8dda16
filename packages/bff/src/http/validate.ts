import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { ValidationTargets } from 'hono';
import { validator } from 'hono-openapi';
import { ProblemError, type ProblemFieldError } from './problem.js';

const TARGET_NAMES: Record<keyof ValidationTargets, string> = {
  json: 'body',
  form: 'body',
  query: 'query',
  param: 'param',
  header: 'header',
  cookie: 'cookie',
};

/**
 * Validates one part of the request with a valibot schema (any Standard Schema) and documents
 * it in the OpenAPI document. A failure becomes a 400 problem+json listing every bad field.
 */
export function validate<Schema extends StandardSchemaV1, Target extends keyof ValidationTargets>(
  target: Target,
  schema: Schema,
) {
  return validator(target, schema, (result) => {
    if (result.success) {
      // A lone UTF-16 surrogate cannot be stored or sent on to a libSQL server (its JSON
      // protocol rejects it, which would surface as a 500): refuse it as bad input here.
      const path = illFormedStringPath(result.data);
      if (path === null) return;
      const errors = [
        { path, in: TARGET_NAMES[target], message: 'Texte mal formé (caractère invalide).' },
      ];
      throw new ProblemError('invalidRequest', describe(errors), { errors });
    }
    const errors = result.error.map((issue) => toFieldError(issue, TARGET_NAMES[target]));
    throw new ProblemError('invalidRequest', describe(errors), { errors });
  });
}

export function toFieldError(issue: StandardSchemaV1.Issue, location: string): ProblemFieldError {
  const path = (issue.path ?? [])
    .map((segment) => (typeof segment === 'object' ? segment.key : segment))
    .map(String)
    .join('.');
  return { path, in: location, message: issue.message };
}

function describe(errors: ProblemFieldError[]): string {
  const fields = [...new Set(errors.map((error) => error.path || error.in))];
  return fields.length === 1
    ? `Le champ « ${fields[0]} » est invalide.`
    : `Les champs ${fields.map((field) => `« ${field} »`).join(', ')} sont invalides.`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string holding a lone surrogate, '' at the top, or null if none. */
export function illFormedStringPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path.join('.') : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = illFormedStringPath(inner, [...path, key]);
    if (found !== null) return found;
  }
  return null;
}
