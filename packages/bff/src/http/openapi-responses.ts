import { resolver } from 'hono-openapi';
import { ProblemSchema } from './problem-schema.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input',
  401: 'Missing, unknown or revoked credential',
  403: 'The credential may not perform this action (or the partner key/origin is refused)',
  404: 'Not found, or outside the caller’s scope',
  409: 'Illegal state change (`code`: the state-machine code) or concurrent modification',
  413: 'File or body too large',
  415: 'Unsupported file type (PDF required)',
  422: 'Refused input (`code`, `reasons`)',
  429: 'Rate limit reached (see Retry-After)',
};

/** The problem+json answers of a route, for its OpenAPI description. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    [...new Set([...statuses, 429])].map((status) => [
      status,
      {
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: resolver(ProblemSchema) } },
      },
    ]),
  );
}

/** A JSON answer whose shape is described in prose (views are built from the domain types). */
export function jsonResponse(description: string) {
  return { description, content: { 'application/json': { schema: { type: 'object' as const } } } };
}
