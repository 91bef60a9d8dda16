import {
  applyCandidacyEvent,
  type CandidacyError,
  type CandidacyEvent,
  parisDate,
} from '@vae/core';
import type { AppDependencies } from '../../app-context.js';
import { inWriteQueue } from '../../db/write-queue.js';
import { ProblemError } from '../../http/problem.js';
import { type CandidacyRecord, candidacyStateOf } from './candidacy-record.js';
import { type ActingParty, concurrentModification, persistEvent } from './persist-event.js';
import { loadCandidacy, type Tx } from './repository.js';

export interface EventRequest {
  candidacyId: string;
  party: ActingParty;
  event: CandidacyEvent;
  /**
   * Checks the caller may see and act on this candidacy, on the rows read inside the
   * transaction; throws a ProblemError (404 outside the caller's scope, 403 may see but not act).
   */
  authorize(record: CandidacyRecord): void;
  /** Further checks once the state machine accepted the event (throw a ProblemError to refuse). */
  check?: (tx: Tx, record: CandidacyRecord) => Promise<void>;
  /** The organism of a newly chosen AAP site, resolved before the transaction. */
  aapOrganismId?: string | null;
  /** Runs in the same transaction once the event is persisted (document rows). */
  afterPersist?: (tx: Tx, dossier: { type: string; id: string } | null) => Promise<void>;
}

/**
 * Applies one event to one candidacy: read its rows, let `@vae/core` decide, write the outcome,
 * all in ONE write transaction whose candidacy update is guarded by the version read. Writers of
 * this process queue (db/write-queue.ts) and SQLite serialises the others (BEGIN IMMEDIATE), so a
 * concurrent action sees the committed state and gets the state machine's 409; the version check
 * guards replicas and other writers. A database still
 * busy after its timeout is retried once, then answered 409 — never 500.
 */
export async function runCandidacyEvent(
  deps: Pick<AppDependencies, 'db' | 'clock'>,
  request: EventRequest,
): Promise<CandidacyRecord> {
  const attempt = () =>
    deps.db.orm.transaction(async (tx) => {
      const record = await loadCandidacy(tx, request.candidacyId);
      if (!record) throw candidacyNotFound();
      request.authorize(record);
      const now = deps.clock.now();
      const at = now.toISOString();
      const result = applyCandidacyEvent(candidacyStateOf(record), request.event, {
        actor: request.party.actor,
        now: at,
        today: parisDate(now),
      });
      if (!result.ok) throw stateMachineProblem(result.error);
      await request.check?.(tx, record);
      const persisted = await persistEvent(
        tx,
        record,
        request.event.type,
        result.state,
        result.effects,
        request.party,
        at,
        { aapOrganismId: request.aapOrganismId ?? null },
      );
      await request.afterPersist?.(tx, persisted.createdDossier);
      return (await loadCandidacy(tx, request.candidacyId))!;
    });
  return retryWhenBusy(() => inWriteQueue(deps.db, attempt));
}

export async function retryWhenBusy<T>(attempt: () => Promise<T>): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!isDatabaseBusy(error)) throw error;
  }
  try {
    return await attempt();
  } catch (error) {
    if (isDatabaseBusy(error)) throw concurrentModification();
    throw error;
  }
}

/** SQLITE_BUSY / SQLITE_LOCKED, however deep the driver and the ORM wrapped it. */
export function isDatabaseBusy(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && /SQLITE_(BUSY|LOCKED)/.test(code)) return true;
    if (typeof message === 'string' && /database is (locked|busy)/i.test(message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export function candidacyNotFound(): ProblemError {
  return new ProblemError('notFound', 'Aucune candidature accessible ne porte cet identifiant.');
}

/**
 * A refusal of the state machine: 403 when the caller's kind may never send this event, 422 for
 * a payload it refuses (a missing comment), 409 for every illegal transition. The body carries
 * the stable `code` and its message in French and English.
 */
export function stateMachineProblem(error: CandidacyError): ProblemError {
  const kind =
    error.code === 'ACTOR_NOT_ALLOWED'
      ? 'forbidden'
      : error.code === 'COMMENT_REQUIRED' || error.code === 'INVALID_EVENT'
        ? 'unprocessable'
        : 'conflict';
  return new ProblemError(kind, error.message.fr, {
    extensions: { code: error.code, message: error.message },
  });
}
