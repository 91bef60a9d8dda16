import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppEnv } from '../../app-context.js';
import { accountOf, authenticate, CERTIFICATEUR_ROLES, requireAccount } from '../../http/auth.js';
import { jsonResponse, problemResponses } from '../../http/openapi-responses.js';
import { ACCOUNT_SECURITY } from '../candidacies/account-actions.js';
import { feasibilityDecisionStats } from './decision-stats.js';

/** The certificateur's recevabilité dashboard (issue 8). */
export function feasibilityStatsRoutes() {
  return new Hono<AppEnv>()
    .use('/certificateur/feasibility-stats', authenticate(), requireAccount(...CERTIFICATEUR_ROLES))
    .get(
      '/certificateur/feasibility-stats',
      describeRoute({
        tags: ['Certificateur'],
        summary: 'My recevabilité decisions over the last 90 days',
        description:
          'Dossiers received in the window and their share favourable (ADMISSIBLE) / pending / unfavourable (REJECTED), and the mean days from receipt to a final decision taken in the window (null when none).',
        security: ACCOUNT_SECURITY,
        responses: {
          200: jsonResponse(
            '`{ windowDays, received, decided, averageDaysToDecision, counts, shares }`',
          ),
          ...problemResponses(401, 403),
        },
      }),
      async (c) => {
        const deps = c.get('deps');
        const account = accountOf(c, CERTIFICATEUR_ROLES);
        return c.json(await feasibilityDecisionStats(deps.db, account, deps.clock.now()));
      },
    );
}
