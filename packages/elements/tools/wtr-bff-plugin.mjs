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
 * secret key, which never reaches the page. `&partner=other&trackingCode=…`: the token of
 * another partner, allowed on ${OTHER_PARTNER_ORIGIN} only, which links the candidacy first
 * (with its tracking code, as a university does) and mints for it.
 */
export const EMBED_SESSION_PATH = '/__embed-session';
/** The only site of the second partner: never the test page. */
export const OTHER_PARTNER_ORIGIN = 'https://other.example';

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
      const otherPartner = await bff.createPartner(db, {
        name: 'Autre partenaire',
        origins: [OTHER_PARTNER_ORIGIN],
      });
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
        otherSecretKey: otherPartner.secretKey,
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

/**
 * Mints a session for a candidacy the test partner created, with its secret key; or, with
 * `partner=other`, for the same candidacy linked to the other partner, with that one's key.
 */
async function mintEmbedSession(state, context) {
  const { candidacyId, expired, partner, trackingCode } = context.query;
  const app = expired ? state.mintFrom.past : state.mintFrom.now;
  const secretKey = partner === 'other' ? state.otherSecretKey : state.partnerSecretKey;
  const post = (path, body) =>
    app.request(`/api/v1${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  if (partner === 'other') {
    const linked = await post('/embed-sessions/links', {
      candidacyId: String(candidacyId),
      trackingCode: String(trackingCode),
    });
    if (!linked.ok) return { body: await linked.text(), type: 'json' };
  }
  const response = await post('/embed-sessions', {
    scope: { kind: 'candidacy', id: String(candidacyId) },
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
    // The demo's second certificateur: Île-de-France only (a candidate of Paris may go to either).
    regionalCertificateurKey:
      demo?.accounts.filter((account) => account.role === 'certificateur')[1]?.apiKey ?? null,
    localCertificateurKey: await localCertificateurKey(bff, db, demo),
    adminKey: keyOf('admin'),
  };
}

/** A local unit of the national certificateur, for the Bouches-du-Rhône only. */
async function localCertificateurKey(bff, db, demo) {
  const national = demo?.accounts.find((account) => account.role === 'certificateur');
  if (!national) return null;
  const { rows } = await db.client.execute({
    sql: 'SELECT certificateur_id FROM accounts WHERE id = ?',
    args: [national.id],
  });
  const local = await bff.createAccount(db, {
    role: 'certificateur-local',
    name: 'Unité locale 13 (tests)',
    certificateurId: String(rows[0]?.certificateur_id),
    departments: ['13'],
    certificationCodes: ['RNCP35830'],
  });
  return local.apiKey.key;
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
