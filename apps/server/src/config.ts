import { isSupportedDatabaseUrl } from '@vae/bff';
import * as v from 'valibot';
import { isLocalDemoServer } from './demo-local-only.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const DEMO_DATA = ['auto', 'true', 'false'] as const;

const optionalText = v.optional(v.pipe(v.string(), v.trim(), v.minLength(1)));

const httpUrl = (what: string) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.url(`must be an absolute URL (${what})`),
    v.check((value) => /^https?:\/\//.test(value), `must start with http:// or https:// (${what})`),
  );

/** The environment variables the server reads, each validated with a message naming what is expected. */
const EnvSchema = v.object({
  PORT: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d+$/, 'must be an integer between 0 and 65535'),
      v.transform(Number),
      v.maxValue(65535, 'must be an integer between 0 and 65535'),
    ),
    '8787',
  ),
  HOST: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty')), '127.0.0.1'),
  DATABASE_URL: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check(
        isSupportedDatabaseUrl,
        'must be a libSQL URL: file:<path>, :memory:, http(s)://…, ws(s)://… or libsql://…',
      ),
    ),
    'file:./data/vae.db',
  ),
  DATABASE_AUTH_TOKEN: optionalText,
  DATABASE_SYNC_URL: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.regex(
        /^(https?|libsql|wss?):\/\/./,
        'must be the URL of a libSQL server (http(s)://, libsql://)',
      ),
    ),
  ),
  PUBLIC_URL: v.optional(httpUrl('the address people use to reach this server')),
  LOG_LEVEL: v.optional(v.picklist(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`), 'info'),
  DATA_DIR: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1)), './data'),
  TOKEN_SECRET: v.optional(
    v.pipe(v.string(), v.minLength(32, 'must be at least 32 characters (use a random value)')),
  ),
  DATA_KEY: v.optional(
    v.pipe(v.string(), v.minLength(32, 'must be at least 32 characters (use a random value)')),
  ),
  DEMO_DATA: v.optional(v.picklist(DEMO_DATA, `must be one of ${DEMO_DATA.join(', ')}`), 'auto'),
  TRUST_PROXY: v.optional(
    v.pipe(
      v.picklist(['true', 'false'], 'must be true or false'),
      v.transform((value) => value === 'true'),
    ),
    'false',
  ),
  ALLOWED_ORIGINS: v.optional(
    v.pipe(
      v.string(),
      v.transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
      v.check(
        (origins) => origins.every((origin) => /^https?:\/\/[^/]+$/.test(origin)),
        'must be a comma-separated list of origins such as https://www.example.org',
      ),
    ),
    '',
  ),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerConfig {
  port: number;
  host: string;
  databaseUrl: string;
  databaseAuthToken: string | undefined;
  databaseSyncUrl: string | undefined;
  publicUrl: string;
  logLevel: LogLevel;
  dataDir: string;
  /** Undefined when not given: the server then uses (or creates) one in the data folder. */
  tokenSecret: string | undefined;
  /** Encrypts personal data at rest; undefined: derived from the token secret (see OPERATIONS.md). */
  dataKey: string | undefined;
  /**
   * Whether a start fills an empty database with the demo data (demo partner, accounts and their
   * keys). `DEMO_DATA=auto` (the default): only on a local demo server (loopback PUBLIC_URL).
   */
  demoData: boolean;
  /** Behind a reverse proxy: per-IP limits read the client's address from X-Forwarded-For. */
  trustProxy: boolean;
  allowedOrigins: string[];
}

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; errors: string[] };

/** Reads the configuration from environment variables; every bad value is reported by name. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const known = Object.fromEntries(
    Object.keys(EnvSchema.entries)
      .filter((name) => env[name] !== undefined && env[name] !== '')
      .map((name) => [name, env[name]]),
  );
  const result = v.safeParse(EnvSchema, known);
  if (!result.success) {
    const errors = result.issues.map((issue) => {
      const name = issue.path?.[0]?.key ?? 'environment';
      const got = typeof issue.input === 'string' ? ` (got "${issue.input}")` : '';
      return `${String(name)}: ${issue.message}${got}`;
    });
    return { ok: false, errors };
  }
  const e = result.output;
  if (e.DATABASE_SYNC_URL && !e.DATABASE_URL.startsWith('file:')) {
    return {
      ok: false,
      errors: [
        'DATABASE_SYNC_URL: an embedded replica needs a file: DATABASE_URL to keep its local copy',
      ],
    };
  }
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      databaseUrl: e.DATABASE_URL,
      databaseAuthToken: e.DATABASE_AUTH_TOKEN,
      databaseSyncUrl: e.DATABASE_SYNC_URL,
      publicUrl,
      logLevel: e.LOG_LEVEL,
      dataDir: e.DATA_DIR,
      tokenSecret: e.TOKEN_SECRET,
      dataKey: e.DATA_KEY,
      demoData: e.DEMO_DATA === 'auto' ? isLocalDemoServer(publicUrl) : e.DEMO_DATA === 'true',
      trustProxy: e.TRUST_PROXY,
      allowedOrigins: e.ALLOWED_ORIGINS,
    },
  };
}
