import type { CertificationLevel } from '@vae/core';
import type {
  Certificateur,
  SearchableCertification,
} from '../features/certifications/certification-record.js';
import { acronymsOf } from './acronyms.js';
import { CertificateurTable } from './certificateur-table.js';
import { diplomaTypeOf } from './diploma-types.js';
import { contentWords, isStopword, wordSpans } from './french-words.js';
import { Vocabulary } from './vocabulary.js';

/** What the index keeps of a certification to answer a search (blocs and parcours stay in the database). */
export interface IndexedCertification {
  code: string;
  label: string;
  typeCode: string | null;
  typeLabel: string | null;
  level: CertificationLevel | null;
  filiere: string | null;
  certificateurs: readonly Certificateur[];
  active: boolean;
  vaeAccessible: boolean;
  registrationEnd: string | null;
}

/** Where a term sits in a certification: its title's nth meaningful word, or another field. */
export const LAST_TITLE_POSITION = 239;
export const FIELD_ACRONYM = 250;
export const FIELD_TYPE = 251;
export const FIELD_CODE = 252;
export const FIELD_PARCOURS = 253;

export const ACTIVE = 1;
export const VAE_ACCESSIBLE = 2;
export const NEVER_ENDS = 2 ** 31 - 1;

/** Certifications analysed between two yields of a background build. */
const DOCS_PER_STEP = 2000;

/** Everything a `CertificationIndex` is made of; built by `buildIndexParts`. */
export interface IndexParts {
  docs: IndexedCertification[];
  vocabulary: Vocabulary;
  /** For term t, certifications `docs[start[t]..start[t+1]]`, each with where it holds t. */
  postings: { start: Int32Array; docs: Int32Array; fields: Uint8Array };
  /** Title words of certification d: `offset[d]..offset[d+1]` (UTF-16 range and term id). */
  spans: { offset: Int32Array; start: Int32Array; end: Int32Array; term: Int32Array };
  level: Uint8Array;
  type: Int16Array;
  typeCodes: string[];
  typeLabels: string[];
  /** The diploma family of each certification (see diploma-types.ts), or -1. */
  diplomaType: Int16Array;
  docsByDiplomaType: Map<number, Int32Array>;
  filiere: Int16Array;
  filiereCodes: string[];
  flags: Uint8Array;
  registrationEnd: Int32Array;
  /** Tie-break order of equal matches: shorter title first, then alphabetical. */
  tieRank: Int32Array;
  /** Order of a list without query: alphabetical by title, then level, then code. */
  alphaRank: Int32Array;
  /** Codes as typed (`rncp35830`, `35830`, `rs5495`), sorted for prefix ranges. */
  codes: { keys: string[]; docs: Int32Array };
  certificateurs: CertificateurTable;
}

/**
 * Builds the parts of an index step by step: it yields between steps so that a background
 * rebuild can give the event loop back (no step takes more than a few tens of milliseconds on
 * 50,000 certifications); run it to the end in one go for a synchronous build.
 */
export function* buildIndexParts(
  records: readonly SearchableCertification[],
): Generator<void, IndexParts> {
  const docs = records.map(summaryOf);
  const [type, typeCodes] = codeColumn(records.map((r) => r.typeCode));
  const typeLabels = typeCodes.map(
    (code) => records.find((r) => r.typeCode === code)?.typeLabel ?? code,
  );
  const [filiere, filiereCodes] = codeColumn(records.map((r) => r.filiere));
  const diplomaType = Int16Array.from(records, (r) => diplomaTypeOf(r.typeCode, r.typeLabel));
  const columns = {
    docs,
    level: Uint8Array.from(records, (r) => r.level ?? 0),
    type,
    typeCodes,
    typeLabels,
    diplomaType,
    docsByDiplomaType: groupDocs(diplomaType),
    filiere,
    filiereCodes,
    flags: Uint8Array.from(
      records,
      (r) => (r.active ? ACTIVE : 0) | (r.vaeAccessible ? VAE_ACCESSIBLE : 0),
    ),
    registrationEnd: Int32Array.from(records, (r) => dayNumber(r.registrationEnd)),
    codes: codeKeys(records),
    certificateurs: new CertificateurTable(records),
  };
  yield;
  const text = yield* analyseTexts(records);
  const [tieRank, alphaRank] = rankColumns(records, text.normalizedLabels);
  yield;
  const vocabulary = new Vocabulary(text.sortedTerms, (id) => text.isWord[id] as boolean);
  return { ...columns, vocabulary, postings: text.postings, spans: text.spans, tieRank, alphaRank };
}

