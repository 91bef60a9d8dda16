/**
 * Load and races over HTTP (not a test: run with `npm run bench`), against the BFF in its own
 * process on a fresh file database. Three parts, one report in .bench/load.json:
 * - creation: POST /candidacies at 50 connections for BENCH_LOAD_SECONDS (default 30), each
 *   with its own Idempotency-Key; then every acknowledged id is checked in the database, once,
 *   with its first history entry and its idempotency record (none half-written);
 * - mixed: search, AAP picker, tracker reads and AAP actions at the same time, per-route
 *   p50/p99 and every status other than 2xx (none but 429 is acceptable);
 * - race: 100 concurrent final decisions on one feasibility dossier, BENCH_RACES times
 *   (default 3): exactly one wins, the history holds it once.
 * Exits non-zero when a check fails; timings are reported, never judged.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createDatabase } from '../src/db/client.js';
import { checkCreations } from './load-checks.js';
import { type BenchServer, decisionRace, loadClient } from './load-client.js';

const SECONDS = Number(process.env['BENCH_LOAD_SECONDS'] ?? 30);
const RACES = Number(process.env['BENCH_RACES'] ?? 3);
const CONNECTIONS = 50;
const RUN = Date.now().toString(36);

const folder = mkdtempSync(join(tmpdir(), 'vae-bench-load-'));
const databasePath = join(folder, 'load.db');
const server = fork(fileURLToPath(new URL('./load-server.ts', import.meta.url)), [databasePath], {
  execArgv: ['--import', 'tsx', '--conditions=@vae/source'],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
let failed = false;
try {
  const [info] = (await once(server, 'message')) as [BenchServer];
  const client = loadClient(info);

  const trackingCodes: string[] = [];
  const acknowledged: string[] = [];
  let next = 0;
  const creation = summarise(
    await autocannon({
      url: `${client.base}/api/v1/candidacies`,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          setupRequest: (request) => {
            const index = next++;
            return {
              ...request,
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                'x-vae-partner': info.partnerKey,
                'idempotency-key': `bench-${RUN}-${index}`,
              },
              body: JSON.stringify(client.creation(index)),
            };
          },
          onResponse: (status, body) => {
            if (status < 200 || status >= 300) return;
            const created = JSON.parse(body) as { id: string; trackingCode: string };
            acknowledged.push(created.id);
            if (trackingCodes.length < 200) trackingCodes.push(created.trackingCode);
          },
        },
      ],
    }),
  );
  const db = createDatabase(`file:${databasePath}`);
  const creationCheck = await checkCreations(db, acknowledged);
  failed ||= !creationCheck.ok;

  const pool = await client.submittedCandidacies(Math.max(200, SECONDS * 40));
  const mixedSeconds = Math.max(5, Math.round(SECONDS / 2));
  const route = (
    path: string,
    connections: number,
    headers: Record<string, string>,
    paths?: () => string,
    amount?: number,
  ) =>
    autocannon({
      url: `${client.base}${path}`,
      connections,
      ...(amount ? { amount, method: 'POST' as const } : { duration: mixedSeconds }),
      headers,
      ...(paths ? { requests: [{ setupRequest: (r) => ({ ...r, path: paths() }) }] } : {}),
    }).then(summarise);
  const words = ['technicien', 'agent', 'responsable', 'conducteur', 'assistant', 'chef'];
  let turn = 0;
  const [search, picker, tracker, aapInbox, aapTakeOver] = await Promise.all([
    route(
      '/api/v1/certifications',
      12,
      {},
      () => `/api/v1/certifications?q=${words[turn++ % words.length]}&partner=${info.partnerKey}`,
    ),
    route(
      '/api/v1/organisms',
      12,
      {},
      () => `/api/v1/organisms?certification=RNCP35830&partner=${info.partnerKey}`,
    ),
    trackerReads(client.base, trackingCodes, mixedSeconds),
    route('/api/v1/aap/candidacies', 8, { authorization: `Bearer ${info.aapKey}` }),
    route(
      '/api/v1/aap/candidacies',
      6,
      { authorization: `Bearer ${info.aapKey}` },
      pool.takeOverPath,
      pool.size,
    ),
  ]);
  const mixed = { search, picker, tracker, aapInbox, aapTakeOver };
  const mixedOk = Object.values(mixed).every((r) => r.unacceptable === 0);
  failed ||= !mixedOk;

  const races = [];
  for (let i = 0; i < RACES; i++) races.push(await decisionRace(client, db));
  failed ||= !races.every((race) => race.ok);
  db.close();

  const result = {
    date: new Date().toISOString(),
    node: process.version,
    seconds: SECONDS,
    connections: CONNECTIONS,
    creation: { ...creation, ...creationCheck },
    mixed: { seconds: mixedSeconds, ok: mixedOk, routes: mixed },
    races,
  };
  const benchFolder = fileURLToPath(new URL('../.bench/', import.meta.url));
  mkdirSync(benchFolder, { recursive: true });
  writeFileSync(join(benchFolder, 'load.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.log(failed ? 'load bench: a check FAILED' : 'load bench: every check passed');
} finally {
  server.kill();
  rmSync(folder, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;

async function trackerReads(base: string, codes: string[], seconds: number) {
  let turn = 0;
  return summarise(
    await autocannon({
      url: `${base}/api/v1/candidate/candidacy`,
      connections: 12,
      duration: seconds,
      requests: [
        {
          setupRequest: (r) => ({
            ...r,
            headers: { authorization: `Bearer ${codes[turn++ % codes.length]}` },
          }),
        },
      ],
    }),
  );
}

function summarise(result: autocannon.Result) {
  const statuses = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat?.count ?? 0]),
  );
  const unacceptable =
    result.errors +
    result.timeouts +
    Object.entries(statuses)
      .filter(([code]) => !code.startsWith('2') && code !== '429')
      .reduce((sum, [, count]) => sum + count, 0);
  return {
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    statuses,
    unacceptable,
  };
}
