import type { CertificationLevel } from '@vae/core';
import type { SearchableCertification } from '../features/certifications/certification-record.js';
import { acronymInitials } from './acronym-highlights.js';
import {
  type HighlightTarget,
  highlightTargets,
  highlightWord,
  mergeRanges,
  type TextRange,
} from './highlights.js';
import {
  buildIndexParts,
  FIELD_CODE,
  FIELD_TYPE,
  type IndexedCertification,
  type IndexParts,
  LAST_TITLE_POSITION,
} from './index-builder.js';
import { countFacets } from './search-facets.js';
import { searchFilter } from './search-filters.js';
import { type Clause, parseSearchQuery } from './search-query.js';
import { selectTop } from './top-k.js';
import { lowerBound, MatchQuality } from './vocabulary.js';

export type { TextRange } from './highlights.js';
export type { IndexedCertification } from './index-builder.js';

export interface CertificationSearch {
  q: string;
  levels?: readonly number[] | undefined;
  /** Type codes (`BTS`, `CAP`…), compared without case. */
  types?: readonly string[] | undefined;
  filieres?: readonly string[] | undefined;
  /** A SIRET, or words of a certificateur's name. */
  certificateur?: string | undefined;
  /** Only certifications that are active and whose registration has not ended on `today`. */
  onlyActive: boolean;
  onlyVaeAccessible: boolean;
  /** ISO date (YYYY-MM-DD): registrations that ended before it are over. */
  today: string;
  limit: number;
  offset: number;
}

export interface CertificationHit {
  certification: IndexedCertification;
  /** Ranges of `certification.label` that matched the query. */
  highlights: TextRange[];
}

export interface CertificationSearchResult {
  hits: CertificationHit[];
  total: number;
  facets: {
    level: { level: CertificationLevel; count: number }[];
    type: { code: string; label: string; count: number }[];
    filiere: { code: string; count: number }[];
  };
}

const NO_POSITION = 255;

/*
 * Only the certifications matching the most words are listed (`coverage`); among them, the rank
 * is one number, compared first by its highest part: diploma type named > exact > plural or
 * feminine > prefix > fewer typos > words matched in the title > earliest title word matched;
 * ties go to the shorter title, then the lower level, then alphabetical order, then the code
 * (`tieRank`).
 */
const TYPE_MATCH = 2 ** 29;
const EXACT = 2 ** 25;
const FOLD = 2 ** 21;
const PREFIX = 2 ** 17;
const TYPO_FREE = 2 ** 12;
const IN_TITLE = 2 ** 8;

/**
 * The in-memory search index of the certification catalogue: an inverted index of title words,
 * acronyms and parcours words (sorted vocabulary: prefixes are ranges; typos are found by a
 * bounded edit distance over words of close length), plus per-certification columns for the
 * filters and facets. Immutable once built: a new catalogue gets a new index.
 */
export class CertificationIndex {
  readonly version: string | null;
  readonly size: number;
  private readonly parts: IndexParts;

  // Scratch space of one search (searches run one at a time on the event loop).
  private readonly clauseStamp: Uint32Array;
  private readonly clauseQuality: Uint8Array;
  private readonly clauseField: Uint8Array;
  private readonly clauseTouched: Int32Array;
  private readonly docStamp: Uint32Array;
  private readonly docPasses: Uint8Array;
  private readonly rank: Float64Array;
  private readonly firstPosition: Uint8Array;
  private readonly coverage: Uint8Array;
  private readonly candidates: Int32Array;
  private stamp = 0;
  /** Normal forms of the title's letter runs, for acronym highlights (titles share most words). */
  private readonly runTerms = new Map<string, string[]>();

  private constructor(parts: IndexParts, version: string | null) {
    const n = parts.docs.length;
    this.parts = parts;
    this.version = version;
    this.size = n;
    this.clauseStamp = new Uint32Array(n);
    this.clauseQuality = new Uint8Array(n);
    this.clauseField = new Uint8Array(n);
    this.clauseTouched = new Int32Array(n);
    this.docStamp = new Uint32Array(n);
    this.docPasses = new Uint8Array(n);
    this.rank = new Float64Array(n);
    this.firstPosition = new Uint8Array(n);
    this.coverage = new Uint8Array(n);
    this.candidates = new Int32Array(n);
  }

  /** Builds an index in one go (tests, benchmarks). */
  static build(
    records: readonly SearchableCertification[],
    version: string | null = null,
  ): CertificationIndex {
    const steps = buildIndexParts(records);
    let step = steps.next();
    while (!step.done) step = steps.next();
    return new CertificationIndex(step.value, version);
  }

  /**
   * Builds an index while serving requests: gives the event loop back between steps, so that
   * searches on the previous index go on during a rebuild.
   */
  static async buildInBackground(
    records: readonly SearchableCertification[],
    version: string | null = null,
  ): Promise<CertificationIndex> {
    const steps = buildIndexParts(records);
    let step = steps.next();
    while (!step.done) {
      await new Promise((resolve) => setImmediate(resolve));
      step = steps.next();
    }
    return new CertificationIndex(step.value, version);
  }

