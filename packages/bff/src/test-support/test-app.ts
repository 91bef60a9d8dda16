import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.js';
import { type AppConfig, type Clock, defaultAppConfig, type Logger } from '../app-context.js';
import type { Database } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { openTestDatabase } from './test-database.js';
import { addTestPartner } from './test-partner.js';

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  fields: object;
  message: string | undefined;
}

export function capturingLogger(lines: LogLine[]): Logger {
  const at =
    (level: LogLine['level']) =>
    (fields: object, message?: string): void => {
      lines.push({ level, fields, message });
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  db: Database;
  logs: LogLine[];
  clock: Clock & { set(date: Date): void };
  /** The publishable key the app adds to requests without one (null with `partner: false`). */
  partnerKey: string | null;
  close(): void;
}

export interface TestAppOptions {
  /** false: no test partner, requests go exactly as written (see test-partner.ts). */
  partner?: boolean;
}

/**
 * A real app over a real libSQL database in a fresh temporary file (a real file rather than
 * `:memory:`, so transactions on other connections see the same data), or in a fresh namespace
 * of a libSQL server under `npm run test:sqld`.
 */
export async function createTestApp(
  config: Partial<AppConfig> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'vae-bff-test-'));
  const db = await openTestDatabase(folder);
  await migrateDatabase(db);
  const logs: LogLine[] = [];
  let now = new Date('2026-03-02T09:00:00.000Z');
  const clock = { now: () => new Date(now), set: (date: Date) => (now = date) };
  const app = createApp({
    db,
    config: {
      ...defaultAppConfig,
      version: '1.2.3-test',
      tokenSecret: 'test-secret',
      dataDir: folder,
      // Every test request comes from one address: tests of the limits set their own.
      rateLimit: { perKeyPerMinute: 1_000_000, perIpPerMinute: 1_000_000 },
      ...config,
    },
    clock,
    logger: capturingLogger(logs),
  });
  const partnerKey = options.partner === false ? null : await addTestPartner(app, db);
  return {
    app,
    db,
    logs,
    clock,
    partnerKey,
    close() {
      db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
