import { and, asc, count, eq, getTableColumns, gt, inArray, lte, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { certificationCertificateurs, certifications } from '../../db/schema.js';
import {
  type Certificateur,
  type CertificationRecord,
  contentHashOf,
  type SearchableCertification,
} from './certification-record.js';

export interface UpsertResult {
  created: string[];
  updated: string[];
  unchanged: string[];
}

type CertificationRow = typeof certifications.$inferSelect;

/** Rows per multi-row INSERT: well under SQLite's bound-variable limit (19 columns each). */
const ROWS_PER_STATEMENT = 100;

/**
 * Writes a batch of certifications in ONE transaction: a certification and its certificateurs
 * are written together or not at all. A record whose content hash matches the stored one is
 * left untouched; when a code appears twice in the batch, the last one wins.
 */
export async function upsertCertifications(
  db: Database,
  records: readonly CertificationRecord[],
  now: Date = new Date(),
): Promise<UpsertResult> {
  const byCode = new Map<string, CertificationRecord>();
  for (const record of records) {
    byCode.delete(record.code);
    byCode.set(record.code, record);
  }
  const result: UpsertResult = { created: [], updated: [], unchanged: [] };
  if (byCode.size === 0) return result;
  const updatedAt = now.toISOString();

  await db.orm.transaction(async (tx) => {
    const codes = [...byCode.keys()];
    const stored = new Map<string, string>();
    for (const part of chunks(codes, 500)) {
      const rows = await tx
        .select({ code: certifications.code, contentHash: certifications.contentHash })
        .from(certifications)
        .where(inArray(certifications.code, part));
      for (const row of rows) stored.set(row.code, row.contentHash);
    }

    const toWrite: (typeof certifications.$inferInsert)[] = [];
    for (const record of byCode.values()) {
      const hash = contentHashOf(record);
      const previous = stored.get(record.code);
      if (previous === hash) {
        result.unchanged.push(record.code);
        continue;
      }
      (previous === undefined ? result.created : result.updated).push(record.code);
      toWrite.push(rowOf(record, hash, updatedAt));
    }
    if (toWrite.length === 0) return;

    for (const part of chunks(toWrite, ROWS_PER_STATEMENT)) {
      await tx
        .insert(certifications)
        .values(part)
        .onConflictDoUpdate({ target: certifications.code, set: excludedColumns() });
    }
    for (const part of chunks(result.updated, 500)) {
      await tx
        .delete(certificationCertificateurs)
        .where(inArray(certificationCertificateurs.certificationCode, part));
    }
    const certificateurRows = toWrite.flatMap((row) =>
      uniqueBySiret(byCode.get(row.code)?.certificateurs ?? []).map((c) => ({
        certificationCode: row.code,
        siret: c.siret,
        name: c.name,
      })),
    );
    for (const part of chunks(certificateurRows, 300)) {
      await tx.insert(certificationCertificateurs).values(part);
    }
  });
  return result;
}

export async function getCertification(
  db: Database,
  code: string,
): Promise<CertificationRecord | null> {
  const [row] = await db.orm.select().from(certifications).where(eq(certifications.code, code));
  if (!row) return null;
  const certificateurs = await db.orm
    .select({ siret: certificationCertificateurs.siret, name: certificationCertificateurs.name })
    .from(certificationCertificateurs)
    .where(eq(certificationCertificateurs.certificationCode, code))
    .orderBy(sql`rowid`);
  return recordOf(row, certificateurs);
}

/**
 * Every certification, ordered by code (to build the in-memory search index): two queries,
 * certificateurs grouped in memory.
 */
export async function listCertifications(db: Database): Promise<CertificationRecord[]> {
  const rows = await db.orm.select().from(certifications).orderBy(asc(certifications.code));
  const links = await db.orm.select().from(certificationCertificateurs).orderBy(sql`rowid`);
  const byCode = certificateursByCode(links);
  return rows.map((row) => recordOf(row, byCode.get(row.code) ?? []));
}

function certificateursByCode(
  links: readonly (typeof certificationCertificateurs.$inferSelect)[],
): Map<string, Certificateur[]> {
  const byCode = new Map<string, Certificateur[]>();
  for (const link of links) {
    const list = byCode.get(link.certificationCode);
    const certificateur = { siret: link.siret, name: link.name };
    if (list) list.push(certificateur);
    else byCode.set(link.certificationCode, [certificateur]);
  }
  return byCode;
}

/**
 * What the search index needs of every certification, ordered by code, read a page at a time
 * with a turn of the event loop between pages: a rebuild of a national catalogue never holds
 * the server for long, and never parses the blocs it does not index.
 */
export async function listSearchableCertifications(
  db: Database,
  pageSize = 2000,
): Promise<SearchableCertification[]> {
  const all: SearchableCertification[] = [];
  let after = '';
  for (;;) {
    const rows = await db.orm
      .select({
        code: certifications.code,
        label: certifications.label,
        typeCode: certifications.typeCode,
        typeLabel: certifications.typeLabel,
        level: certifications.level,
        active: certifications.active,
        vaeAccessible: certifications.vaeAccessible,
        registrationEnd: certifications.registrationEnd,
        filiere: certifications.filiere,
        parcours: certifications.parcours,
      })
      .from(certifications)
      .where(gt(certifications.code, after))
      .orderBy(asc(certifications.code))
      .limit(pageSize);
    const last = rows.at(-1);
    if (!last) return all;
    const links = await db.orm
      .select()
      .from(certificationCertificateurs)
      .where(
        and(
          gt(certificationCertificateurs.certificationCode, after),
          lte(certificationCertificateurs.certificationCode, last.code),
        ),
      )
      .orderBy(sql`rowid`);
    const byCode = certificateursByCode(links);
    for (const row of rows) {
      all.push({
        ...row,
        level: isLevel(row.level) ? row.level : null,
        certificateurs: byCode.get(row.code) ?? [],
      });
    }
    after = last.code;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function countCertifications(db: Database): Promise<number> {
  const [row] = await db.orm.select({ n: count() }).from(certifications);
  return row?.n ?? 0;
}

function rowOf(
  record: CertificationRecord,
  contentHash: string,
  updatedAt: string,
): typeof certifications.$inferInsert {
  return {
    code: record.code,
    registry: record.registry,
    label: record.label,
    typeCode: record.typeCode,
    typeLabel: record.typeLabel,
    level: record.level,
    active: record.active,
    vaeAccessible: record.vaeAccessible,
    registrationEnd: record.registrationEnd,
    filiere: record.filiere,
    formacodes: record.formacodes,
    nsfCodes: record.nsfCodes,
    idcc: record.idcc,
    blocs: record.blocs,
    parcours: record.parcours,
    replaces: record.replaces,
    replacedBy: record.replacedBy,
    contentHash,
    updatedAt,
  };
}

function recordOf(row: CertificationRow, certificateurs: Certificateur[]): CertificationRecord {
  return {
    code: row.code,
    registry: row.registry,
    label: row.label,
    typeCode: row.typeCode,
    typeLabel: row.typeLabel,
    level: isLevel(row.level) ? row.level : null,
    active: row.active,
    vaeAccessible: row.vaeAccessible,
    registrationEnd: row.registrationEnd,
    filiere: row.filiere,
    formacodes: row.formacodes,
    nsfCodes: row.nsfCodes,
    idcc: row.idcc,
    blocs: row.blocs,
    parcours: row.parcours,
    replaces: row.replaces,
    replacedBy: row.replacedBy,
    certificateurs,
  };
}

function isLevel(level: number | null): level is CertificationRecord['level'] & number {
  return level !== null && level >= 3 && level <= 8;
}

/** `SET col = excluded.col` for every column but the key. */
function excludedColumns(): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  for (const [property, column] of Object.entries(getTableColumns(certifications))) {
    if (column.name !== 'code') set[property] = sql.raw(`excluded.${column.name}`);
  }
  return set;
}

/** The table's key is (certification, SIRET): a SIRET listed twice is kept once. */
function uniqueBySiret(list: readonly Certificateur[]): Certificateur[] {
  const seen = new Set<string>();
  return list.filter((c) => {
    if (seen.has(c.siret)) return false;
    seen.add(c.siret);
    return true;
  });
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
