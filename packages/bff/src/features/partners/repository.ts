import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { apiKeys, partnerOrigins, partners } from '../../db/schema.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;

/** A live key (not revoked) by the SHA-256 of its value. */
export async function findLiveKeyByHash(db: Database, hash: string): Promise<ApiKeyRow | null> {
  const [row] = await db.orm
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, hash), isNull(apiKeys.revokedAt)));
  return row ?? null;
}

export async function findActivePartner(db: Database, id: string) {
  const [row] = await db.orm
    .select()
    .from(partners)
    .where(and(eq(partners.id, id), isNull(partners.disabledAt)));
  return row ?? null;
}

export async function originsOfPartner(db: Database, partnerId: string): Promise<string[]> {
  const rows = await db.orm
    .select({ origin: partnerOrigins.origin })
    .from(partnerOrigins)
    .where(eq(partnerOrigins.partnerId, partnerId));
  return rows.map((row) => row.origin);
}

/** Whether some active partner lists this origin (answers CORS preflights, which carry no key). */
export async function isActivePartnerOrigin(db: Database, origin: string): Promise<boolean> {
  const [row] = await db.orm
    .select({ partnerId: partnerOrigins.partnerId })
    .from(partnerOrigins)
    .innerJoin(partners, eq(partners.id, partnerOrigins.partnerId))
    .where(and(eq(partnerOrigins.origin, origin), isNull(partners.disabledAt)))
    .limit(1);
  return row !== undefined;
}

export async function insertPartner(
  db: Database,
  partner: typeof partners.$inferInsert,
  origins: readonly string[],
  keys: (typeof apiKeys.$inferInsert)[],
): Promise<void> {
  await db.orm.transaction(async (tx) => {
    await tx.insert(partners).values(partner);
    if (origins.length > 0) {
      await tx
        .insert(partnerOrigins)
        .values(origins.map((origin) => ({ partnerId: partner.id, origin })));
    }
    await tx.insert(apiKeys).values(keys);
  });
}

export async function insertKey(db: Database, key: typeof apiKeys.$inferInsert): Promise<void> {
  await db.orm.insert(apiKeys).values(key);
}

/** Marks a key revoked; false when no live key has this id. */
export async function revokeKeyById(db: Database, id: string, at: string): Promise<boolean> {
  const rows = await db.orm
    .update(apiKeys)
    .set({ revokedAt: at })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

export async function listKeys(db: Database, filter: { partnerId?: string; accountId?: string }) {
  const where = filter.partnerId
    ? eq(apiKeys.partnerId, filter.partnerId)
    : filter.accountId
      ? eq(apiKeys.accountId, filter.accountId)
      : undefined;
  return db.orm
    .select({
      id: apiKeys.id,
      kind: apiKeys.kind,
      hint: apiKeys.hint,
      createdAt: apiKeys.createdAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .where(where)
    .orderBy(apiKeys.createdAt);
}
