import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Client, createClient } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema.js';

export interface DatabaseOptions {
  /** Token for a libSQL server (sqld, Turso). */
  authToken?: string | undefined;
  /** With a `file:` URL: the primary this embedded replica syncs from and writes to. */
  syncUrl?: string | undefined;
  /** How long a statement waits on a locked local database, in ms. */
  busyTimeoutMs?: number;
}

export interface Database {
  readonly url: string;
  readonly client: Client;
  readonly orm: LibSQLDatabase<typeof schema>;
  /** Pulls the primary's changes into an embedded replica; no-op otherwise. */
  sync(): Promise<void>;
  close(): void;
}

const SUPPORTED_URL = /^(file:|:memory:$|https?:\/\/|wss?:\/\/|libsql:\/\/)/;

export function isSupportedDatabaseUrl(url: string): boolean {
  return SUPPORTED_URL.test(url);
}

/**
 * Opens a libSQL database: `file:` paths (folder created), `:memory:`, a libSQL server over
 * `http(s)://`, `ws(s)://` or `libsql://`, or an embedded replica (`file:` + `syncUrl`).
 */
export function createDatabase(url: string, options: DatabaseOptions = {}): Database {
  if (!isSupportedDatabaseUrl(url)) {
    throw new Error(
      `Unsupported database URL "${url}": use file:<path>, :memory:, http(s)://, ws(s):// or libsql://`,
    );
  }
  if (url.startsWith('file:')) ensureFolder(url);
  const client = createClient({
    url,
    authToken: options.authToken,
    syncUrl: options.syncUrl,
    timeout: options.busyTimeoutMs ?? 5000,
  });
  const orm = drizzle(client, { schema });
  return {
    url,
    client,
    orm,
    async sync() {
      if (options.syncUrl) await client.sync();
    },
    close: () => client.close(),
  };
}

function ensureFolder(url: string): void {
  const path = url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
  const pathWithoutQuery = path.split('?')[0] ?? path;
  if (pathWithoutQuery === ':memory:' || pathWithoutQuery === '') return;
  mkdirSync(dirname(pathWithoutQuery), { recursive: true });
}
