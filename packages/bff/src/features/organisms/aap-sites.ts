import type { CandidacyStatus } from '@vae/core';
import { Filiere } from '@vae/core';
import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import * as v from 'valibot';
import type { Database } from '../../db/client.js';
import { aapSiteLevels, aapSites, candidacies } from '../../db/schema.js';
import type { AccountScope } from '../../http/principal.js';
import { ProblemError } from '../../http/problem.js';

/** Diploma levels an AAP may manage (3: CAP … 8: doctorat). */
const Level = v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(8));

export const SiteIdParamSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
});

/**
 * The visibility settings an AAP changes itself. `levels` replaces the whole set: a filière left
 * out is no longer managed by the site.
 */
export const SiteSettingsSchema = v.pipe(
  v.strictObject({
    closedForAbsence: v.optional(v.boolean()),
    levels: v.optional(
      v.record(
        Filiere.schema,
        v.pipe(
          v.array(Level),
          v.maxLength(6),
          v.check((levels) => new Set(levels).size === levels.length, 'Niveau en double'),
        ),
      ),
    ),
  }),
  v.check(
    (body) => body.closedForAbsence !== undefined || body.levels !== undefined,
    'Indiquez `closedForAbsence` ou `levels`.',
  ),
);
export type SiteSettings = v.InferOutput<typeof SiteSettingsSchema>;

/** The sites an AAP account manages: all its organism's (admin account), its own (antenna). */
function sitesScope(account: AccountScope): SQL | undefined {
  if (account.role === 'aap-antenna') return eq(aapSites.id, account.aapSiteId ?? '');
  return eq(aapSites.organismId, account.organismId ?? '');
}

function siteNotFound(): ProblemError {
  return new ProblemError('notFound', 'Aucun site accessible ne porte cet identifiant.');
}

/** The account's sites with their visibility settings and their candidacies counted by status. */
export async function listAapSites(db: Database, account: AccountScope, onlyId?: string) {
  const scope = sitesScope(account);
  const sites = await db.orm
    .select({
      id: aapSites.id,
      publicName: aapSites.publicName,
      modality: aapSites.modality,
      communeName: aapSites.communeName,
      department: aapSites.department,
      closed: aapSites.closed,
      visible: aapSites.visible,
    })
    .from(aapSites)
    .where(onlyId ? and(scope, eq(aapSites.id, onlyId)) : scope)
    .orderBy(asc(aapSites.publicName), asc(aapSites.id));
  const ids = sites.map((site) => site.id);
  if (ids.length === 0) return [];
  const [levels, counts] = await Promise.all([
    db.orm.select().from(aapSiteLevels).where(inArray(aapSiteLevels.aapSiteId, ids)),
    db.orm
      .select({ site: candidacies.aapId, status: candidacies.status, total: count() })
      .from(candidacies)
      .where(inArray(candidacies.aapId, ids))
      .groupBy(candidacies.aapId, candidacies.status),
  ]);
  return sites.map(({ closed, ...site }) => {
    const byFiliere: Record<string, number[]> = {};
    for (const row of levels.filter((level) => level.aapSiteId === site.id)) {
      byFiliere[row.filiere] = [...(byFiliere[row.filiere] ?? []), row.level].sort((a, b) => a - b);
    }
    const byStatus: Partial<Record<CandidacyStatus, number>> = {};
    let total = 0;
    for (const row of counts.filter((entry) => entry.site === site.id)) {
      byStatus[row.status as CandidacyStatus] = row.total;
      total += row.total;
    }
    return {
      ...site,
      closedForAbsence: closed,
      levels: byFiliere,
      counts: byStatus,
      total,
    };
  });
}

/**
 * Changes one site's visibility settings, for the organism's admin account or the site's own
 * antenna (404 for any other site). The directory triggers bump `organisms_version`, so every
 * instance's AAP picker sees the change on its next search.
 */
export async function updateAapSite(
  db: Database,
  account: AccountScope,
  siteId: string,
  settings: SiteSettings,
  now: Date,
) {
  const [site] = await listAapSites(db, account, siteId);
  if (!site) throw siteNotFound();
  await db.orm.transaction(async (tx) => {
    await tx
      .update(aapSites)
      .set({
        ...(settings.closedForAbsence === undefined ? {} : { closed: settings.closedForAbsence }),
        updatedAt: now.toISOString(),
      })
      .where(eq(aapSites.id, siteId));
    if (settings.levels) {
      await tx.delete(aapSiteLevels).where(eq(aapSiteLevels.aapSiteId, siteId));
      const rows = Object.entries(settings.levels).flatMap(([filiere, levels]) =>
        levels.map((level) => ({ aapSiteId: siteId, filiere, level })),
      );
      if (rows.length > 0) await tx.insert(aapSiteLevels).values(rows);
    }
  });
  const [updated] = await listAapSites(db, account, siteId);
  if (!updated) throw siteNotFound();
  return updated;
}
