import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { accounts, certificateurAuthorities } from '../../db/schema.js';

export type AccountRow = typeof accounts.$inferSelect;
export type CertificateurAuthorityRow = typeof certificateurAuthorities.$inferSelect;

export async function findAccount(db: Database, id: string): Promise<AccountRow | null> {
  const [row] = await db.orm.select().from(accounts).where(eq(accounts.id, id));
  return row ?? null;
}

export async function insertAccount(db: Database, row: typeof accounts.$inferInsert) {
  await db.orm.insert(accounts).values(row);
}

export async function findCertificateurAuthority(
  db: Database,
  id: string,
): Promise<CertificateurAuthorityRow | null> {
  const [row] = await db.orm
    .select()
    .from(certificateurAuthorities)
    .where(eq(certificateurAuthorities.id, id));
  return row ?? null;
}

export async function insertCertificateurAuthority(
  db: Database,
  row: typeof certificateurAuthorities.$inferInsert,
) {
  await db.orm.insert(certificateurAuthorities).values(row);
}

export async function listCertificateurAuthorities(db: Database) {
  return db.orm.select().from(certificateurAuthorities).orderBy(certificateurAuthorities.name);
}
