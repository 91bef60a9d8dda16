/**
 * The BFF as `vae serve` runs it, over the database given as first argument, in its own process
 * so that the load generator does not share its event loop. Tells its parent the port (IPC).
 */
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.js';
import { defaultAppConfig, silentLogger, systemClock } from '../src/app-context.js';
import { createDatabase } from '../src/db/client.js';
import { createPartner } from '../src/features/partners/service.js';

const [databasePath] = process.argv.slice(2);
if (!databasePath) throw new Error('usage: search-server.ts <database file>');
const db = createDatabase(`file:${databasePath}`);
const app = createApp({
  db,
  // Limits high enough that the load generator measures the work, not the 429s.
  config: {
    ...defaultAppConfig,
    version: 'bench',
    rateLimit: { perKeyPerMinute: 1e9, perIpPerMinute: 1e9 },
  },
  clock: systemClock,
  logger: silentLogger,
});
// The public endpoints answer a partner's key only: the load generator sends this one.
const { publishableKey: partnerKey } = await createPartner(db, { name: 'Bench', origins: [] });
// The first search builds the index: done before the parent starts measuring.
await app.request(`/api/v1/certifications?q=technicien&partner=${partnerKey}`);
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, ({ port }) => {
  process.send?.({ port, partnerKey });
});
