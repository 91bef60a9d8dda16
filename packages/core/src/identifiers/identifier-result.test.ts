import { describe, expect, it } from 'vitest';
import { IdentifierError } from './identifier-result.js';
import { identifierErrorMessage } from './identifier-schema.js';

describe('IdentifierError', () => {
  it('labels every code in French and English', () => {
    for (const code of IdentifierError.values) {
      expect(IdentifierError.label(code, 'fr')).not.toBe('');
      expect(IdentifierError.label(code, 'en')).not.toBe('');
    }
  });
});

describe('identifierErrorMessage', () => {
  const siret = {
    invalid: { fr: 'Numéro SIRET invalide', en: 'Invalid SIRET number' },
    description: 'Numéro SIRET',
    example: '73282932000074',
  };

  it('names the identifier, then says what to fix', () => {
    expect(identifierErrorMessage(siret, 'BAD_LENGTH')).toBe(
      "Numéro SIRET invalide. Le nombre de caractères n'est pas le bon : il en manque ou il y en a en trop.",
    );
    expect(identifierErrorMessage(siret, 'EMPTY', 'en')).toBe(
      'Invalid SIRET number. Nothing was entered.',
    );
  });
});
