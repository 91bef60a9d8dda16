import { CandidacyStatus } from '@vae/core';
import { and, asc, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import * as v from 'valibot';
import type { Database } from '../../db/client.js';
import { candidacies, candidates, certifications } from '../../db/schema.js';
import type { AccountScope } from '../../http/principal.js';
import { PaginationEntries } from './account-actions.js';

const IsoDate = v.pipe(v.string(), v.isoDate('Date attendue au format AAAA-MM-JJ'));

export const AapListQuerySchema = v.object({
  status: v.optional(CandidacyStatus.schema),
  certification: v.optional(
    v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^(?:RNCP\d{3,5}|RS\d+)$/)),
  ),
  /** Words searched in the candidate's name and e-mail. */
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  /** Created on or after this day (UTC), and on or before `createdTo`. */
  createdFrom: v.optional(IsoDate),
  createdTo: v.optional(IsoDate),
  /** AAP organism accounts only: one of its sites. */
  site: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100))),
  /** The order of the list: last change (default), status or candidate name. */
  sort: v.optional(v.picklist(['lastChange', 'status', 'candidate']), 'lastChange'),
  /** Descending by default for `lastChange`, ascending otherwise. */
  order: v.optional(v.picklist(['asc', 'desc'])),
  ...PaginationEntries,
});
export type AapListQuery = v.InferOutput<typeof AapListQuerySchema>;

/** The candidacies an AAP account sees: its organism's (admin account) or its site's (antenna). */
function aapScope(account: AccountScope): SQL {
  if (account.role === 'aap-antenna') return eq(candidacies.aapId, account.aapSiteId ?? '');
  return eq(candidacies.aapOrganismId, account.organismId ?? '');
}

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString();
}

/** LIKE with the user's text taken literally. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function filters(
  account: AccountScope,
  query: Omit<AapListQuery, 'page' | 'pageSize' | 'sort' | 'order'>,
): SQL[] {
  const where: SQL[] = [aapScope(account)];
  if (query.status) where.push(eq(candidacies.status, query.status));
  if (query.certification) where.push(eq(candidacies.certificationCode, query.certification));
  if (query.site) where.push(eq(candidacies.aapId, query.site));
  if (query.createdFrom) where.push(gte(candidacies.createdAt, `${query.createdFrom}T00:00:00`));
  if (query.createdTo) where.push(lt(candidacies.createdAt, nextDay(query.createdTo)));
  for (const word of (query.q ?? '').split(/\s+/).filter(Boolean)) {
    where.push(
      sql`lower(${candidates.givenName} || ' ' || ${candidates.familyName} || ' ' || ${candidates.email}) like ${likePattern(word)} escape '\\'`,
    );
  }
  return where;
}

/** Statuses sort in the order of the journey, not alphabetically. */
const STATUS_RANK = sql`case ${candidacies.status} ${sql.join(
  CandidacyStatus.values.map((status, rank) => sql`when ${status} then ${rank}`),
  sql` `,
)} end`;

function orderOf(query: Pick<AapListQuery, 'sort' | 'order'>): SQL[] {
  const order = query.order ?? (query.sort === 'lastChange' ? 'desc' : 'asc');
  const direction = order === 'asc' ? asc : desc;
  const keys: SQL[] =
    query.sort === 'status'
      ? [direction(STATUS_RANK), desc(candidacies.updatedAt)]
      : query.sort === 'candidate'
        ? [
            direction(sql`lower(${candidates.familyName})`),
            direction(sql`lower(${candidates.givenName})`),
          ]
        : [direction(candidacies.updatedAt)];
  // The id last, so pages never overlap between equal keys.
  return [...keys, direction(candidacies.id)];
}

/** One page of an AAP's candidacies, most recently updated first unless `sort`/`order` say otherwise. */
export async function listAapCandidacies(db: Database, account: AccountScope, query: AapListQuery) {
  const where = and(...filters(account, query));
  const [totalRow] = await db.orm
    .select({ total: count() })
    .from(candidacies)
    .innerJoin(candidates, eq(candidates.id, candidacies.candidateId))
    .where(where);
  const rows = await db.orm
    .select({
      candidacy: candidacies,
      candidate: candidates,
      certificationLabel: certifications.label,
    })
    .from(candidacies)
    .innerJoin(candidates, eq(candidates.id, candidacies.candidateId))
    .leftJoin(certifications, eq(certifications.code, candidacies.certificationCode))
    .where(where)
    .orderBy(...orderOf(query))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    total: totalRow?.total ?? 0,
    items: rows.map(({ candidacy, candidate, certificationLabel }) => ({
      id: candidacy.id,
      status: candidacy.status,
      statusLabel: CandidacyStatus.labels[candidacy.status as CandidacyStatus],
      accompanimentType: candidacy.accompanimentType,
      certificationCode: candidacy.certificationCode,
      certificationLabel,
      aapId: candidacy.aapId,
      candidate: {
        givenName: candidate.givenName,
        familyName: candidate.familyName,
        email: candidate.email,
        department: candidate.department,
      },
      createdAt: candidacy.createdAt,
      updatedAt: candidacy.updatedAt,
    })),
  };
}

/** How many candidacies of the AAP's scope are in each status (every status listed, 0 included). */
export async function countAapCandidaciesByStatus(db: Database, account: AccountScope) {
  const rows = await db.orm
    .select({ status: candidacies.status, total: count() })
    .from(candidacies)
    .where(aapScope(account))
    .groupBy(candidacies.status);
  const counts = Object.fromEntries(CandidacyStatus.values.map((status) => [status, 0])) as Record<
    CandidacyStatus,
    number
  >;
  for (const row of rows) counts[row.status as CandidacyStatus] = row.total;
  return { counts, total: rows.reduce((sum, row) => sum + row.total, 0) };
}