  /** Type codes present in the catalogue, as stored (for validation messages). */
  knownTypeCodes(): string[] {
    return [...this.parts.typeCodes].sort();
  }

  search(search: CertificationSearch): CertificationSearchResult {
    const passes = searchFilter(this.parts, search);
    const clauses = parseSearchQuery(search.q);
    const count = clauses.length === 0 ? this.browse(passes) : this.match(clauses, passes);
    const k = search.offset + search.limit;
    const { alphaRank, tieRank } = this.parts;
    const ordered =
      clauses.length === 0
        ? selectTop(this.candidates, count, k, (a, b) => alphaRank[a]! < alphaRank[b]!)
        : selectTop(this.candidates, count, k, (a, b) => {
            const ra = this.rank[a]!;
            const rb = this.rank[b]!;
            return ra > rb || (ra === rb && tieRank[a]! < tieRank[b]!);
          });
    const targets = highlightTargets(clauses);
    const hits = ordered.slice(search.offset).map((doc) => ({
      certification: this.parts.docs[doc]!,
      highlights: targets.length === 0 ? [] : this.highlightsOf(doc, targets),
    }));
    return { hits, total: count, facets: countFacets(this.parts, this.candidates, count) };
  }

  /** Fills `candidates` with every certification that passes the filters; returns how many. */
  private browse(passes: (doc: number) => boolean): number {
    let count = 0;
    for (let doc = 0; doc < this.size; doc++) if (passes(doc)) this.candidates[count++] = doc;
    return count;
  }

  /**
   * Scores every certification matching at least one clause, then keeps those matching the most
   * words and codes (all of them when any does): a word nobody has does not empty the list.
   * A diploma type named by the query ranks its certifications first among those, but does not
   * count as a word: « bts boulanger » lists the Boulanger diplomas, not every BTS. So types
   * come last, and only weigh on the certifications the words found, if they found any.
   */
  private match(clauses: readonly Clause[], passes: (doc: number) => boolean): number {
    const words = clauses.filter((clause) => clause.kind !== 'type');
    const types = clauses.filter((clause) => clause.kind === 'type');
    if (words.length >= 2) {
      // Usually some certification holds every word, so it holds the rarest one: looking first
      // at those alone skips most of the work that common words would cost.
      const rarestFirst = [...words].sort((a, b) => this.postingCount(a) - this.postingCount(b));
      const narrow = this.accumulate([...rarestFirst, ...types], passes, 1);
      if (narrow.best === words.length) return this.keepBest(narrow);
    }
    return this.keepBest(this.accumulate([...words, ...types], passes, clauses.length));
  }

  /**
   * Scores the certifications the clauses match into the scratch arrays: rank, coverage (words
   * and codes matched) and first title position. Only the `open` first clauses bring new
   * certifications in; the others only score those already in.
   */
  private accumulate(
    clauses: readonly Clause[],
    passes: (doc: number) => boolean,
    open: number,
  ): { seen: number; best: number } {
    const docRound = ++this.stamp;
    let seen = 0;
    let best = 0;
    // Certifications found by words, before any type clause (they come last) adds its own.
    let foundByWords = 0;
    clauses.forEach((clause, index) => {
      const counts = clause.kind !== 'type';
      const opens = index < open;
      const touched = this.matchClause(clause, foundByWords, opens ? null : docRound);
      for (let t = 0; t < touched; t++) {
        const doc = this.clauseTouched[t]!;
        if (this.docStamp[doc] !== docRound) {
          if (!opens) continue;
          this.docStamp[doc] = docRound;
          this.docPasses[doc] = passes(doc) ? 1 : 0;
          this.rank[doc] = 0;
          this.coverage[doc] = 0;
          this.firstPosition[doc] = NO_POSITION;
          if (this.docPasses[doc]) this.candidates[seen++] = doc;
        }
        if (!this.docPasses[doc]) continue;
        const quality = this.clauseQuality[doc]!;
        const field = this.clauseField[doc]!;
        this.rank[doc]! +=
          QUALITY_WEIGHTS[quality]! + (field <= LAST_TITLE_POSITION ? IN_TITLE : 0);
        if (field < this.firstPosition[doc]!) this.firstPosition[doc] = field;
        if (counts) {
          const coverage = this.coverage[doc]! + 1;
          this.coverage[doc] = coverage;
          if (coverage > best) best = coverage;
        }
      }
      if (counts) foundByWords = seen;
    });
    return { seen, best };
  }

  /** Keeps the candidates matching the most words (all of them when any does); returns how many. */
  private keepBest({ seen, best }: { seen: number; best: number }): number {
    let count = 0;
    for (let c = 0; c < seen; c++) {
      const doc = this.candidates[c]!;
      if (this.coverage[doc] !== best) continue;
      const position = this.firstPosition[doc]!;
      this.rank[doc]! += position <= LAST_TITLE_POSITION ? LAST_TITLE_POSITION - position : 0;
      this.candidates[count++] = doc;
    }
    return count;
  }

