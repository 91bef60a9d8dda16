import type { CandidacyEffect, CandidacyState } from '@vae/core';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  abandonments,
  auditLog,
  candidacies,
  candidacyStatusHistory,
  feasibilityDecisions,
  feasibilityDossiers,
  juries,
  validationDossiers,
} from '../../db/schema.js';
import { ProblemError } from '../../http/problem.js';
import type { CandidacyRecord } from './candidacy-record.js';
import type { Tx } from './repository.js';

/** Who acts, for the history, the decision rows and the audit log. */
export interface ActingParty {
  actor: CandidacyState['statusHistory'][number]['by'];
  accountId: string | null;
  partnerId: string | null;
  requestId: string | null;
}

export interface PersistedEvent {
  /** The dossier row the event created (documents attach to it), if any. */
  createdDossier: { type: 'feasibility' | 'validation'; id: string } | null;
}

/**
 * Writes the outcome of one accepted event: the candidacy row under its version check, then the
 * rows each effect implies, then one audit row. Runs inside the caller's transaction.
 */
export async function persistEvent(
  tx: Tx,
  record: CandidacyRecord,
  action: string,
  after: CandidacyState,
  effects: readonly CandidacyEffect[],
  party: ActingParty,
  at: string,
  extra: { aapOrganismId?: string | null } = {},
): Promise<PersistedEvent> {
  const before = record.candidacy;
  let certificateurId = before.certificateurId;
  let createdDossier: PersistedEvent['createdDossier'] = null;
  const latestFeasibility = record.feasibilityDossiers.at(-1) ?? null;

  for (const effect of effects) {
    switch (effect.type) {
      case 'STATUS_CHANGED': {
        const row = after.statusHistory.at(-1)!;
        await tx.insert(candidacyStatusHistory).values({
          id: uuidv7(),
          candidacyId: before.id,
          status: row.status,
          actor: row.by,
          accountId: party.accountId,
          at: row.at,
        });
        break;
      }
      case 'FEASIBILITY_SENT': {
        const id = uuidv7();
        certificateurId = effect.certificateurId;
        await tx.insert(feasibilityDossiers).values({
          id,
          candidacyId: before.id,
          certificateurId: effect.certificateurId,
          decision: 'PENDING',
          sentAt: at,
          sentBy: party.actor,
        });
        await insertDecision(tx, before.id, id, effect.certificateurId, 'PENDING', null, party, at);
        createdDossier = { type: 'feasibility', id };
        break;
      }
      case 'FEASIBILITY_DECIDED':
      case 'FEASIBILITY_DECISION_REVOKED': {
        const dossier = latestFeasibility!;
        const decision = effect.type === 'FEASIBILITY_DECIDED' ? effect.decision : 'COMPLETE';
        const comment = effect.type === 'FEASIBILITY_DECIDED' ? effect.comment : effect.reason;
        await tx
          .update(feasibilityDossiers)
          .set({ decision, decidedAt: at })
          .where(eq(feasibilityDossiers.id, dossier.id));
        await insertDecision(
          tx,
          before.id,
          dossier.id,
          dossier.certificateurId,
          decision,
          comment,
          party,
          at,
        );
        break;
      }
      case 'VALIDATION_DOSSIER_SENT': {
        const id = uuidv7();
        await tx.insert(validationDossiers).values({
          id,
          candidacyId: before.id,
          certificateurId,
          decision: 'PENDING',
          sentAt: at,
          sentBy: party.actor,
        });
        createdDossier = { type: 'validation', id };
        break;
      }
      case 'VALIDATION_DOSSIER_DECIDED':
        await tx
          .update(validationDossiers)
          .set({
            decision: effect.decision,
            comment: effect.comment,
            decidedAt: at,
            decidedByAccountId: party.accountId,
          })
          .where(eq(validationDossiers.id, record.validationDossier!.id));
        break;
      case 'JURY_SCHEDULED': {
        const dossierId = record.validationDossier!.id;
        const session = { sessionDate: effect.sessionDate, time: effect.time, place: effect.place };
        if (record.jury) {
          await tx
            .update(juries)
            .set({ ...session, scheduledAt: at })
            .where(eq(juries.id, record.jury.id));
        } else {
          await tx.insert(juries).values({
            id: uuidv7(),
            candidacyId: before.id,
            validationDossierId: dossierId,
            certificateurId,
            ...session,
            scheduledAt: at,
          });
        }
        break;
      }
      case 'JURY_RESULT_RECORDED':
        await tx
          .update(juries)
          .set({ result: effect.result, resultAt: at })
          .where(eq(juries.id, record.jury!.id));
        break;
      case 'JURY_RESULT_REVOKED':
        await tx
          .update(juries)
          .set({ result: null, resultAt: null })
          .where(eq(juries.id, record.jury!.id));
        break;
      case 'ABANDONMENT_DECLARED':
        await tx.insert(abandonments).values({
          id: uuidv7(),
          candidacyId: before.id,
          declaredBy: effect.declaredBy,
          reason: effect.reason,
          confirmed: effect.confirmed,
          declaredAt: at,
          answeredAt: effect.confirmed === null ? null : at,
        });
        break;
      case 'ABANDONMENT_CONFIRMED':
      case 'ABANDONMENT_REFUSED':
        await tx
          .update(abandonments)
          .set({ confirmed: effect.type === 'ABANDONMENT_CONFIRMED', answeredAt: at })
          .where(eq(abandonments.id, record.abandonment!.id));
        break;
      case 'AAP_CHANGED':
      case 'CERTIFICATION_CHANGED':
      case 'PARCOURS_SENT':
        break;
    }
  }

  const aapChanged = after.aapId !== before.aapId;
  const updated = await tx
    .update(candidacies)
    .set({
      status: after.status,
      version: before.version + 1,
      certificationCode: after.certificationCode,
      aapId: after.aapId,
      aapOrganismId: aapChanged ? (extra.aapOrganismId ?? null) : before.aapOrganismId,
      certificateurId,
      updatedAt: at,
    })
    .where(and(eq(candidacies.id, before.id), eq(candidacies.version, before.version)))
    .returning({ id: candidacies.id });
  if (updated.length === 0) throw concurrentModification();

  await tx.insert(auditLog).values({
    id: uuidv7(),
    candidacyId: before.id,
    actor: party.actor,
    accountId: party.accountId,
    partnerId: party.partnerId,
    action,
    statusBefore: before.status,
    statusAfter: after.status,
    details: auditDetails(effects),
    requestId: party.requestId,
    at,
  });
  return { createdDossier };
}

export function concurrentModification(): ProblemError {
  return new ProblemError(
    'conflict',
    'La candidature a été modifiée en même temps par une autre action : rechargez-la puis réessayez.',
    { extensions: { code: 'CONCURRENT_MODIFICATION' } },
  );
}

async function insertDecision(
  tx: Tx,
  candidacyId: string,
  dossierId: string,
  certificateurId: string,
  decision: string,
  comment: string | null,
  party: ActingParty,
  at: string,
): Promise<void> {
  await tx.insert(feasibilityDecisions).values({
    id: uuidv7(),
    candidacyId,
    dossierId,
    certificateurId,
    decision,
    comment,
    actor: party.actor,
    accountId: party.accountId,
    at,
  });
}

/** What the audit keeps of the effects: their type and codes, never free text (it may be personal). */
function auditDetails(effects: readonly CandidacyEffect[]) {
  return effects.map((effect) => {
    const { type, ...rest } = effect as CandidacyEffect & Record<string, unknown>;
    const kept = Object.fromEntries(
      Object.entries(rest).filter(([name]) => name !== 'comment' && name !== 'reason'),
    );
    return { type, ...kept };
  });
}
