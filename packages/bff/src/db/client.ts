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
  /** How often an embedded replica pulls the primary's changes, in seconds (default 5). */
  syncIntervalSeconds?: number;
  /** How long a statement waits on a locked local database, in ms. */
  busyTimeoutMs?: number;
  /**
   * A database of a libSQL server started with `--enable-namespaces`, chosen per request by
   * header, so that one server can hold many databases without a DNS name for each.
   */
  namespace?: string | undefined;
  /**
   * How long one call to a libSQL server may take, in ms (default 10 s): a server that went
   * away must fail the request, not hold it open forever.
   */
  serverTimeoutMs?: number;
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
    ...(options.syncUrl
      ? { syncInterval: options.syncIntervalSeconds ?? 5, readYourWrites: true }
      : {}),
    timeout: options.busyTimeoutMs ?? 5000,
    ...serverFetch(url, options),
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

/** Over HTTP, every call to the server is bounded in time (and sent to its namespace). */
function serverFetch(url: string, options: DatabaseOptions) {
  const send = options.namespace === undefined ? fetch : fetchInNamespace(options.namespace);
  if (!/^https?:\/\//.test(url)) {
    return options.namespace === undefined ? {} : { fetch: send };
  }
  const timeoutMs = options.serverTimeoutMs ?? 10_000;
  return {
    fetch: (request: Request) =>
      send(
        new Request(request, {
          signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]),
        }),
      ),
  };
}

/** sqld reads the namespace from `x-namespace-bin`: its name in unpadded base64url. */
function fetchInNamespace(namespace: string): (request: Request) => Promise<Response> {
  const encoded = Buffer.from(namespace).toString('base64url');
  return (request) => {
    request.headers.set('x-namespace-bin', encoded);
    return fetch(request);
  };
}
