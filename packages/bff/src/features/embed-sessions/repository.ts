import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { apiKeys, candidacies, partnerCandidacyLinks, partners } from '../../db/schema.js';

/** Who brought a candidacy and its tracking code's digest; null when there is no such id. */
export async function findCandidacyOwnership(db: Database, candidacyId: string) {
  const [row] = await db.orm
    .select({ partnerId: candidacies.partnerId, trackingCodeHash: candidacies.trackingCodeHash })
    .from(candidacies)
    .where(eq(candidacies.id, candidacyId));
  return row ?? null;
}

export async function findCandidacyLink(db: Database, partnerId: string, candidacyId: string) {
  const [row] = await db.orm
    .select({ linkedAt: partnerCandidacyLinks.linkedAt })
    .from(partnerCandidacyLinks)
    .where(
      and(
        eq(partnerCandidacyLinks.partnerId, partnerId),
        eq(partnerCandidacyLinks.candidacyId, candidacyId),
      ),
    );
  return row ?? null;
}

/** Links a candidacy to a partner; false when it already was (the first date is kept). */
export async function insertCandidacyLink(
  db: Database,
  link: typeof partnerCandidacyLinks.$inferInsert,
): Promise<boolean> {
  const rows = await db.orm
    .insert(partnerCandidacyLinks)
    .values(link)
    .onConflictDoNothing()
    .returning({ partnerId: partnerCandidacyLinks.partnerId });
  return rows.length > 0;
}

/** The account a live (not revoked) account key belongs to, by the key's id. */
export async function findLiveAccountKeyById(db: Database, id: string) {
  const [row] = await db.orm
    .select({ id: apiKeys.id, accountId: apiKeys.accountId })
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.kind, 'account'), isNull(apiKeys.revokedAt)));
  return row ?? null;
}

/**
 * Whether this secret key is still live and belongs to this partner, still active: what a
 * session minted with it needs to stay valid. One indexed lookup by the key's id.
 */
export async function isLiveSecretKeyOfActivePartner(
  db: Database,
  keyId: string,
  partnerId: string,
): Promise<boolean> {
  const [row] = await db.orm
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .innerJoin(partners, eq(partners.id, apiKeys.partnerId))
    .where(
      and(
        eq(apiKeys.id, keyId),
        eq(apiKeys.kind, 'secret'),
        eq(apiKeys.partnerId, partnerId),
        isNull(apiKeys.revokedAt),
        isNull(partners.disabledAt),
      ),
    );
  return row !== undefined;
}
