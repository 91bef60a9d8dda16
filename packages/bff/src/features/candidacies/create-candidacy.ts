import { createHash } from 'node:crypto';
import {
  AccompanimentType,
  applyCandidacyEvent,
  type CandidacyState,
  createCandidacyState,
  EligibilityAnswersSchema,
  NirSchema,
  parisDate,
} from '@vae/core';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import * as v from 'valibot';
import type { AppDependencies } from '../../app-context.js';
import {
  createPersonalDataCipher,
  dataKeyFrom,
  type PersonalDataCipher,
} from '../../crypto/personal-data-cipher.js';
import { generateToken, hashToken } from '../../crypto/secret-tokens.js';
import {
  auditLog,
  candidacies,
  candidacyStatusHistory,
  candidates,
  idempotencyKeys,
} from '../../db/schema.js';
import { inWriteQueue } from '../../db/write-queue.js';
import { ProblemError } from '../../http/problem.js';
import { evaluateEligibilityFor } from '../eligibility/service.js';
import { findAapSite } from './aap-directory.js';
import type { Tx } from './repository.js';
import { retryWhenBusy } from './run-event.js';

const Name = v.pipe(v.string(), v.trim(), v.minLength(1, 'Obligatoire'), v.maxLength(100));

export const CandidateIdentitySchema = v.object({
  givenName: Name,
  familyName: Name,
  email: v.pipe(v.string(), v.trim(), v.email('Adresse e-mail invalide'), v.maxLength(254)),
  phone: v.optional(
    v.pipe(v.string(), v.trim(), v.regex(/^\+?[0-9 .()-]{6,20}$/, 'Numéro de téléphone invalide')),
  ),
  /** Optional; validated (key included) and stored only encrypted. Never returned. */
  nir: v.optional(NirSchema),
});

export const CreateCandidacySchema = v.pipe(
  v.object({
    certificationCode: v.pipe(
      v.string(),
      v.trim(),
      v.toUpperCase(),
      v.regex(/^(?:RNCP\d{3,5}|RS\d+)$/, 'Code RNCP ou RS attendu (RNCP35830, RS5495)'),
    ),
    eligibility: EligibilityAnswersSchema,
    candidate: CandidateIdentitySchema,
    accompanimentType: AccompanimentType.schema,
    /** The AAP site chosen in the picker (accompanied path only): the candidacy is sent to it. */
    aapId: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100))),
  }),
  v.forward(
    v.check(
      (input) => input.aapId === undefined || input.accompanimentType === 'ACCOMPAGNE',
      'Un organisme ne se choisit que sur le parcours accompagné.',
    ),
    ['aapId'],
  ),
);
export type CreateCandidacyInput = v.InferOutput<typeof CreateCandidacySchema>;

export interface CreatedCandidacy {
  id: string;
  status: string;
  /** Shown once: only its SHA-256 is stored. */
  trackingCode: string;
}

/** How long a creation answer is replayed for the same Idempotency-Key. */
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

function cipherOf(deps: Pick<AppDependencies, 'config'>): PersonalDataCipher {
  return createPersonalDataCipher(dataKeyFrom(deps.config));
}

/**
 * Creates a candidacy after re-evaluating the eligibility answers on the server (the client's
 * verdict is never trusted): not eligible or redirected → 422 with the reasons. With an
 * Idempotency-Key, a retry with the same body gets the first answer again (tracking code
 * included, kept encrypted for a day); the same key with another body → 422.
 */
