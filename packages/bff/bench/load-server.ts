/**
 * The BFF over a fresh database holding the lifecycle fixtures (an AAP, certificateurs, their
 * account keys, a partner) and the scale catalogue, in its own process so that the load
 * generator does not share its event loop. Tells its parent the port, the keys and the
 * database path (IPC).
 */
import { randomBytes } from 'node:crypto';
import { serve } from '@hono/node-server';
import { createApp } from '../src/app.js';
import { defaultAppConfig, silentLogger, systemClock } from '../src/app-context.js';
import { createDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { seedScaleCatalogue } from '../src/seed/seed-scale.js';
import { seedLifecycleFixtures } from '../src/test-support/lifecycle-fixtures.js';
import type { TestApp } from '../src/test-support/test-app.js';

const [databasePath, certifications = '5000'] = process.argv.slice(2);
if (!databasePath) throw new Error('usage: load-server.ts <database file> [certifications]');
const db = createDatabase(`file:${databasePath}`);
await migrateDatabase(db);
await seedScaleCatalogue(db, { certifications: Number(certifications), now: new Date() });
// The fixtures only need the database of the "test app".
const fixtures = await seedLifecycleFixtures({ db } as TestApp);
const app = createApp({
  db,
  // Limits high enough that the load generator measures the work, not the 429s.
  config: {
    ...defaultAppConfig,
    version: 'bench',
    tokenSecret: randomBytes(32).toString('base64url'),
    rateLimit: { perKeyPerMinute: 1e9, perIpPerMinute: 1e9 },
  },
  clock: systemClock,
  // Unexpected errors are what a load run is for: print them, and nothing else.
  logger: { ...silentLogger, error: (fields, message) => console.error(message, fields) },
});
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, ({ port }) => {
  process.send?.({
    port,
    partnerKey: fixtures.partner.publishableKey,
    aapKey: fixtures.keys.aap,
    certificateurKey: fixtures.keys.certificateur,
    certificateurId: fixtures.certificateurs.national,
  });
});
