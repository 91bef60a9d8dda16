import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../app.js';
import { type AppConfig, type Clock, defaultAppConfig, type Logger } from '../app-context.js';
import { createDatabase, type Database } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';

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
  close(): void;
}

/**
 * A real app over a real libSQL database in a fresh temporary file (a real file rather than
 * `:memory:`, so transactions on other connections see the same data).
 */
export async function createTestApp(config: Partial<AppConfig> = {}): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'vae-bff-test-'));
  const db = createDatabase(`file:${join(folder, 'test.db')}`);
  await migrateDatabase(db);
  const logs: LogLine[] = [];
  let now = new Date('2026-03-02T09:00:00.000Z');
  const clock = { now: () => new Date(now), set: (date: Date) => (now = date) };
  const app = createApp({
    db,
    config: { ...defaultAppConfig, version: '1.2.3-test', tokenSecret: 'test-secret', ...config },
    clock,
    logger: capturingLogger(logs),
  });
  return {
    app,
    db,
    logs,
    clock,
    close() {
      db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
