import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The port the real server listens on; the browser reaches it as http://localhost:8787. */
    serverPort: number;
    /** What `vae serve` printed at its first start: the demo keys. */
    serverBanner: string;
  }
}

const VAE_CLI = new URL('../../../server/bin/vae.js', import.meta.url).pathname;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess, output: () => string) {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vae serve exited early:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vae serve did not answer on ${url} within 45 s:\n${output()}`);
}

/** Starts `vae serve` on a free port with a fresh database and data folder. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'vae-e2e-'));
  const port = await freePort();
  let output = '';
  const server = spawn(process.execPath, [VAE_CLI, 'serve'], {
    cwd: dataDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      // The pages hard-code the demo partner key, whose origins are localhost:8787: the browser
      // reaches this server through a proxy under that name (see browser.ts).
      PUBLIC_URL: 'http://localhost:8787',
      DATABASE_URL: `file:${join(dataDir, 'vae.db')}`,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => {
    output += String(chunk);
  });
  server.stderr?.on('data', (chunk) => {
    output += String(chunk);
  });
  await waitUntilServing(`http://127.0.0.1:${port}/`, server, () => output);
  project.provide('serverPort', port);
  project.provide('serverBanner', output);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
