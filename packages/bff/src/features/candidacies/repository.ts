import { and, asc, desc, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  abandonments,
  candidacies,
  candidacyStatusHistory,
  candidates,
  documents,
  feasibilityDecisions,
  feasibilityDossiers,
  juries,
  validationDossiers,
} from '../../db/schema.js';
import type { CandidacyRecord } from './candidacy-record.js';

/** A drizzle handle: the database or an open transaction. */
export type Tx = Pick<Database['orm'], 'select' | 'insert' | 'update' | 'delete'>;

export async function findCandidacyIdByTrackingHash(
  db: Database,
  hash: string,
): Promise<{ id: string; hash: string } | null> {
  const [row] = await db.orm
    .select({ id: candidacies.id, hash: candidacies.trackingCodeHash })
    .from(candidacies)
    .where(eq(candidacies.trackingCodeHash, hash));
  return row ?? null;
}

/** Reads every row of one candidacy; null when it does not exist. */
export async function loadCandidacy(tx: Tx, id: string): Promise<CandidacyRecord | null> {
  const [candidacy] = await tx.select().from(candidacies).where(eq(candidacies.id, id));
  if (!candidacy) return null;
  const [candidate] = await tx
    .select()
    .from(candidates)
    .where(eq(candidates.id, candidacy.candidateId));
  if (!candidate) return null;
  const history = await tx
    .select()
    .from(candidacyStatusHistory)
    .where(eq(candidacyStatusHistory.candidacyId, id))
    .orderBy(asc(candidacyStatusHistory.id));
  const feasibility = await tx
    .select()
    .from(feasibilityDossiers)
    .where(eq(feasibilityDossiers.candidacyId, id))
    .orderBy(asc(feasibilityDossiers.id));
  const decisions = await tx
    .select()
    .from(feasibilityDecisions)
    .where(eq(feasibilityDecisions.candidacyId, id))
    .orderBy(asc(feasibilityDecisions.id));
  const [validationDossier] = await tx
    .select()
    .from(validationDossiers)
    .where(eq(validationDossiers.candidacyId, id))
    .orderBy(desc(validationDossiers.id))
    .limit(1);
  const [jury] = validationDossier
    ? await tx.select().from(juries).where(eq(juries.validationDossierId, validationDossier.id))
    : [];
  const [abandonment] = await tx
    .select()
    .from(abandonments)
    .where(eq(abandonments.candidacyId, id))
    .orderBy(desc(abandonments.id))
    .limit(1);
  return {
    candidacy,
    candidate,
    history,
    feasibilityDossiers: feasibility,
    feasibilityDecisions: decisions,
    validationDossier: validationDossier ?? null,
    jury: jury ?? null,
    abandonment: abandonment ?? null,
  };
}

export async function documentsOfCandidacy(db: Database, candidacyId: string) {
  return db.orm
    .select()
    .from(documents)
    .where(eq(documents.candidacyId, candidacyId))
    .orderBy(asc(documents.id));
}

export async function findDocument(db: Database, candidacyId: string, documentId: string) {
  const [row] = await db.orm
    .select()
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.candidacyId, candidacyId)));
  return row ?? null;
}
