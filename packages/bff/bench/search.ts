/**
 * Certification search on the scale set (not a test: run with `npm run bench`): time of a search
 * in the service over a mix of 1–3-word queries, prefixes, typos and diploma types; memory of the
 * index; then the HTTP search endpoint against /api/v1/health under the same load (autocannon,
 * 50 connections, 10 s each, in alternating 2 s slices), in one run. Writes .bench/search.json.
 *
 * Targets (issue 3): median < 2 ms, p99 < 10 ms, index < 100 MB, search ≥ 40 % of health's rps.
 * BENCH_CERTIFICATIONS (default 50000) and BENCH_HTTP_SECONDS (default 10) change the run.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createDatabase, type Database } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { getCatalogueVersion } from '../src/features/certifications/catalogue-version.js';
import { listSearchableCertifications } from '../src/features/certifications/repository.js';
import { searchCertifications } from '../src/features/certifications/service.js';
import { CertificationIndex } from '../src/search/certification-index.js';
import { generateScaleCatalogue } from '../src/seed/scale-catalogue.js';
import { seedScaleCatalogue } from '../src/seed/seed-scale.js';
import { type BenchQuery, benchQueries, type QueryKind } from './search-queries.js';

const CERTIFICATIONS = Number(process.env['BENCH_CERTIFICATIONS'] ?? 50_000);
const HTTP_SECONDS = Number(process.env['BENCH_HTTP_SECONDS'] ?? 10);
const HTTP_SLICES = 5;
const CONNECTIONS = 50;
const WARM_UP_QUERIES = 2_000;
const MEASURED_QUERIES = 10_000;
const TODAY = '2026-03-02';

if (typeof globalThis.gc !== 'function') {
  console.error('Run with --expose-gc (the package script does): the index memory needs it.');
  process.exit(1);
}

const folder = mkdtempSync(join(tmpdir(), 'vae-bench-search-'));
const databasePath = join(folder, 'bench.db');
try {
  const db = createDatabase(`file:${databasePath}`);
  await migrateDatabase(db);
  const seeding = await timed(() =>
    seedScaleCatalogue(db, { certifications: CERTIFICATIONS, now: new Date(TODAY) }),
  );
  const { index, memoryMb, readMs, buildMs } = await measureIndex(db);
  db.close();

  const titles = generateScaleCatalogue(CERTIFICATIONS).map((c) => c.label);
  const queries = benchQueries(titles, WARM_UP_QUERIES + MEASURED_QUERIES);
  const service = measureSearches(index, queries);

  const http = await measureHttp(databasePath, queries.slice(WARM_UP_QUERIES));
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    certifications: index.size,
    seedSeconds: seeding.seconds,
    index: { readMs, buildMs, memoryMb },
    service,
    http,
    targets: {
      medianUnder2ms: service.all.medianMs < 2,
      p99Under10ms: service.all.p99Ms < 10,
      indexUnder100Mb: memoryMb < 100,
      httpAtLeast40PercentOfHealth: http.ratio >= 0.4,
    },
  };
  const benchFolder = fileURLToPath(new URL('../.bench/', import.meta.url));
  mkdirSync(benchFolder, { recursive: true });
  const out = join(benchFolder, 'search.json');
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.log(summary(result));
  console.log(`Written to ${out}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/**
 * What the index keeps once built: JS heap plus typed-array buffers, against a baseline taken
 * before the records were read, as the server reads them (the records themselves are dropped
 * once the index is built, as the server does).
 */
async function measureIndex(db: Database) {
  const before = retainedBytes();
  const version = await getCatalogueVersion(db);
  const built = await (async () => {
    const listing = performance.now();
    const records = await listSearchableCertifications(db);
    const started = performance.now();
    const index = CertificationIndex.build(records, version);
    return {
      index,
      readMs: Math.round(started - listing),
      buildMs: Math.round(performance.now() - started),
    };
  })();
  return { ...built, memoryMb: round((retainedBytes() - before) / 1024 / 1024) };
}

