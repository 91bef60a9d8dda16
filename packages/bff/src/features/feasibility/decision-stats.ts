import { and, eq, gte, inArray } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import {
  candidacies,
  candidates,
  feasibilityDecisions,
  feasibilityDossiers,
} from '../../db/schema.js';
import type { AccountScope } from '../../http/principal.js';
import { certificateurScope } from './certificateur-inbox.js';

/** The window of the recevabilité dashboard (issue 8: "over the last 90 days"). */
export const STATS_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;
const FINAL = { ADMISSIBLE: 'favourable', REJECTED: 'unfavourable' } as const;

/** Dossiers the account may see, as in its inbox. */
const scopeOf = (account: AccountScope) =>
  certificateurScope(account, feasibilityDossiers.certificateurId);

/**
 * The recevabilité dashboard of the seed slides ("délai moyen 15,6 jours ; 18 % favorables,
 * 55 % en attente, 27 % défavorables"): over the dossiers received in the last 90 days, the
 * share with a favourable final decision, an unfavourable one, or none yet (pending, complete
 * or returned incomplete); and the mean days from receipt to a final decision, over the final
 * decisions taken in the window. Percentages are rounded and may not add up to exactly 100.
 */
export async function feasibilityDecisionStats(db: Database, account: AccountScope, now: Date) {
  const since = new Date(now.getTime() - STATS_WINDOW_DAYS * DAY_MS).toISOString();
  const received = await db.orm
    .select({ decision: feasibilityDossiers.decision })
    .from(feasibilityDossiers)
    .innerJoin(candidacies, eq(candidacies.id, feasibilityDossiers.candidacyId))
    .innerJoin(candidates, eq(candidates.id, candidacies.candidateId))
    .where(and(scopeOf(account), gte(feasibilityDossiers.sentAt, since)));
  const decided = await db.orm
    .select({ sentAt: feasibilityDossiers.sentAt, at: feasibilityDecisions.at })
    .from(feasibilityDecisions)
    .innerJoin(feasibilityDossiers, eq(feasibilityDossiers.id, feasibilityDecisions.dossierId))
    .innerJoin(candidacies, eq(candidacies.id, feasibilityDossiers.candidacyId))
    .innerJoin(candidates, eq(candidates.id, candidacies.candidateId))
    .where(
      and(
        scopeOf(account),
        inArray(feasibilityDecisions.decision, Object.keys(FINAL)),
        gte(feasibilityDecisions.at, since),
      ),
    );
  const counts = { favourable: 0, pending: 0, unfavourable: 0 };
  for (const { decision } of received) counts[FINAL[decision as keyof typeof FINAL] ?? 'pending']++;
  const share = (n: number) => (received.length ? Math.round((n / received.length) * 100) : 0);
  const days = decided.map((row) => (Date.parse(row.at) - Date.parse(row.sentAt)) / DAY_MS);
  const average = days.length ? days.reduce((sum, d) => sum + d, 0) / days.length : null;
  return {
    windowDays: STATS_WINDOW_DAYS,
    received: received.length,
    decided: decided.length,
    averageDaysToDecision: average === null ? null : Math.round(average * 10) / 10,
    counts,
    shares: {
      favourable: share(counts.favourable),
      pending: share(counts.pending),
      unfavourable: share(counts.unfavourable),
    },
  };
}
