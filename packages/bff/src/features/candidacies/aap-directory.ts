import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { aapSites, organisms } from '../../db/schema.js';

/** An AAP site as the lifecycle needs it: its organism, whether it takes candidates, its public contact. */
export interface AapSiteSummary {
  id: string;
  organismId: string;
  /** Visible, open, and its organism active: a candidate may choose it. */
  open: boolean;
  contact: {
    name: string;
    email: string | null;
    phone: string | null;
    website: string | null;
    address: string | null;
    postalCode: string | null;
    commune: string | null;
  };
}

/** Reads the AAP directory (features/organisms owns these tables). */
export async function findAapSite(db: Database, id: string): Promise<AapSiteSummary | null> {
  const [row] = await db.orm
    .select({ site: aapSites, organism: organisms })
    .from(aapSites)
    .innerJoin(organisms, eq(organisms.id, aapSites.organismId))
    .where(eq(aapSites.id, id));
  if (!row) return null;
  const { site, organism } = row;
  return {
    id: site.id,
    organismId: site.organismId,
    open: site.visible && !site.closed && organism.active,
    contact: {
      name: site.publicName,
      email: site.email,
      phone: site.phone,
      website: organism.website,
      address: site.address,
      postalCode: site.postalCode,
      commune: site.communeName,
    },
  };
}

export async function organismExists(db: Database, id: string): Promise<boolean> {
  const [row] = await db.orm
    .select({ id: organisms.id })
    .from(organisms)
    .where(eq(organisms.id, id));
  return row !== undefined;
}
