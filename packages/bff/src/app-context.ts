import type { Database } from './db/client.js';

/** Where "now" comes from: injected so tests and rules never depend on the wall clock. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The subset of a pino logger the app uses; the server passes pino, tests a silent or capturing one. */
export interface Logger {
  debug(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export interface AppConfig {
  /** Reported by the health endpoint and the OpenAPI document. */
  version: string;
  /** Public base URL of this server (e.g. https://vae.example.org), used in documents and links. */
  publicUrl: string;
  /** Largest request body accepted, in bytes (413 above). */
  bodyLimitBytes: number;
  /** Secret used to sign embed session tokens. */
  tokenSecret: string;
  /** Origins allowed to call the API from a browser before partners are configured. */
  allowedOrigins: readonly string[];
  /** How long a health probe may wait for the database before answering 503. */
  databaseTimeoutMs: number;
}

export const defaultAppConfig: AppConfig = {
  version: '0.0.0',
  publicUrl: 'http://localhost:8787',
  bodyLimitBytes: 1024 * 1024,
  tokenSecret: '',
  allowedOrigins: [],
  databaseTimeoutMs: 2000,
};

export interface AppDependencies {
  db: Database;
  config: AppConfig;
  clock: Clock;
  logger: Logger;
}

/** Hono environment: what middleware puts on the context for the handlers. */
export interface AppEnv {
  Variables: {
    deps: AppDependencies;
    requestId: string;
  };
}
