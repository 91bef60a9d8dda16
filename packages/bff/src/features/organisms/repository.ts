import { count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { aapSiteLevels, aapSites, appMeta, certifications, organisms } from '../../db/schema.js';
import type { OrganismRecord } from './organism-record.js';

/** Bumped by triggers on every change of the directory tables (migration 0004). */
const VERSION_KEY = 'organisms_version';

/** Rows per multi-row INSERT, well under SQLite's bound-variable limit. */
const ROWS_PER_STATEMENT = 200;

export interface InsertResult {
  organisms: number;
  sites: number;
}

/**
 * Writes organisms with their sites and levels in ONE transaction. Ids are the records' own,
 * and a record whose id (or SIRET) is already stored is skipped whole, so writing the same
 * deterministic seed twice changes nothing.
 */
export async function insertOrganisms(
  db: Database,
  records: readonly OrganismRecord[],
  now: Date,
): Promise<InsertResult> {
  const at = now.toISOString();
  const result: InsertResult = { organisms: 0, sites: 0 };
  await db.orm.transaction(async (tx) => {
    for (const part of chunks(records, ROWS_PER_STATEMENT)) {
      const inserted = await tx
        .insert(organisms)
        .values(
          part.map(({ sites: _sites, ...organism }) => ({
            ...organism,
            createdAt: at,
            updatedAt: at,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: organisms.id });
      const kept = new Set(inserted.map((row) => row.id));
      result.organisms += kept.size;
      const sites = part
        .filter((record) => kept.has(record.id))
        .flatMap((record) => record.sites.map((site) => ({ ...site, organismId: record.id })));
      for (const sitePart of chunks(sites, ROWS_PER_STATEMENT)) {
        await tx.insert(aapSites).values(
          sitePart.map(({ levels: _levels, ...site }) => ({
            ...site,
            createdAt: at,
            updatedAt: at,
          })),
        );
        result.sites += sitePart.length;
      }
      const levels = sites.flatMap((site) =>
        site.levels.map((managed) => ({ aapSiteId: site.id, ...managed })),
      );
      for (const levelPart of chunks(levels, ROWS_PER_STATEMENT * 3)) {
        await tx.insert(aapSiteLevels).values(levelPart).onConflictDoNothing();
      }
    }
  });
  return result;
}

export async function countAapSites(db: Database): Promise<number> {
  const [row] = await db.orm.select({ n: count() }).from(aapSites);
  return row?.n ?? 0;
}

/** The directory's version: any change to its tables changes it. */
export async function readDirectoryVersion(db: Database): Promise<string> {
  const row = await hotQueries(db).version.get();
  return row?.value ?? '0';
}

/**
 * What the matching needs of one certification, in one narrow query (the picker asks it on
 * every search: the full record with its blocs and certificateurs costs several times more).
 */
export async function readCertificationProfile(db: Database, code: string) {
  return (await hotQueries(db).profile.get({ code })) ?? null;
}

/**
 * The two queries every picker search runs, prepared once per database: building a drizzle
 * query each time costs more than SQLite answering it.
 */
function prepareHotQueries(db: Database) {
  return {
    version: db.orm
      .select({ value: appMeta.value })
      .from(appMeta)
      .where(eq(appMeta.key, VERSION_KEY))
      .prepare(),
    profile: db.orm
      .select({
        level: certifications.level,
        filiere: certifications.filiere,
        formacodes: certifications.formacodes,
        idcc: certifications.idcc,
      })
      .from(certifications)
      .where(eq(certifications.code, sql.placeholder('code')))
      .prepare(),
  };
}

const prepared = new WeakMap<Database, ReturnType<typeof prepareHotQueries>>();

function hotQueries(db: Database) {
  let queries = prepared.get(db);
  if (!queries) {
    queries = prepareHotQueries(db);
    prepared.set(db, queries);
  }
  return queries;
}

export type OrganismRow = typeof organisms.$inferSelect;
export type AapSiteRow = typeof aapSites.$inferSelect;
export type AapSiteLevelRow = typeof aapSiteLevels.$inferSelect;

/** Everything the in-memory directory is built from, in three queries. */
export async function readDirectoryRows(db: Database): Promise<{
  organisms: OrganismRow[];
  sites: AapSiteRow[];
  levels: AapSiteLevelRow[];
}> {
  const [organismRows, siteRows, levelRows] = await Promise.all([
    db.orm.select().from(organisms),
    db.orm.select().from(aapSites),
    db.orm.select().from(aapSiteLevels),
  ]);
  return { organisms: organismRows, sites: siteRows, levels: levelRows };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
