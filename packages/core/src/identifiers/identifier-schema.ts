import * as v from 'valibot';
import type { Label, Lang } from '../vocabulary/define-vocabulary.js';
import { type IdentifierCheck, IdentifierError } from './identifier-result.js';

export interface IdentifierDescription {
  /** What the error message starts with, e.g. « Numéro SIRET invalide ». */
  readonly invalid: Label;
  /** For the OpenAPI document. */
  readonly description: string;
  readonly example: string;
}

/** The message an API or a form shows: which identifier is wrong, then what to fix. */
export function identifierErrorMessage(
  identifier: IdentifierDescription,
  reason: IdentifierError,
  lang: Lang = 'fr',
): string {
  return `${identifier.invalid[lang]}. ${IdentifierError.label(reason, lang)}`;
}

/**
 * A string schema that checks a typed identifier and outputs its normalised value, or fails
 * with the French message. The description comes before the transform so that OpenAPI
 * generation in `typeMode: 'input'` keeps it.
 */
export function identifierSchema(
  check: (input: string) => IdentifierCheck,
  identifier: IdentifierDescription,
) {
  return v.pipe(
    v.string(),
    v.description(identifier.description),
    v.examples([identifier.example]),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const result = check(dataset.value);
      if (result.valid) return result.value;
      addIssue({ message: identifierErrorMessage(identifier, result.reason) });
      return NEVER;
    }),
  );
}
