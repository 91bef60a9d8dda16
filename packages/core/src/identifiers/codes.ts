import { type IdentifierCheck, identifierInvalid, identifierValid } from './identifier-result.js';
import { identifierSchema } from './identifier-schema.js';
import { removeSpaces } from './remove-spaces.js';

/** France compétences writes its codes in capitals without spaces: `RNCP35830`, `RS5483`. */
function compactCode(input: string): string {
  return removeSpaces(input).toUpperCase();
}

/** Why a compacted code was refused, the most helpful reason first. */
function refuseCode(value: string, wrongLength?: RegExp): IdentifierCheck {
  if (value === '') return identifierInvalid('EMPTY');
  if (wrongLength?.test(value)) return identifierInvalid('BAD_LENGTH');
  if (/[^0-9A-Z]/u.test(value)) return identifierInvalid('BAD_CHARACTERS');
  return identifierInvalid('BAD_FORMAT');
}

/**
 * The RNCP code as France compétences writes it (`RNCP35830`), from what people type
 * (`35830`, `rncp 35830`); null when it is not an RNCP code. Bare digits are read as an RNCP
 * number: callers that also accept postal codes or RS numbers must decide before calling.
 */
export function normalizeRncpCode(input: string): string | null {
  const digits = /^(?:RNCP)?(\d{3,5})$/u.exec(compactCode(input))?.[1];
  return digits === undefined ? null : `RNCP${digits}`;
}

/**
 * Code of a certification registered at the Répertoire national des certifications
 * professionnelles (RNCP): `RNCP` and 3 to 5 digits.
 */
export function checkRncpCode(input: string): IdentifierCheck {
  const value = normalizeRncpCode(input);
  return value === null
    ? refuseCode(compactCode(input), /^(?:RNCP)?\d+$/u)
    : identifierValid(value);
}

/**
 * The RS code as France compétences writes it (`RS5483`), from what people type (`5483`,
 * `rs 5483`); null when it is not an RS code.
 */
export function normalizeRsCode(input: string): string | null {
  const digits = /^(?:RS)?(\d+)$/u.exec(compactCode(input))?.[1];
  return digits === undefined ? null : `RS${digits}`;
}

/** Code of a certification registered at the Répertoire spécifique (RS): `RS` and digits. */
export function checkRsCode(input: string): IdentifierCheck {
  const value = normalizeRsCode(input);
  return value === null ? refuseCode(compactCode(input)) : identifierValid(value);
}

/** Code of a bloc de compétences: its certification's RNCP code, `BC` and 2 digits. */
export function checkCompetenceBlocCode(input: string): IdentifierCheck {
  const value = compactCode(input);
  return /^RNCP\d+BC\d{2}$/u.test(value)
    ? identifierValid(value)
    : refuseCode(value, /^RNCP\d+BC\d*$/u);
}

/**
 * An RNCP or an RS code. Unlike `checkRncpCode`, bare digits are refused: `5483` could be
 * either register, and reading it as the wrong one would name another certification.
 */
export function checkCertificationCode(input: string): IdentifierCheck {
  const value = compactCode(input);
  if (value.startsWith('RNCP')) return checkRncpCode(value);
  if (value.startsWith('RS')) return checkRsCode(value);
  return refuseCode(value);
}

export const RncpCodeSchema = identifierSchema(checkRncpCode, {
  invalid: { fr: 'Code RNCP invalide', en: 'Invalid RNCP code' },
  description: 'Code RNCP : « RNCP » suivi de 3 à 5 chiffres (les chiffres seuls sont acceptés)',
  example: 'RNCP35830',
});

export const RsCodeSchema = identifierSchema(checkRsCode, {
  invalid: { fr: 'Code RS invalide', en: 'Invalid RS code' },
  description: 'Code RS : « RS » suivi de chiffres (les chiffres seuls sont acceptés)',
  example: 'RS5483',
});

export const CompetenceBlocCodeSchema = identifierSchema(checkCompetenceBlocCode, {
  invalid: { fr: 'Code de bloc de compétences invalide', en: 'Invalid competence bloc code' },
  description: 'Code de bloc de compétences : code RNCP suivi de « BC » et de 2 chiffres',
  example: 'RNCP35830BC01',
});

export const CertificationCodeSchema = identifierSchema(checkCertificationCode, {
  invalid: { fr: 'Code de certification invalide', en: 'Invalid certification code' },
  description: 'Code de certification : code RNCP (RNCP35830) ou RS (RS5483)',
  example: 'RNCP35830',
});