/** Live memory after full collections (one may leave garbage a later one finds). */
function retainedBytes(): number {
  for (let i = 0; i < 4; i++) globalThis.gc?.();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

function measureSearches(index: CertificationIndex, queries: readonly BenchQuery[]) {
  const search = (q: string) => searchCertifications(index, { q, limit: 10 }, TODAY);
  for (const { q } of queries.slice(0, WARM_UP_QUERIES)) search(q);
  const byKind = new Map<QueryKind, number[]>();
  const all: number[] = [];
  let empty = 0;
  for (const { kind, q } of queries.slice(WARM_UP_QUERIES)) {
    const started = performance.now();
    const response = search(q);
    const ms = performance.now() - started;
    if (response.total === 0) empty++;
    all.push(ms);
    const list = byKind.get(kind) ?? [];
    list.push(ms);
    byKind.set(kind, list);
  }
  return {
    queries: all.length,
    withoutResults: empty,
    all: stats(all),
    byKind: Object.fromEntries([...byKind].map(([kind, times]) => [kind, stats(times)])),
    examples: queries.slice(WARM_UP_QUERIES, WARM_UP_QUERIES + 8).map(({ q }) => q),
  };
}

async function measureHttp(databasePath: string, queries: readonly BenchQuery[]) {
  const server = fork(
    fileURLToPath(new URL('./search-server.ts', import.meta.url)),
    [databasePath],
    {
      execArgv: ['--import', 'tsx', '--conditions=@vae/source'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  try {
    const [message] = (await once(server, 'message')) as [{ port: number; partnerKey: string }];
    const base = `http://127.0.0.1:${message.port}`;
    let next = 0;
    const searchPath = () => {
      const { q } = queries[next++ % queries.length] as BenchQuery;
      return `/api/v1/certifications?q=${encodeURIComponent(q)}&partner=${message.partnerKey}`;
    };
    // A short warm-up of both routes, so that neither pays for the JIT in its measure.
    await load(`${base}/api/v1/health`, 2);
    await load(`${base}/api/v1/certifications`, 2, searchPath);
    // Each route gets HTTP_SECONDS in all, in alternating slices: on a machine shared with
    // other work, a burst of load then weighs on both measures alike, not on the last one.
    const health: Load[] = [];
    const search: Load[] = [];
    for (let slice = 0; slice < HTTP_SLICES; slice++) {
      health.push(await load(`${base}/api/v1/health`, HTTP_SECONDS / HTTP_SLICES));
      search.push(
        await load(`${base}/api/v1/certifications`, HTTP_SECONDS / HTTP_SLICES, searchPath),
      );
    }
    const total = { health: combined(health), search: combined(search) };
    return {
      connections: CONNECTIONS,
      seconds: HTTP_SECONDS,
      slices: HTTP_SLICES,
      ...total,
      ratio: round(total.search.rps / total.health.rps),
      ratioBySlice: search.map((slice, i) => round(slice.rps / (health[i] as Load).rps)),
    };
  } finally {
    server.kill();
  }
}

interface Load {
  requests: number;
  seconds: number;
  rps: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, seconds: number, path?: () => string): Promise<Load> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    ...(path ? { requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }] } : {}),
  });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    rps: Math.round(result.requests.total / result.duration),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** One route's slices together: requests per second over all of them, worst latencies. */
function combined(slices: readonly Load[]) {
  const requests = slices.reduce((n, slice) => n + slice.requests, 0);
  const seconds = slices.reduce((n, slice) => n + slice.seconds, 0);
  return {
    rps: Math.round(requests / seconds),
    requests,
    latencyP50MsMax: Math.max(...slices.map((slice) => slice.latencyP50Ms)),
    latencyP99MsMax: Math.max(...slices.map((slice) => slice.latencyP99Ms)),
    non2xx: slices.reduce((n, slice) => n + slice.non2xx, 0),
    errors: slices.reduce((n, slice) => n + slice.errors, 0),
  };
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    p99Ms: round(at(0.99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

function summary(result: {
  certifications: number;
  index: { memoryMb: number };
  service: { all: { medianMs: number; p99Ms: number } };
  http: { health: { rps: number }; search: { rps: number }; ratio: number };
}): string {
  const { service, index, http } = result;
  return [
    `Search over ${result.certifications} certifications:`,
    `  service  median ${service.all.medianMs} ms (target < 2), p99 ${service.all.p99Ms} ms (target < 10)`,
    `  index    ${index.memoryMb} MB (target < 100)`,
    `  HTTP     search ${http.search.rps} req/s, health ${http.health.rps} req/s: ${Math.round(http.ratio * 100)} % (target ≥ 40 %)`,
  ].join('\n');
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: round((performance.now() - started) / 1000) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
