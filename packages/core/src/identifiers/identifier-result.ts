import type * as v from 'valibot';
import { defineVocabulary } from '../vocabulary/define-vocabulary.js';

/**
 * Why a typed identifier was refused. Codes are stable (APIs and elements key on them); the
 * texts say what to fix, whatever the identifier.
 */
export const IdentifierError = defineVocabulary(
  ['EMPTY', 'BAD_LENGTH', 'BAD_CHARACTERS', 'BAD_FORMAT', 'BAD_KEY', 'BAD_CHECKSUM'],
  {
    EMPTY: { fr: 'Aucune valeur saisie.', en: 'Nothing was entered.' },
    BAD_LENGTH: {
      fr: "Le nombre de caractères n'est pas le bon : il en manque ou il y en a en trop.",
      en: 'The number of characters is wrong: some are missing or there are too many.',
    },
    BAD_CHARACTERS: {
      fr: 'La saisie contient des caractères non autorisés.',
      en: 'The value contains characters that are not allowed.',
    },
    BAD_FORMAT: {
      fr: "La saisie n'a pas la forme attendue.",
      en: 'The value does not have the expected form.',
    },
    BAD_KEY: {
      fr: 'La clé de contrôle ne correspond pas : un caractère est sans doute mal saisi.',
      en: 'The check key does not match: a character is probably mistyped.',
    },
    BAD_CHECKSUM: {
      fr: 'Le numéro ne passe pas le contrôle de validité : un chiffre est sans doute mal saisi.',
      en: 'The number fails its validity check: a digit is probably mistyped.',
    },
  },
);
export type IdentifierError = v.InferOutput<typeof IdentifierError.schema>;

/** The outcome of checking a typed identifier: its normalised value, or why it was refused. */
export type IdentifierCheck =
  | { readonly valid: true; readonly value: string }
  | { readonly valid: false; readonly reason: IdentifierError };

export function identifierValid(value: string): IdentifierCheck {
  return { valid: true, value };
}

export function identifierInvalid(reason: IdentifierError): IdentifierCheck {
  return { valid: false, reason };
}
