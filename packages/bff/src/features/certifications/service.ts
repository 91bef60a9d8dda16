import { CERTIFICATION_LEVEL_LABELS, Filiere, normalizeRncpCode, normalizeRsCode } from '@vae/core';
import type { Clock, Logger } from '../../app-context.js';
import type { Database } from '../../db/client.js';
import { loggableError } from '../../http/errors.js';
import { CertificationIndex, type IndexedCertification } from '../../search/certification-index.js';
import { getCatalogueVersion } from './catalogue-version.js';
import type { CertificationRecord } from './certification-record.js';
import { getCertification, listSearchableCertifications } from './repository.js';
import {
  type CertificationDetail,
  type CertificationSearchQuery,
  type CertificationSearchResponse,
  type CertificationSummary,
  DEFAULT_LIMIT,
} from './schemas.js';

/** How often a server compares the catalogue version with the one its index was built from. */
export const CATALOGUE_CHECK_INTERVAL_MS = 5000;

interface CatalogueDeps {
  db: Database;
  clock: Clock;
  logger: Logger;
}

/**
 * The search index of one app instance. The first search waits for the first build; after
 * that, searches always get the current index at once, and at most every few seconds one of
 * them triggers a check of the catalogue version: when it changed (an import, a seed, on this
 * server or another), a new index is built in the background and swapped in whole.
 */
export class CertificationCatalogue {
  private current: CertificationIndex | null = null;
  private firstBuild: Promise<CertificationIndex> | null = null;
  private refreshing: Promise<void> | null = null;
  private lastCheck = 0;

  constructor(private readonly checkIntervalMs = CATALOGUE_CHECK_INTERVAL_MS) {}

  async index(deps: CatalogueDeps): Promise<CertificationIndex> {
    if (this.current === null) {
      this.firstBuild ??= this.build(deps).catch((error: unknown) => {
        this.firstBuild = null;
        throw error;
      });
      return this.firstBuild;
    }
    const now = deps.clock.now().getTime();
    if (this.refreshing === null && now - this.lastCheck >= this.checkIntervalMs) {
      this.lastCheck = now;
      this.refreshing = this.refresh(deps).finally(() => {
        this.refreshing = null;
      });
    }
    return this.current;
  }

  /** Resolves once a check started by `index()` is over (tests, graceful shutdown). */
  async settled(): Promise<void> {
    await this.refreshing;
  }

  private async refresh(deps: CatalogueDeps): Promise<void> {
    try {
      const version = await getCatalogueVersion(deps.db);
      if (version === this.current?.version) return;
      await this.build(deps);
    } catch (error) {
      deps.logger.error(
        { err: error instanceof Error ? loggableError(error) : error },
        'certification index rebuild failed; the previous index stays in use',
      );
    }
  }

  /**
   * Builds in steps that give the event loop back, the first time too: health checks and other
   * routes keep answering while 50,000 certifications are indexed.
   */
  private async build(deps: CatalogueDeps): Promise<CertificationIndex> {
    const started = performance.now();
    // The version is read first: if an import lands in between, the next check rebuilds again.
    const version = await getCatalogueVersion(deps.db);
    const records = await listSearchableCertifications(deps.db);
    const index = await CertificationIndex.buildInBackground(records, version);
    this.current = index;
    this.lastCheck = deps.clock.now().getTime();
    deps.logger.info(
      { certifications: index.size, version, ms: Math.round(performance.now() - started) },
      'certification index built',
    );
    return index;
  }
}

/** The search use case: filters from the query, defaults (open to VAE, active), facets, pages. */
export function searchCertifications(
  index: CertificationIndex,
  query: CertificationSearchQuery,
  today: string,
): CertificationSearchResponse {
  const result = index.search({
    q: query.q ?? '',
    levels: query.level,
    types: query.type,
    filieres: query.filiere,
    certificateur: query.certificateur,
    onlyVaeAccessible: query.vae ?? true,
    onlyActive: query.active ?? true,
    today,
    limit: query.limit ?? DEFAULT_LIMIT,
    offset: query.offset ?? 0,
  });
  return {
    items: result.hits.map(({ certification, highlights }) => ({
      ...summaryOf(certification),
      highlights: highlights.map(({ start, end }): [number, number] => [start, end]),
    })),
    total: result.total,
    facets: {
      level: result.facets.level.map(({ level, count }) => ({
        value: level,
        label: CERTIFICATION_LEVEL_LABELS[level].fr,
        count,
      })),
      type: result.facets.type.map(({ code, label, count }) => ({ value: code, label, count })),
      filiere: result.facets.filiere.map(({ code, count }) => ({
        value: code,
        label: filiereLabel(code),
        count,
      })),
    },
  };
}

/** Type codes the query names that the catalogue does not know, with the ones it knows. */
export function unknownTypes(
  index: CertificationIndex,
  types: readonly string[],
): { unknown: string[]; known: string[] } {
  const known = index.knownTypeCodes();
  const upper = new Set(known.map((code) => code.toUpperCase()));
  return { unknown: types.filter((type) => !upper.has(type.toUpperCase())), known };
}

/** `RNCP35830`, `35830`, `rncp35830` → `RNCP35830`; `RS5495` → `RS5495`. */
export function certificationCodeOf(input: string): string | null {
  return /^rs/i.test(input) ? normalizeRsCode(input) : normalizeRncpCode(input);
}

export async function findCertification(
  db: Database,
  code: string,
): Promise<CertificationDetail | null> {
  const record = await getCertification(db, code);
  return record === null ? null : detailOf(record);
}

type Summary = Omit<CertificationSummary, 'highlights'>;

/** Summaries are built once per certification of an index: a search only adds highlights. */
const summaries = new WeakMap<IndexedCertification, Summary>();

function summaryOf(c: IndexedCertification): Summary {
  let summary = summaries.get(c);
  if (!summary) {
    summary = buildSummary(c);
    summaries.set(c, summary);
  }
  return summary;
}

function buildSummary(c: IndexedCertification): Summary {
  return {
    rncpCode: c.code,
    label: c.label,
    type: typeOf(c.typeCode, c.typeLabel),
    level: c.level,
    filiere: c.filiere === null ? null : { code: c.filiere, label: filiereLabel(c.filiere) },
    certificateurs: c.certificateurs.map(({ siret, name }) => ({ siret, name })),
    active: c.active,
    vaeAccessible: c.vaeAccessible,
  };
}

function detailOf(record: CertificationRecord): CertificationDetail {
  return {
    rncpCode: record.code,
    registry: record.registry,
    label: record.label,
    type: typeOf(record.typeCode, record.typeLabel),
    level: record.level,
    filiere:
      record.filiere === null
        ? null
        : { code: record.filiere, label: filiereLabel(record.filiere) },
    active: record.active,
    vaeAccessible: record.vaeAccessible,
    registrationEnd: record.registrationEnd,
    certificateurs: record.certificateurs,
    blocs: record.blocs,
    parcours: record.parcours,
    formacodes: record.formacodes,
    nsfCodes: record.nsfCodes,
    idcc: record.idcc,
    replaces: record.replaces,
    replacedBy: record.replacedBy,
  };
}

function typeOf(code: string | null, label: string | null): { code: string; label: string } | null {
  return code === null ? null : { code, label: label ?? code };
}

function filiereLabel(code: string): string {
  return Filiere.is(code) ? Filiere.label(code) : code;
}
