import { asc, count, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { aapSites, accounts, certifications, partners } from '../db/schema.js';
import { createAccount, createCertificateurAuthority } from '../features/accounts/service.js';
import { createPartner } from '../features/partners/service.js';

export const DEMO_ORIGIN = 'http://localhost:8787';
/** The same server as reached through its default bind address (HOST=127.0.0.1). */
const DEMO_ORIGINS = [DEMO_ORIGIN, 'http://127.0.0.1:8787'];
/**
 * The demo partner's publishable key, fixed so the demo pages can carry it. Publishable keys are
 * public by design (every partner page shows its own); this one only opens the demo origin to
 * browsers. The secret key and the account keys stay random.
 */
export const DEMO_PUBLISHABLE_KEY = 'pk_live_demo-localhost-8787-not-a-secret';
const ILE_DE_FRANCE = ['75', '77', '78', '91', '92', '93', '94', '95'];

/** The credentials the demo seed created: printed once, only their hashes are kept. */
export interface DemoAccess {
  partner: { id: string; origins: string[]; publishableKey: string; secretKey: string };
  accounts: { role: string; name: string; id: string; apiKey: string }[];
}

/**
 * The demo's partner and professional accounts, on a database that has none: a partner for the
 * local demo origin, one AAP organism account and two antenna accounts on two of its sites, a
 * national and a regional (Île-de-France) certificateur covering the catalogue, and an admin.
 * Needs the demo catalogue and organisms (seeded before). Null when accounts already exist.
 */
export async function seedDemoAccess(db: Database, now: Date): Promise<DemoAccess | null> {
  const [existing] = await db.orm.select({ n: count() }).from(accounts);
  const [existingPartners] = await db.orm.select({ n: count() }).from(partners);
  if ((existing?.n ?? 0) > 0 || (existingPartners?.n ?? 0) > 0) return null;

  const sites = await db.orm
    .select({ id: aapSites.id, organismId: aapSites.organismId, name: aapSites.publicName })
    .from(aapSites)
    .where(eq(aapSites.modality, 'LIEU_ACCUEIL'))
    .orderBy(asc(aapSites.organismId), asc(aapSites.id));
  const organismId = [...new Set(sites.map((site) => site.organismId))].find(
    (id) => sites.filter((site) => site.organismId === id).length >= 2,
  );
  const codes = (
    await db.orm
      .select({ code: certifications.code })
      .from(certifications)
      .orderBy(certifications.code)
  ).map((row) => row.code);
  if (!organismId || codes.length === 0) return null;
  const [first, second] = sites.filter((site) => site.organismId === organismId);

  const partner = await createPartner(
    db,
    { name: 'Démo locale', origins: DEMO_ORIGINS, publishableKey: DEMO_PUBLISHABLE_KEY },
    now,
  );
  const national = await createCertificateurAuthority(
    db,
    {
      name: 'Certificateur national (démo)',
      structure: 'Ministère (démo)',
      departments: 'all',
      certificationCodes: codes,
    },
    now,
  );
  const regional = await createCertificateurAuthority(
    db,
    {
      name: 'Certificateur Île-de-France (démo)',
      structure: 'Ministère (démo)',
      departments: ILE_DE_FRANCE,
      certificationCodes: codes,
    },
    now,
  );
  const created = [
    await createAccount(db, { role: 'aap', name: 'AAP (démo)', organismId }, now),
    await createAccount(
      db,
      { role: 'aap-antenna', name: first?.name ?? 'Antenne 1', aapSiteId: first?.id ?? null },
      now,
    ),
    await createAccount(
      db,
      { role: 'aap-antenna', name: second?.name ?? 'Antenne 2', aapSiteId: second?.id ?? null },
      now,
    ),
    await createAccount(
      db,
      {
        role: 'certificateur',
        name: 'Certificateur national (démo)',
        certificateurId: national.id,
      },
      now,
    ),
    await createAccount(
      db,
      {
        role: 'certificateur',
        name: 'Certificateur Île-de-France (démo)',
        certificateurId: regional.id,
      },
      now,
    ),
    await createAccount(db, { role: 'admin', name: 'Administrateur (démo)' }, now),
  ];
  return {
    partner: {
      id: partner.id,
      origins: partner.origins,
      publishableKey: partner.publishableKey,
      secretKey: partner.secretKey,
    },
    accounts: created.map((account) => ({
      role: account.role,
      name: account.name,
      id: account.id,
      apiKey: account.apiKey.key,
    })),
  };
}