export async function createCandidacy(
  deps: Pick<AppDependencies, 'db' | 'clock' | 'config'>,
  input: CreateCandidacyInput,
  context: { partnerId: string | null; idempotencyKey: string | null; requestId: string | null },
): Promise<{ created: CreatedCandidacy; replayed: boolean }> {
  const cipher = cipherOf(deps);
  const scope = context.partnerId ?? 'direct';
  const requestHash = createHash('sha256').update(JSON.stringify(input)).digest('hex');
  const replay = async (handle: Tx = deps.db.orm): Promise<CreatedCandidacy | null> => {
    if (!context.idempotencyKey) return null;
    const [row] = await handle
      .select()
      .from(idempotencyKeys)
      .where(
        and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, context.idempotencyKey)),
      );
    if (!row) return null;
    if (deps.clock.now().getTime() - Date.parse(row.createdAt) > IDEMPOTENCY_TTL_MS) return null;
    if (row.requestHash !== requestHash) {
      throw new ProblemError(
        'unprocessable',
        'Cette clé d’idempotence a déjà servi pour une autre demande.',
        { extensions: { code: 'IDEMPOTENCY_KEY_REUSED' } },
      );
    }
    return JSON.parse(cipher.decrypt(row.responseEncrypted, `${scope}:${row.key}`));
  };

  const earlier = await replay();
  if (earlier) return { created: earlier, replayed: true };

  const evaluation = await evaluateEligibilityFor(deps, input.certificationCode, input.eligibility);
  if (evaluation.status !== 'evaluated') {
    throw new ProblemError(
      'unprocessable',
      evaluation.status === 'unknown-certification'
        ? `La certification ${input.certificationCode} est inconnue du catalogue.`
        : `La certification ${input.certificationCode} n’a pas de niveau : elle ne peut pas être visée.`,
      { extensions: { code: 'CERTIFICATION_UNAVAILABLE' } },
    );
  }
  const verdict = evaluation.result;
  if (verdict.outcome !== 'ELIGIBLE' || input.eligibility.typology === 'SALARIE_PUBLIC') {
    throw new ProblemError(
      'unprocessable',
      verdict.outcome === 'REDIRECT_CONSEIL'
        ? 'Votre situation relève d’un accompagnement par votre employeur : aucune candidature n’est créée.'
        : 'Les réponses ne permettent pas de candidater à cette certification.',
      { extensions: { code: verdict.outcome, outcome: verdict.outcome, reasons: verdict.reasons } },
    );
  }
  const department = input.eligibility.department;

  let aapOrganismId: string | null = null;
  if (input.aapId) {
    const site = await findAapSite(deps.db, input.aapId);
    if (!site?.open) {
      throw new ProblemError('unprocessable', 'Cet organisme n’accepte pas de candidature.', {
        errors: [{ path: 'aapId', in: 'body', message: 'Organisme inconnu ou fermé' }],
      });
    }
    aapOrganismId = site.organismId;
  }

  const now = deps.clock.now();
  const at = now.toISOString();
  let state: CandidacyState = createCandidacyState({
    accompanimentType: input.accompanimentType,
    certificationCode: input.certificationCode,
    now: at,
  });
  if (input.aapId) {
    const submitted = applyCandidacyEvent(
      state,
      { type: 'SUBMIT_TO_AAP', aapId: input.aapId },
      { actor: 'CANDIDATE', now: at, today: parisDate(now) },
    );
    if (!submitted.ok) throw new ProblemError('conflict', submitted.error.message.fr);
    state = submitted.state;
  }

  const candidateId = uuidv7();
  const candidacyId = uuidv7();
  const trackingCode = generateToken('trackingCode');
  const created: CreatedCandidacy = { id: candidacyId, status: state.status, trackingCode };

  const write = () =>
    deps.db.orm.transaction(async (tx) => {
      // A concurrent request with the same key may have committed meanwhile.
      const concurrent = await replay(tx);
      if (concurrent) return { created: concurrent, replayed: true };
      await tx.insert(candidates).values({
        id: candidateId,
        givenName: input.candidate.givenName,
        familyName: input.candidate.familyName,
        email: input.candidate.email,
        phone: input.candidate.phone ?? null,
        department,
        nirEncrypted: input.candidate.nir ? cipher.encrypt(input.candidate.nir, candidateId) : null,
        createdAt: at,
      });
      await tx.insert(candidacies).values({
        id: candidacyId,
        candidateId,
        status: state.status,
        version: 1,
        accompanimentType: input.accompanimentType,
        certificationCode: input.certificationCode,
        aapId: state.aapId,
        aapOrganismId,
        typology: input.eligibility.typology,
        eligibilityAnswers: input.eligibility,
        eligibilityResult: verdict,
        partnerId: context.partnerId,
        trackingCodeHash: hashToken(trackingCode),
        createdAt: at,
        updatedAt: at,
      });
      await tx.insert(candidacyStatusHistory).values(
        state.statusHistory.map((row) => ({
          id: uuidv7(),
          candidacyId,
          status: row.status,
          actor: row.by,
          accountId: null,
          at: row.at,
        })),
      );
      await tx.insert(auditLog).values({
        id: uuidv7(),
        candidacyId,
        actor: 'CANDIDATE',
        accountId: null,
        partnerId: context.partnerId,
        action: input.aapId ? 'CREATE_AND_SUBMIT_TO_AAP' : 'CREATE',
        statusBefore: null,
        statusAfter: state.status,
        details: { accompanimentType: input.accompanimentType, aapId: state.aapId },
        requestId: context.requestId,
        at,
      });
      if (context.idempotencyKey) {
        await tx
          .delete(idempotencyKeys)
          .where(
            and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, context.idempotencyKey)),
          );
        await tx.insert(idempotencyKeys).values({
          scope,
          key: context.idempotencyKey,
          requestHash,
          candidacyId,
          responseEncrypted: cipher.encrypt(
            JSON.stringify(created),
            `${scope}:${context.idempotencyKey}`,
          ),
          createdAt: at,
        });
      }
      return { created, replayed: false };
    });
  return retryWhenBusy(() => inWriteQueue(deps.db, write));
}
