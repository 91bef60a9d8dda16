import type { Database } from './db/client.js';
import type { PartnerContext, Principal } from './http/principal.js';
import type { DocumentStorage } from './storage/document-storage.js';

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
  /** Folder for files (uploaded documents under `documents/`); the server passes its DATA_DIR. */
  dataDir: string;
  /**
   * Key material for personal data encrypted at rest (NIR). Empty: derived from `tokenSecret`
   * (see crypto/personal-data-cipher.ts); set it to rotate the token secret independently.
   */
  dataKey: string;
  /** Largest uploaded document (feasibility or validation dossier), in bytes (413 above). */
  documentMaxBytes: number;
  /** Trust `X-Forwarded-For` for the client IP (only behind a reverse proxy that sets it). */
  trustProxy: boolean;
  /** Requests allowed per minute, per credential and per client IP (429 above). Per instance. */
  rateLimit: { perKeyPerMinute: number; perIpPerMinute: number };
}

export const defaultAppConfig: AppConfig = {
  version: '0.0.0',
  publicUrl: 'http://localhost:8787',
  bodyLimitBytes: 1024 * 1024,
  tokenSecret: '',
  allowedOrigins: [],
  databaseTimeoutMs: 2000,
  dataDir: './data',
  dataKey: '',
  documentMaxBytes: 20 * 1024 * 1024,
  trustProxy: false,
  rateLimit: { perKeyPerMinute: 600, perIpPerMinute: 300 },
};

export interface AppDependencies {
  db: Database;
  config: AppConfig;
  clock: Clock;
  logger: Logger;
  /** Where uploaded documents go; default: files under `<config.dataDir>/documents`. */
  documents?: DocumentStorage;
}

/** Hono environment: what middleware puts on the context for the handlers. */
export interface AppEnv {
  Variables: {
    deps: AppDependencies;
    requestId: string;
    /** The authenticated caller (set by `authenticate()`), if any. */
    principal?: Principal;
    /** The partner whose publishable key came with the request (set by `requirePartner()`). */
    partner?: PartnerContext;
  };
}
