import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../app.js';
import { type AppConfig, defaultAppConfig } from '../app-context.js';
import type { Database } from '../db/client.js';
import { capturingLogger, type LogLine, type TestApp } from './test-app.js';

/** One BFF process-like instance: its own app, database client and clock, on its own port. */
export interface BffInstance {
  url: string;
  /** Shaped like a TestApp whose requests go over HTTP to this instance's port. */
  t: TestApp;
  close(): Promise<void>;
}

export async function startBffInstance(
  db: Database,
  dataDir: string,
  config: Partial<AppConfig> = {},
): Promise<BffInstance> {
  const logs: LogLine[] = [];
  let now = new Date('2026-03-02T09:00:00.000Z');
  const clock = { now: () => new Date(now), set: (date: Date) => (now = date) };
  const app = createApp({
    db,
    config: {
      ...defaultAppConfig,
      version: '1.2.3-test',
      tokenSecret: 'test-secret',
      dataDir,
      rateLimit: { perKeyPerMinute: 1_000_000, perIpPerMinute: 1_000_000 },
      ...config,
    },
    clock,
    logger: capturingLogger(logs),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const overHttp = {
    request: (path: string, init?: RequestInit) => fetch(`${url}${path}`, init),
  } as unknown as TestApp['app'];
  return {
    url,
    t: { app: overHttp, db, logs, clock, partnerKey: null, close: () => db.close() },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
      }),
  };
}
