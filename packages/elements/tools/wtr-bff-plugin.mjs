import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';

/** Where the tests import the BFF's URL from (`import { bffUrl } from '/__bff.js'`). */
export const BFF_MODULE_PATH = '/__bff.js';
/**
 * Where a test page asks for an embed session token (`?candidacyId=…`, `&expired=1` for one
 * that expired a minute ago): the plugin plays the partner's server, the only holder of the
 * secret key, which never reaches the page.
 */
export const EMBED_SESSION_PATH = '/__embed-session';

/**
 * A web-test-runner plugin that runs a real BFF for the test run: a fresh libSQL file in a
 * temporary folder, the migrations, and `createApp()` served on a free port of 127.0.0.1,
 * with CORS allowing the test page's origin. The tests read its URL from `/__bff.js`.
 */
export function bffPlugin() {
  let state;
  return {
    name: 'vae-bff',

    async serverStart({ config }) {
      const bff = await importBff();
      const folder = mkdtempSync(join(tmpdir(), 'vae-elements-wtr-'));
      const db = bff.createDatabase(`file:${join(folder, 'wtr.db')}`);
      await bff.migrateDatabase(db);
      // The demo catalogue (and the other demo data), as on a fresh install.
      const seeded = await bff.seedDemoData(db);
      const pageOrigins = ['localhost', '127.0.0.1', config.hostname]
        .filter(Boolean)
        .map((host) => `http${config.http2 ? 's' : ''}://${host}:${config.port}`);
      // The secret key stays here, out of `access` (which the page reads from `/__bff.js`).
      const { partnerSecretKey, ...access } = await testAccess(bff, db, seeded.access, [
        ...new Set(pageOrigins),
      ]);
      const appConfig = {
        ...bff.defaultAppConfig,
        version: 'wtr',
        // Creating candidacies encrypts personal data and stores uploaded dossiers: a secret of
        // the run, and the run's temporary folder.
        tokenSecret: randomBytes(32).toString('base64url'),
        dataDir: folder,
        allowedOrigins: [...new Set(pageOrigins)],
        // Every test talks from 127.0.0.1: the per-IP limit of production would throttle the run.
        rateLimit: { perKeyPerMinute: 1_000_000, perIpPerMinute: 1_000_000 },
      };
      const deps = { db, config: appConfig, logger: bff.silentLogger };
      const app = bff.createApp({ ...deps, clock: bff.systemClock });
      // The same server 16 minutes ago (same database, same secret): what it mints has expired.
      const past = { now: () => new Date(Date.now() - 16 * 60_000) };
      const pastApp = bff.createApp({ ...deps, clock: past });
      const { server, port } = await listen(app.fetch);
      state = {
        folder,
        db,
        server,
        url: `http://127.0.0.1:${port}`,
        access,
        partnerSecretKey,
        mintFrom: { now: app, past: pastApp },
      };
    },

    async serverStop() {
      if (!state) return;
      const { server, db, folder } = state;
      state = undefined;
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      db.close();
      rmSync(folder, { recursive: true, force: true });
    },

    serve(context) {
      if (context.path === EMBED_SESSION_PATH && state) return mintEmbedSession(state, context);
      if (context.path !== BFF_MODULE_PATH || !state) return undefined;
      const body = [
        `export const bffUrl = ${JSON.stringify(state.url)};`,
        `export const partnerKey = ${JSON.stringify(state.access.partnerKey)};`,
        `export const testAccess = ${JSON.stringify(state.access)};`,
      ].join('\n');
      return { body: `${body}\n`, type: 'js' };
    },
  };
}

/** Mints a session for a candidacy the test partner created, with its secret key. */
async function mintEmbedSession(state, context) {
  const app = context.query.expired ? state.mintFrom.past : state.mintFrom.now;
  const response = await app.request('/api/v1/embed-sessions', {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${state.partnerSecretKey}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ scope: { kind: 'candidacy', id: String(context.query.candidacyId) } }),
  });
  return { body: await response.text(), type: 'json', headers: { 'Cache-Control': 'no-store' } };
}

/**
 * What the tests need to act as a partner page and as professionals: a partner allowed on the
 * test page's origins (its publishable key), and the keys of the demo's professional accounts
 * with the open sites of the demo AAP organism (candidacies sent there are the AAP's to move).
 */
async function testAccess(bff, db, demo, origins) {
  const partner = await bff.createPartner(db, { name: 'Tests des éléments', origins });
  const keyOf = (role) => demo?.accounts.find((account) => account.role === role)?.apiKey ?? null;
  const aap = demo?.accounts.find((account) => account.role === 'aap');
  const sites = aap
    ? await db.client.execute({
        sql: `SELECT s.id FROM aap_sites s JOIN accounts a ON a.organism_id = s.organism_id
              WHERE a.id = ? AND s.visible = 1 AND s.closed = 0 ORDER BY s.id`,
        args: [aap.id],
      })
    : { rows: [] };
  return {
    partnerKey: partner.publishableKey,
    // Server side only: serverStart() takes it out before `/__bff.js` is written.
    partnerSecretKey: partner.secretKey,
    aapKey: keyOf('aap'),
    aapSiteIds: sites.rows.map((row) => String(row.id)),
    // One antenna of the demo AAP: it sees the candidacies of its own site only.
    aapAntennaKey: keyOf('aap-antenna'),
    certificateurKey: keyOf('certificateur'),
    adminKey: keyOf('admin'),
  };
}

async function importBff() {
  try {
    return await import('@vae/bff');
  } catch (error) {
    throw new Error(
      'The tests need the built @vae/bff: run `npx turbo run build --filter=@vae/bff` at the repository root.',
      { cause: error },
    );
  }
}

function listen(fetch) {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info) =>
      resolve({ server, port: info.port }),
    );
    server.once('error', reject);
  });
}
