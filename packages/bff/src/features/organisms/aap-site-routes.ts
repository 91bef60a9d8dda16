import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppEnv } from '../../app-context.js';
import { AAP_ROLES, accountOf, authenticate, requireAccount } from '../../http/auth.js';
import { jsonResponse, problemResponses } from '../../http/openapi-responses.js';
import { validate } from '../../http/validate.js';
import { ACCOUNT_SECURITY } from '../candidacies/account-actions.js';
import { listAapSites, SiteIdParamSchema, SiteSettingsSchema, updateAapSite } from './aap-sites.js';

const TAGS = ['AAP'];

/** The AAP's own sites: counts by status and the visibility settings it manages itself. */
export function aapSiteRoutes() {
  return new Hono<AppEnv>()
    .use('/aap/sites', authenticate(), requireAccount(...AAP_ROLES))
    .use('/aap/sites/*', authenticate(), requireAccount(...AAP_ROLES))
    .get(
      '/aap/sites',
      describeRoute({
        tags: TAGS,
        summary: 'List my sites with their candidacies counted by status',
        description:
          'The organism account sees all its sites, an antenna account its own. Each: `closedForAbsence`, `levels` (per filière), `counts` by status, `total`.',
        security: ACCOUNT_SECURITY,
        responses: { 200: jsonResponse('`{ items }`'), ...problemResponses(401, 403) },
      }),
      async (c) => {
        const items = await listAapSites(c.get('deps').db, accountOf(c, AAP_ROLES));
        return c.json({ items });
      },
    )
    .patch(
      '/aap/sites/:id',
      describeRoute({
        tags: TAGS,
        summary: 'Change a site’s visibility settings',
        description:
          'Body `{ closedForAbsence?, levels? }`: `levels` (`{ [filière]: [3…8] }`) replaces every level the site manages. The organism account, or the site’s own antenna; the AAP picker sees the change at once.',
        security: ACCOUNT_SECURITY,
        responses: {
          200: jsonResponse('The site, as listed'),
          ...problemResponses(400, 401, 403, 404),
        },
      }),
      validate('param', SiteIdParamSchema),
      validate('json', SiteSettingsSchema),
      async (c) => {
        const { db, clock } = c.get('deps');
        const site = await updateAapSite(
          db,
          accountOf(c, AAP_ROLES),
          c.req.valid('param').id,
          c.req.valid('json'),
          clock.now(),
        );
        return c.json(site);
      },
    );
}