  /** How many postings a clause visits: a word's expansions together; a code, next to none. */
  private postingCount(clause: Clause): number {
    if (clause.kind !== 'word') return 0;
    const { start } = this.parts.postings;
    let total = 0;
    for (const term of this.parts.vocabulary.expand(clause).terms) {
      total += start[term + 1]! - start[term]!;
    }
    return total;
  }

  /**
   * Best match of one clause per certification, in the clause scratch arrays; returns how many.
   * A type clause looks only at the `among` first candidates (those the words found) when there
   * are any: the words decide which certifications are listed; otherwise at every certification
   * of the type.
   * With `onlyIn`, only the certifications already scored in that round are looked at.
   */
  private matchClause(clause: Clause, among: number, onlyIn: number | null): number {
    const round = ++this.stamp;
    let touched = 0;
    const visit = (doc: number, quality: number, field: number) => {
      if (onlyIn !== null && this.docStamp[doc] !== onlyIn) return;
      if (this.clauseStamp[doc] !== round) {
        this.clauseStamp[doc] = round;
        this.clauseQuality[doc] = quality;
        this.clauseField[doc] = field;
        this.clauseTouched[touched++] = doc;
      } else if (
        quality > this.clauseQuality[doc]! ||
        (quality === this.clauseQuality[doc] && field < this.clauseField[doc]!)
      ) {
        this.clauseQuality[doc] = quality;
        this.clauseField[doc] = field;
      }
    };
    const visitWord = (word: Clause & { kind: 'word' }) => {
      const { terms, qualities } = this.parts.vocabulary.expand(word);
      const { start, docs, fields } = this.parts.postings;
      for (let e = 0; e < terms.length; e++) {
        const term = terms[e]!;
        const quality = qualities[e]!;
        for (let p = start[term]!; p < start[term + 1]!; p++) visit(docs[p]!, quality, fields[p]!);
      }
    };
    if (clause.kind === 'word') visitWord(clause);
    else if (clause.kind === 'type') {
      const { diplomaType, docsByDiplomaType } = this.parts;
      if (among > 0) {
        for (let c = 0; c < among; c++) {
          const doc = this.candidates[c]!;
          if (diplomaType[doc] === clause.type) visit(doc, MatchQuality.type, FIELD_TYPE);
        }
      } else {
        for (const doc of docsByDiplomaType.get(clause.type) ?? []) {
          visit(doc, MatchQuality.type, FIELD_TYPE);
        }
      }
      if (clause.fallback) visitWord(clause.fallback);
    } else {
      const { keys, docs } = this.parts.codes;
      const from = lowerBound(keys, clause.code);
      const to = lowerBound(keys, `${clause.code}${clause.prefix ? '\uffff' : '\u0000'}`, from);
      for (let i = from; i < to; i++) {
        const key = keys[i]!;
        if (key === clause.code) visit(docs[i]!, MatchQuality.exact, FIELD_CODE);
        else if (key.startsWith(clause.code)) visit(docs[i]!, MatchQuality.prefix, FIELD_CODE);
      }
    }
    return touched;
  }

  private highlightsOf(doc: number, targets: readonly HighlightTarget[]): TextRange[] {
    const { label } = this.parts.docs[doc]!;
    const { offset, start, end, term } = this.parts.spans;
    const ranges: TextRange[] = [];
    for (let s = offset[doc]!; s < offset[doc + 1]!; s++) {
      const { terms, folded } = this.parts.vocabulary;
      const range = highlightWord(
        label,
        start[s]!,
        end[s]!,
        terms[term[s]!]!,
        targets,
        folded[term[s]!],
      );
      if (range) ranges.push(range);
    }
    // Found by an acronym alone (AEPE, BTS SN): mark the initials it stands for.
    for (let t = 0; ranges.length === 0 && t < targets.length; t++) {
      const target = targets[t] as HighlightTarget;
      if (target.typed) ranges.push(...acronymInitials(label, target.word, this.runTerms));
    }
    return mergeRanges(ranges);
  }
}

/** `qualityWeight` of each `MatchQuality`, looked up once per matched certification. */
const QUALITY_WEIGHTS = Float64Array.from({ length: MatchQuality.type + 1 }, (_, quality) =>
  qualityWeight(quality),
);

function qualityWeight(quality: number): number {
  switch (quality) {
    case MatchQuality.type:
      return TYPE_MATCH + EXACT + 2 * TYPO_FREE;
    case MatchQuality.exact:
      return EXACT + 2 * TYPO_FREE;
    case MatchQuality.fold:
      return FOLD + 2 * TYPO_FREE;
    case MatchQuality.prefix:
      return PREFIX + 2 * TYPO_FREE;
    case MatchQuality.typo1:
      return TYPO_FREE;
    default:
      return 0;
  }
}