function summaryOf(record: SearchableCertification): IndexedCertification {
  return {
    code: record.code,
    label: record.label,
    typeCode: record.typeCode,
    typeLabel: record.typeLabel,
    level: record.level,
    filiere: record.filiere,
    certificateurs: record.certificateurs,
    active: record.active,
    vaeAccessible: record.vaeAccessible,
    registrationEnd: record.registrationEnd,
  };
}

/** Days since 1970-01-01 of an ISO date; a missing date never ends. */
export function dayNumber(isoDate: string | null): number {
  if (!isoDate) return NEVER_ENDS;
  const time = Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(time) ? NEVER_ENDS : Math.floor(time / 86_400_000);
}

/** A column of small codes as indexes into the list of distinct codes (-1 for none). */
function codeColumn(values: readonly (string | null)[]): [Int16Array, string[]] {
  const codes: string[] = [];
  const index = new Map<string, number>();
  const column = Int16Array.from(values, (value) => {
    if (value === null || value === '') return -1;
    let i = index.get(value);
    if (i === undefined) {
      i = codes.push(value) - 1;
      index.set(value, i);
    }
    return i;
  });
  return [column, codes];
}

function groupDocs(column: Int16Array): Map<number, Int32Array> {
  const groups = new Map<number, number[]>();
  column.forEach((value, doc) => {
    if (value < 0) return;
    const group = groups.get(value);
    if (group) group.push(doc);
    else groups.set(value, [doc]);
  });
  return new Map([...groups].map(([value, docs]) => [value, Int32Array.from(docs)]));
}

function rankColumns(
  records: readonly SearchableCertification[],
  keys: readonly string[],
): [Int32Array, Int32Array] {
  const level = Int32Array.from(records, (r) => r.level ?? 9);
  const ids = () => Array.from(records, (_, i) => i);
  const alphaRank = ranks(
    ids().sort(
      (a, b) =>
        compare(keys[a] as string, keys[b] as string) ||
        (level[a] as number) - (level[b] as number) ||
        compare(
          (records[a] as SearchableCertification).code,
          (records[b] as SearchableCertification).code,
        ),
    ),
  );
  const length = Int32Array.from(records, (r) => r.label.length);
  const tieRank = ranks(
    ids().sort(
      (a, b) =>
        (length[a] as number) - (length[b] as number) ||
        (alphaRank[a] as number) - (alphaRank[b] as number),
    ),
  );
  return [tieRank, alphaRank];
}

