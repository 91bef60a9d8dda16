import { CandidacyStatus } from '@vae/core';
import { and, count, desc, eq, gt, inArray, isNotNull, isNull, lte, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import * as v from 'valibot';
import type { Database } from '../../db/client.js';
import {
  candidacies,
  candidates,
  feasibilityDossiers,
  juries,
  validationDossiers,
} from '../../db/schema.js';
import type { AccountScope } from '../../http/principal.js';
import { PaginationEntries } from '../candidacies/account-actions.js';

export const FEASIBILITY_CATEGORIES = {
  pending: 'PENDING',
  complete: 'COMPLETE',
  incomplete: 'INCOMPLETE',
  admissible: 'ADMISSIBLE',
  rejected: 'REJECTED',
} as const;
export const VALIDATION_CATEGORIES = {
  pending: 'PENDING',
  complete: 'COMPLETE',
  incomplete: 'INCOMPLETE',
} as const;
/** Juries: to come, held but without a result yet, with a result. */
export const JURY_CATEGORIES = ['scheduled', 'awaiting-result', 'done'] as const;
type JuryCategory = (typeof JURY_CATEGORIES)[number];

const query = <K extends string>(categories: readonly K[]) =>
  v.object({ category: v.optional(v.picklist(categories)), ...PaginationEntries });

export const FeasibilityInboxQuerySchema = query(
  Object.keys(FEASIBILITY_CATEGORIES) as (keyof typeof FEASIBILITY_CATEGORIES)[],
);
export const ValidationInboxQuerySchema = query(
  Object.keys(VALIDATION_CATEGORIES) as (keyof typeof VALIDATION_CATEGORIES)[],
);
export const JuryInboxQuerySchema = query(JURY_CATEGORIES);

/**
 * What a certificateur account sees of a dossier table: the rows sent to its authority, and for
 * a local account only those whose candidate's department and certification it covers.
 */
export function certificateurScope(account: AccountScope, certificateurColumn: SQLiteColumn): SQL {
  const conditions: SQL[] = [eq(certificateurColumn, account.certificateurId ?? '')];
  if (account.role === 'certificateur-local') {
    conditions.push(inArray(candidates.department, [...(account.departments ?? [])]));
    conditions.push(
      inArray(candidacies.certificationCode, [...(account.certificationCodes ?? [])]),
    );
  }
  return and(...conditions) as SQL;
}

function candidacySummary(
  candidacy: typeof candidacies.$inferSelect,
  candidate: typeof candidates.$inferSelect,
) {
  return {
    candidacyId: candidacy.id,
    status: candidacy.status,
    statusLabel: CandidacyStatus.labels[candidacy.status as CandidacyStatus],
    certificationCode: candidacy.certificationCode,
    accompanimentType: candidacy.accompanimentType,
    candidate: {
      givenName: candidate.givenName,
      familyName: candidate.familyName,
      department: candidate.department,
    },
  };
}

type Page = { page: number; pageSize: number };
const window = (p: Page) => ({ limit: p.pageSize, offset: (p.page - 1) * p.pageSize });

/** Feasibility dossiers sent to the account's authority, newest first. */
export async function listFeasibilityInbox(
  db: Database,
  account: AccountScope,
  q: v.InferOutput<typeof FeasibilityInboxQuerySchema>,
) {
  const where = and(
    certificateurScope(account, feasibilityDossiers.certificateurId),
    q.category ? eq(feasibilityDossiers.decision, FEASIBILITY_CATEGORIES[q.category]) : undefined,
  );
  const base = () =>
    db.orm
      .select({ dossier: feasibilityDossiers, candidacy: candidacies, candidate: candidates })
      .from(feasibilityDossiers)
      .innerJoin(candidacies, eq(candidacies.id, feasibilityDossiers.candidacyId))
      .innerJoin(candidates, eq(candidates.id, candidacies.candidateId))
      .where(where);
  const { limit, offset } = window(q);
  const rows = await base()
    .orderBy(desc(feasibilityDossiers.sentAt), desc(feasibilityDossiers.id))
    .limit(limit)
    .offset(offset);
  const total = await countWhere(db, feasibilityDossiers, feasibilityDossiers.candidacyId, where);
  return {
    total,
    items: rows.map(({ dossier, candidacy, candidate }) => ({
      dossierId: dossier.id,
      decision: dossier.decision,
      sentAt: dossier.sentAt,
      decidedAt: dossier.decidedAt,
      ...candidacySummary(candidacy, candidate),
    })),
  };
}

/** Validation dossiers sent to the account's authority, newest first. */
export async function listValidationInbox(
  db: Database,
  account: AccountScope,
  q: v.InferOutput<typeof ValidationInboxQuerySchema>,
) {
  const where = and(
    certificateurScope(account, validationDossiers.certificateurId),
    q.category ? eq(validationDossiers.decision, VALIDATION_CATEGORIES[q.category]) : undefined,
  );
  const { limit, offset } = window(q);
  const rows = await db.orm
    .select({ dossier: validationDossiers, candidacy: candidacies, candidate: candidates })
    .from(validationDossiers)
    .innerJoin(candidacies, eq(candidacies.id, validationDossiers.candidacyId))
    .innerJoin(candidates, eq(candidates.id, candidacies.candidateId))
    .where(where)
    .orderBy(desc(validationDossiers.sentAt), desc(validationDossiers.id))
    .limit(limit)
    .offset(offset);
  const total = await countWhere(db, validationDossiers, validationDossiers.candidacyId, where);
  return {
    total,
    items: rows.map(({ dossier, candidacy, candidate }) => ({
      dossierId: dossier.id,
      decision: dossier.decision,
      comment: dossier.comment,
      sentAt: dossier.sentAt,
      decidedAt: dossier.decidedAt,
      ...candidacySummary(candidacy, candidate),
    })),
  };
}

function juryCategory(category: JuryCategory, today: string): SQL | undefined {
  switch (category) {
    case 'scheduled':
      return and(isNull(juries.result), gt(juries.sessionDate, today));
    case 'awaiting-result':
      return and(isNull(juries.result), lte(juries.sessionDate, today));
    case 'done':
      return isNotNull(juries.result);
  }
}

/** Jury sessions of the account's authority, latest session first. */
export async function listJuryInbox(
  db: Database,
  account: AccountScope,
  q: v.InferOutput<typeof JuryInboxQuerySchema>,
  today: string,
) {
  const where = and(
    certificateurScope(account, juries.certificateurId),
    q.category ? juryCategory(q.category, today) : undefined,
  );
  const { limit, offset } = window(q);
  const rows = await db.orm
    .select({ jury: juries, candidacy: candidacies, candidate: candidates })
    .from(juries)
    .innerJoin(candidacies, eq(candidacies.id, juries.candidacyId))
    .innerJoin(candidates, eq(candidates.id, candidacies.candidateId))
    .where(where)
    .orderBy(desc(juries.sessionDate), desc(juries.id))
    .limit(limit)
    .offset(offset);
  const total = await countWhere(db, juries, juries.candidacyId, where);
  return {
    total,
    items: rows.map(({ jury, candidacy, candidate }) => ({
      juryId: jury.id,
      date: jury.sessionDate,
      time: jury.time,
      place: jury.place,
      result: jury.result,
      resultAt: jury.resultAt,
      ...candidacySummary(candidacy, candidate),
    })),
  };
}

async function countWhere(
  db: Database,
  table: typeof feasibilityDossiers | typeof validationDossiers | typeof juries,
  candidacyColumn: SQLiteColumn,
  where: SQL | undefined,
): Promise<number> {
  const [row] = await db.orm
    .select({ total: count() })
    .from(table)
    .innerJoin(candidacies, eq(candidacies.id, candidacyColumn))
    .innerJoin(candidates, eq(candidates.id, candidacies.candidateId))
    .where(where);
  return row?.total ?? 0;
}

/** Counts by category of the three lists, for the certificateur's tabs. */
export async function countCertificateurInbox(db: Database, account: AccountScope, today: string) {
  const feasibility = Object.fromEntries(
    await Promise.all(
      Object.entries(FEASIBILITY_CATEGORIES).map(async ([category, decision]) => [
        category,
        await countWhere(
          db,
          feasibilityDossiers,
          feasibilityDossiers.candidacyId,
          and(
            certificateurScope(account, feasibilityDossiers.certificateurId),
            eq(feasibilityDossiers.decision, decision),
          ),
        ),
      ]),
    ),
  );
  const validationDossiersCounts = Object.fromEntries(
    await Promise.all(
      Object.entries(VALIDATION_CATEGORIES).map(async ([category, decision]) => [
        category,
        await countWhere(
          db,
          validationDossiers,
          validationDossiers.candidacyId,
          and(
            certificateurScope(account, validationDossiers.certificateurId),
            eq(validationDossiers.decision, decision),
          ),
        ),
      ]),
    ),
  );
  const juryCounts = Object.fromEntries(
    await Promise.all(
      JURY_CATEGORIES.map(async (category) => [
        category,
        await countWhere(
          db,
          juries,
          juries.candidacyId,
          and(certificateurScope(account, juries.certificateurId), juryCategory(category, today)),
        ),
      ]),
    ),
  );
  return { feasibility, validationDossiers: validationDossiersCounts, juries: juryCounts };
}
