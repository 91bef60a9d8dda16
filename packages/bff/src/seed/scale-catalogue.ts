import type { CertificationLevel } from '@vae/core';
import type {
  Certificateur,
  CertificationRecord,
} from '../features/certifications/certification-record.js';
import { CERTIFICATEURS, DEMO_TYPES, type DemoType } from './demo-catalogue/demo-certification.js';
import {
  BLOC_VERBS,
  COMPLEMENTS,
  DOMAINS,
  FIELDS_OF_STUDY,
  ORGANISM_KINDS,
  TRADES,
} from './scale-words.js';

/**
 * Synthetic codes start here, above the RNCP numbers given so far, so both can live in one
 * database; they stay within the RNCP format (`RNCP` + up to 5 digits).
 */
const FIRST_CODE = 50_000;
const MAX_CERTIFICATIONS = 50_000;

const LEVELS: readonly (readonly [CertificationLevel, number])[] = [
  [3, 0.25],
  [4, 0.25],
  [5, 0.2],
  [6, 0.2],
  [7, 0.1],
];

const TYPES_BY_LEVEL: Readonly<Record<CertificationLevel, readonly DemoType[]>> = {
  3: [DEMO_TYPES.CAP, DEMO_TYPES.TP, DEMO_TYPES.CQP, DEMO_TYPES.MC],
  4: [DEMO_TYPES.BAC_PRO, DEMO_TYPES.BP, DEMO_TYPES.TP, DEMO_TYPES.CQP, DEMO_TYPES.MC],
  5: [DEMO_TYPES.BTS, DEMO_TYPES.TP, DEMO_TYPES.DEUST, DEMO_TYPES.CQP],
  6: [DEMO_TYPES.BUT, DEMO_TYPES.LP, DEMO_TYPES.TP, DEMO_TYPES.DE],
  7: [DEMO_TYPES.MASTER, DEMO_TYPES.TP],
  8: [DEMO_TYPES.MASTER],
};

const MINISTRIES: readonly Certificateur[] = [
  CERTIFICATEURS.educationNationale,
  CERTIFICATEURS.enseignementSuperieur,
  CERTIFICATEURS.travail,
];

/**
 * A synthetic catalogue of `count` certifications for benchmarks (`vae seed scale`): titles
 * composed from French trade and domain words, so that prefixes, plural forms and typos behave
 * as on the real catalogue. Deterministic: certification i depends only on `seed` and i, so the
 * first thousand of a 50,000 set are the 1,000 set.
 */
export function generateScaleCatalogue(count: number, seed = 1): CertificationRecord[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_CERTIFICATIONS) {
    throw new RangeError(`count must be an integer from 0 to ${MAX_CERTIFICATIONS}`);
  }
  return Array.from({ length: count }, (_, i) => syntheticCertification(i, seed));
}

function syntheticCertification(i: number, seed: number): CertificationRecord {
  const random = mulberry32(Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const level = weighted(LEVELS, random());
  const type = pick(TYPES_BY_LEVEL[level]);
  const [domain, filiere] = pick(DOMAINS);
  const code = `RNCP${FIRST_CODE + i}`;
  const label = titleOf(
    type,
    pick(TRADES),
    domain,
    pick(COMPLEMENTS),
    pick(FIELDS_OF_STUDY),
    random,
  );
  const academic = type === DEMO_TYPES.LP || type === DEMO_TYPES.MASTER || type === DEMO_TYPES.BUT;
  return {
    code,
    registry: 'RNCP',
    label,
    typeCode: type.code,
    typeLabel: type.label,
    level,
    active: random() < 0.9,
    vaeAccessible: random() < 0.85,
    registrationEnd: random() < 0.2 ? `${2024 + Math.floor(random() * 7)}-08-31` : null,
    filiere,
    formacodes: [],
    nsfCodes: [],
    idcc: [],
    blocs: Array.from({ length: 2 + Math.floor(random() * 3) }, (_, b) => ({
      code: `${code}BC${String(b + 1).padStart(2, '0')}`,
      label: `${pick(BLOC_VERBS)} les activités de ${domain}`,
    })),
    parcours: academic
      ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
          code: null,
          label: capitalise(`${pick(DOMAINS)[0]}${pick(COMPLEMENTS)}`),
        }))
      : [],
    replaces: [],
    replacedBy: [],
    certificateurs: [random() < 0.5 ? pick(MINISTRIES) : organism(domain, random)],
  };
}

function titleOf(
  type: DemoType,
  trade: string,
  domain: string,
  complement: string,
  field: string,
  random: () => number,
): string {
  const of = (word: string) => (/^[aeiouyhéèêâîô]/i.test(word) ? `d’${word}` : `de ${word}`);
  switch (type) {
    case DEMO_TYPES.BTS:
    case DEMO_TYPES.BUT:
    case DEMO_TYPES.DEUST:
      return random() < 0.6 ? capitalise(`${domain}${complement}`) : `${trade} ${of(domain)}`;
    case DEMO_TYPES.LP:
    case DEMO_TYPES.MASTER:
      return random() < 0.7
        ? `${field} ${of(domain)}${complement}`
        : capitalise(`${domain}${complement}`);
    case DEMO_TYPES.DE:
      return `Diplôme d’État ${of(trade.toLowerCase())} ${random() < 0.5 ? 'en' : 'de'} ${domain}`;
    default:
      return `${trade} ${random() < 0.5 ? `en ${domain}` : of(domain)}${complement}`;
  }
}

/** A certifying organism named after its field, with a SIRET that passes the Luhn check. */
function organism(domain: string, random: () => number): Certificateur {
  const digits = Array.from({ length: 13 }, () => Math.floor(random() * 10));
  return {
    siret: withLuhnDigit(digits).join(''),
    name: `${ORGANISM_KINDS[Math.floor(random() * ORGANISM_KINDS.length)]} ${withoutAccents(domain).toUpperCase()}`,
  };
}

function withLuhnDigit(digits: number[]): number[] {
  for (let check = 0; check < 10; check++) {
    const all = [...digits, check];
    const sum = all.reduceRight((total, digit, index) => {
      const doubled = (all.length - 1 - index) % 2 === 1 ? digit * 2 : digit;
      return total + (doubled > 9 ? doubled - 9 : doubled);
    }, 0);
    if (sum % 10 === 0) return all;
  }
  return [...digits, 0];
}

function weighted<T>(choices: readonly (readonly [T, number])[], draw: number): T {
  let total = 0;
  for (const [value, weight] of choices) {
    total += weight;
    if (draw < total) return value;
  }
  return (choices.at(-1) as readonly [T, number])[0];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A small, fast, seedable PRNG (Mulberry32): the same seed gives the same sequence everywhere. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The RNCP writes names in capitals without accents. */
function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