function ranks(order: readonly number[]): Int32Array {
  const rank = new Int32Array(order.length);
  order.forEach((doc, position) => {
    rank[doc] = position;
  });
  return rank;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function codeKeys(records: readonly SearchableCertification[]): {
  keys: string[];
  docs: Int32Array;
} {
  const pairs: [string, number][] = [];
  records.forEach((record, doc) => {
    const code = record.code.toLowerCase();
    pairs.push([code, doc]);
    if (code.startsWith('rncp')) pairs.push([code.slice(4), doc]);
  });
  pairs.sort((a, b) => compare(a[0], b[0]) || a[1] - b[1]);
  return { keys: pairs.map(([key]) => key), docs: Int32Array.from(pairs, ([, doc]) => doc) };
}

/**
 * The inverted index: for each term, the certifications holding it and where (the title word's
 * position, or the field). Terms get ids in sorted order so that a prefix is a range of ids.
 */
function* analyseTexts(records: readonly SearchableCertification[]) {
  const provisional = new Map<string, number>();
  const names: string[] = [];
  const wordFlags: boolean[] = [];
  const intern = (term: string, word: boolean) => {
    let id = provisional.get(term);
    if (id === undefined) {
      id = names.push(term) - 1;
      provisional.set(term, id);
      wordFlags.push(word);
    } else if (word) wordFlags[id] = true;
    return id;
  };
  const memo = new Map<string, string[]>();
  // Per certification: term ids and fields, side by side.
  const docTermIds: Int32Array[] = [];
  const docFields: Uint8Array[] = [];
  const normalizedLabels: string[] = [];
  const spanOffset = new Int32Array(records.length + 1);
  const spanStart: number[] = [];
  const spanEnd: number[] = [];
  const spanTerm: number[] = [];

  for (let doc = 0; doc < records.length; doc++) {
    if (doc > 0 && doc % DOCS_PER_STEP === 0) yield;
    const record = records[doc] as SearchableCertification;
    const fields = new Map<number, number>();
    const place = (id: number, field: number) => {
      const current = fields.get(id);
      if (current === undefined || field < current) fields.set(id, field);
    };
    const spans = wordSpans(record.label, memo);
    normalizedLabels.push(spans.map((span) => span.term).join(' '));
    let position = 0;
    for (const span of spans) {
      if (isStopword(span.term)) continue;
      const id = intern(span.term, true);
      place(id, Math.min(position++, LAST_TITLE_POSITION));
      spanStart.push(span.start);
      spanEnd.push(span.end);
      spanTerm.push(id);
    }
    spanOffset[doc + 1] = spanTerm.length;
    for (const acronym of acronymsOf(record.label, spans))
      place(intern(acronym, false), FIELD_ACRONYM);
    for (const parcours of record.parcours) {
      for (const word of contentWords(parcours.label)) place(intern(word, true), FIELD_PARCOURS);
    }
    docTermIds.push(Int32Array.from(fields.keys()));
    docFields.push(Uint8Array.from(fields.values()));
  }
  yield;

  const order = names
    .map((_, id) => id)
    .sort((a, b) => compare(names[a] as string, names[b] as string));
  const finalId = new Int32Array(names.length);
  order.forEach((id, rank) => {
    finalId[id] = rank;
  });
  const sortedTerms = order.map((id) => names[id] as string);
  const isWord = order.map((id) => wordFlags[id] as boolean);
  yield;

  const start = new Int32Array(sortedTerms.length + 1);
  for (const ids of docTermIds) {
    for (const id of ids) {
      const next = finalId[id]! + 1;
      start[next] = start[next]! + 1;
    }
  }
  for (let t = 0; t < sortedTerms.length; t++) start[t + 1] = start[t + 1]! + start[t]!;
  const fill = start.slice(0, sortedTerms.length);
  const postingDocs = new Int32Array(start[sortedTerms.length] as number);
  const postingFields = new Uint8Array(postingDocs.length);
  docTermIds.forEach((ids, doc) => {
    const fields = docFields[doc] as Uint8Array;
    ids.forEach((id, i) => {
      const term = finalId[id] as number;
      const slot = fill[term] as number;
      fill[term] = slot + 1;
      postingDocs[slot] = doc;
      postingFields[slot] = fields[i] as number;
    });
  });
  return {
    sortedTerms,
    isWord,
    normalizedLabels,
    postings: { start, docs: postingDocs, fields: postingFields },
    spans: {
      offset: spanOffset,
      start: Int32Array.from(spanStart),
      end: Int32Array.from(spanEnd),
      term: Int32Array.from(spanTerm, (id) => finalId[id] as number),
    },
  };
}
