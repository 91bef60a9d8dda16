import { createInterface } from 'node:readline';
import { defaultAppConfig } from '../app-context.js';
import { createDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { seedDemoData } from '../seed/seed-demo.js';

/**
 * A node starting up, in its own process: opens DATABASE_URL, says `ready`, waits for `go` on
 * stdin (so that several of them start at the same instant), migrates (the migrations of
 * MIGRATIONS_FOLDER when set), seeds the demo data as `vae serve` does when DATA_DIR is set,
 * and reports on stdout.
 */
const url = process.env['DATABASE_URL'];
if (!url) throw new Error('DATABASE_URL is required');
const folder = process.env['MIGRATIONS_FOLDER'];
const dataDir = process.env['DATA_DIR'];
const db = createDatabase(url);
// Connected before the signal, so that the nodes' first statements really meet.
await db.client.execute('SELECT 1');
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
for await (const line of lines) {
  if (line.trim() === 'go') break;
}
lines.close();
const started = performance.now();
try {
  await migrateDatabase(db, folder ? { migrationsFolder: folder } : {});
  if (dataDir) {
    await seedDemoData(db, {
      config: { ...defaultAppConfig, tokenSecret: 'starting-node-secret', dataDir },
    });
  }
  process.stdout.write(`${JSON.stringify({ ok: true, ms: performance.now() - started })}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ ok: false, error: String(error) })}\n`);
  process.exitCode = 1;
} finally {
  db.close();
}
