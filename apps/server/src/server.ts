import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import {
  type AppConfig,
  createApp,
  createDatabase,
  type Database,
  defaultAppConfig,
  type Logger,
  migrateDatabase,
  seedDemoData,
  systemClock,
} from '@vae/bff';
import { Hono } from 'hono';
import type { ServerConfig } from './config.js';
import { describeDemoAccess } from './demo-access.js';
import { demoPortalRoutes } from './demo-portal.js';
import { demoRoutes, widgetRoutes } from './static-assets.js';
import { resolveTokenSecret } from './token-secret.js';

const { version } = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/** Time given to in-flight requests after a stop signal before connections are cut. */
const SHUTDOWN_GRACE_MS = 4000;

export interface RunningServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

export function openDatabase(config: ServerConfig): Database {
  return createDatabase(config.databaseUrl, {
    authToken: config.databaseAuthToken,
    syncUrl: config.databaseSyncUrl,
  });
}

/** One HTTP server for the API (/api), the element bundles (/widgets) and the demo (/). */
export function composeServerApp(appConfig: AppConfig, db: Database, logger: Logger) {
  const api = createApp({ db, config: appConfig, clock: systemClock, logger });
  // The API answers everything under /api itself, its 404 problem+json included.
  return new Hono()
    .route('/widgets', widgetRoutes())
    .all('/api/*', (c) => api.fetch(c.req.raw, c.env))
    .route('/demo-api', demoPortalRoutes({ db, config: appConfig, clock: systemClock }))
    .route('/', demoRoutes());
}

/** What the API needs from the server's configuration. */
export function appConfigFrom(config: ServerConfig): AppConfig {
  return {
    ...defaultAppConfig,
    version,
    publicUrl: config.publicUrl,
    tokenSecret: resolveTokenSecret(config.tokenSecret, config.dataDir),
    dataKey: config.dataKey ?? '',
    trustProxy: config.trustProxy,
    allowedOrigins: config.allowedOrigins,
    dataDir: config.dataDir,
  };
}

/** A fresh local install starts with the demo data; data already there is left as it is. */
async function seedDemo(db: Database, appConfig: AppConfig, logger: Logger): Promise<void> {
  const seeded = await seedDemoData(db, { config: appConfig });
  // Step names only: a step's report may hold credentials shown once (demo keys).
  const steps = Object.entries(seeded).filter(([, report]) => report !== null);
  logger.info({ seeded: steps.map(([step]) => step) }, 'demo data checked');
  if (seeded.access) console.log(describeDemoAccess(seeded.access));
}

export async function startServer(config: ServerConfig, logger: Logger): Promise<RunningServer> {
  const db = openDatabase(config);
  await migrateDatabase(db);
  const appConfig = appConfigFrom(config);
  if (config.demoData) await seedDemo(db, appConfig, logger);
  else logger.info({}, 'demo data off (DEMO_DATA): the database is left as it is');
  const app = composeServerApp(appConfig, db, logger);
  // Plain HTTP/1.1 (node-server's default), so the http.Server connection methods exist.
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s as Server),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      // Stop accepting, let in-flight requests finish, then cut what is left.
      const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      server.close(() => {
        clearTimeout(force);
        db.close();
        resolve();
      });
      server.closeIdleConnections();
    });
    return closing;
  };
  return { url, db, close };
}
