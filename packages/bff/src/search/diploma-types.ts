import { normalizeText, tokenize } from '@vae/core';
import { isStopword } from './french-words.js';

/**
 * A family of diplomas people name in a query (« bts », « bac pro », « titre pro »): the type
 * codes the registries use for it (`ABREGE`) and the ways people write it. A query that names
 * one ranks that family first.
 */
interface DiplomaType {
  readonly codes: readonly string[];
  /** Meaningful words only (« diplôme d'État » is « diplome etat »). */
  readonly names: readonly string[];
  /** How the type label of a fiche starts when its code is not one of `codes`. */
  readonly labels: readonly string[];
}

const DIPLOMA_TYPES: readonly DiplomaType[] = [
  {
    codes: ['CAP', 'CAPA'],
    names: ['cap', 'capa', 'certificat aptitude professionnelle'],
    labels: ['certificat d aptitude professionnelle'],
  },
  { codes: ['BP', 'BPA'], names: ['bp', 'brevet professionnel'], labels: ['brevet professionnel'] },
  {
    codes: ['BAC PRO', 'BACPRO', 'BAC_PRO', 'BAC PRO AG'],
    names: ['bac pro', 'bacpro', 'bac professionnel', 'baccalaureat professionnel'],
    labels: ['baccalaureat professionnel'],
  },
  {
    codes: ['BTS', 'BTSA'],
    names: ['bts', 'btsa', 'brevet technicien superieur'],
    labels: ['brevet de technicien superieur'],
  },
  { codes: ['BUT'], names: ['but'], labels: ['bachelor universitaire de technologie'] },
  { codes: ['DUT'], names: ['dut'], labels: ['diplome universitaire de technologie'] },
  {
    codes: ['DEUST'],
    names: ['deust'],
    labels: ['diplome d etudes universitaires scientifiques et techniques'],
  },
  {
    codes: ['LP', 'LICENCE PRO', 'LICENCE PROFESSIONNELLE'],
    names: ['lp', 'licence pro', 'licence professionnelle', 'licence professionnel'],
    labels: ['licence professionnelle'],
  },
  {
    codes: ['MASTER', 'DIPVIGRM', 'GRADE_MASTER'],
    names: ['master'],
    labels: ['master', 'diplome vise grade de master', 'diplome conferant le grade de master'],
  },
  {
    codes: ['TP'],
    names: ['tp', 'titre pro', 'titre professionnel'],
    labels: ['titre professionnel'],
  },
  { codes: ['DE'], names: ['diplome etat'], labels: ['diplome d etat'] },
  {
    codes: ['CQP'],
    names: ['cqp', 'certificat qualification professionnelle'],
    labels: ['certificat de qualification professionnelle'],
  },
  {
    codes: ['MC'],
    names: ['mc', 'mention complementaire'],
    labels: ['mention complementaire'],
  },
];

/** Every way of naming a type in a query, longest first, as word lists. */
const NAMES: readonly { words: readonly string[]; type: number }[] = DIPLOMA_TYPES.flatMap(
  (type, index) => type.names.map((name) => ({ words: name.split(' '), type: index })),
).sort((a, b) => b.words.length - a.words.length);

/** The diploma family of a certification from its type code and label, or -1. */
export function diplomaTypeOf(typeCode: string | null, typeLabel: string | null): number {
  const code = typeCode?.trim().toUpperCase();
  if (code) {
    const byCode = DIPLOMA_TYPES.findIndex((type) => type.codes.includes(code));
    if (byCode >= 0) return byCode;
  }
  const label = typeLabel ? normalizeText(typeLabel) : '';
  if (label === '') return -1;
  return DIPLOMA_TYPES.findIndex((type) =>
    type.labels.some((start) => label === start || label.startsWith(`${start} `)),
  );
}

/** A diploma family named in a query, and which query words name it. */
export interface NamedDiplomaType {
  type: number;
  /** Indexes in the query's words. */
  from: number;
  to: number;
}

/**
 * Finds the diploma families a query names. `words` are all the query's words, stopwords
 * included; a name matches its meaningful words in a row (« diplôme d'État » skips « d »).
 * « de » alone is too common a word to name the DE family: it takes « diplôme d'État ».
 */
export function diplomaTypesNamed(words: readonly string[]): NamedDiplomaType[] {
  const found: NamedDiplomaType[] = [];
  let i = 0;
  while (i < words.length) {
    const match = NAMES.find((name) => matchesAt(words, i, name.words) >= 0);
    if (!match) {
      i++;
      continue;
    }
    const to = matchesAt(words, i, match.words);
    found.push({ type: match.type, from: i, to });
    i = to + 1;
  }
  return found;
}

/** Index of the last query word when `name` matches from `start` (stopwords skipped), or -1. */
function matchesAt(words: readonly string[], start: number, name: readonly string[]): number {
  let i = start;
  for (let k = 0; k < name.length; k++) {
    if (k > 0)
      while (i < words.length && isStopword(words[i] as string) && words[i] !== name[k]) i++;
    if (words[i] !== name[k]) return -1;
    i++;
  }
  return i - 1;
}

/** The words of a diploma family's names, to highlight them in titles that spell them out. */
export function diplomaTypeWords(type: number): readonly string[] {
  return [...new Set(DIPLOMA_TYPES[type]?.names.flatMap((name) => tokenize(name)) ?? [])];
}
