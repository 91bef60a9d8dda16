import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const vaeBin = new URL('../../bin/vae.js', import.meta.url).pathname;

export interface VaeProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs the real `vae` command (built) with the given environment. */
export function runVae(args: string[], env: Record<string, string>): VaeProcess {
  const child = spawn(process.execPath, [vaeBin, ...args], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, output: () => output, exited };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'vae-server-test-'));
}

/** Starts `vae serve` on a free port with a fresh data folder and waits until it answers. */
export async function startVaeServer(extraEnv: Record<string, string> = {}) {
  const port = await freePort();
  const dataDir = tempDataDir();
  const proc = runVae(['serve'], {
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${join(dataDir, 'vae.db')}`,
    LOG_LEVEL: 'info',
    ...extraEnv,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`vae serve exited:\n${proc.output()}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) return { ...proc, url, dataDir, port };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.child.kill('SIGKILL');
  throw new Error(`vae serve did not answer within 15 s:\n${proc.output()}`);
}
