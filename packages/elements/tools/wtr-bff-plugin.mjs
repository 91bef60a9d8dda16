import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';

/** Where the tests import the BFF's URL from (`import { bffUrl } from '/__bff.js'`). */
export const BFF_MODULE_PATH = '/__bff.js';

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
      await bff.seedDemoData(db);
      const pageOrigins = ['localhost', '127.0.0.1', config.hostname]
        .filter(Boolean)
        .map((host) => `http${config.http2 ? 's' : ''}://${host}:${config.port}`);
      const app = bff.createApp({
        db,
        config: {
          ...bff.defaultAppConfig,
          version: 'wtr',
          allowedOrigins: [...new Set(pageOrigins)],
          // Every test talks from 127.0.0.1: the per-IP limit of production would throttle the run.
          rateLimit: { perKeyPerMinute: 1_000_000, perIpPerMinute: 1_000_000 },
        },
        clock: bff.systemClock,
        logger: bff.silentLogger,
      });
      const { server, port } = await listen(app.fetch);
      state = { folder, db, server, url: `http://127.0.0.1:${port}` };
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
      if (context.path !== BFF_MODULE_PATH || !state) return undefined;
      return { body: `export const bffUrl = ${JSON.stringify(state.url)};\n`, type: 'js' };
    },
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
