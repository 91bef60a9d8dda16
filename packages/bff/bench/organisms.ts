/**
 * The AAP picker's search on the scale set (not a test: run with `npm run bench`): 5,000 AAP
 * sites and the 50,000-certification scale catalogue. Time of one search in the service for each
 * query shape the picker sends (a random page, a name typed, a distance sort from a postal
 * code), then the HTTP endpoint against /api/v1/health under the same load (autocannon,
 * 50 connections), in one run. Writes .bench/organisms.json.
 *
 * Target (issue 5): median < 5 ms in the service for each shape.
 * BENCH_ORGANISMS (default 5000), BENCH_CERTIFICATIONS (default 50000) and BENCH_HTTP_SECONDS
 * (default 10) change the run.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { searchOrganisms } from '../src/features/organisms/service.js';
import { loadGeography } from '../src/geography/index.js';
import { seededRandom } from '../src/seed/organisms/seeded-random.js';
import { seedScaleOrganisms } from '../src/seed/seed-organisms.js';
import { seedScaleCatalogue } from '../src/seed/seed-scale.js';

const ORGANISMS = Number(process.env['BENCH_ORGANISMS'] ?? 5_000);
const CERTIFICATIONS = Number(process.env['BENCH_CERTIFICATIONS'] ?? 50_000);
const HTTP_SECONDS = Number(process.env['BENCH_HTTP_SECONDS'] ?? 10);
const CONNECTIONS = 50;
const WARM_UP = 500;
const MEASURED = 2_000;
const NOW = new Date('2026-03-02T09:00:00Z');
const FIRST_SCALE_CODE = 50_000;

type Shape = 'random' | 'text' | 'distance';
const SHAPES: readonly Shape[] = ['random', 'text', 'distance'];
/** Words of the synthetic organisms' names, whole and cut short as people type them. */
const WORDS = [
  'horizon',
  'cap exp',
  'tremplin',
  'passerelle',
  'boussole',
  'escale',
  'savoirs',
  'archi',
  'envol pro',
  'repere',
];

const folder = mkdtempSync(join(tmpdir(), 'vae-bench-organisms-'));
const databasePath = join(folder, 'bench.db');
try {
  const db = createDatabase(`file:${databasePath}`);
  await migrateDatabase(db);
  const seeding = await timed(async () => {
    await seedScaleCatalogue(db, { certifications: CERTIFICATIONS, now: NOW });
    return seedScaleOrganisms(db, { organisms: ORGANISMS, now: NOW });
  });
  const queries = benchQueries(WARM_UP + MEASURED);
  const deps = { db, clock: { now: () => NOW } };
  const service: Record<string, ReturnType<typeof stats> & { averageTotal: number }> = {};
  for (const shape of SHAPES) {
    const list = queries[shape];
    for (const query of list.slice(0, WARM_UP)) await searchOrganisms(deps, query);
    const times: number[] = [];
    let totals = 0;
    for (const query of list.slice(WARM_UP)) {
      const started = performance.now();
      const page = await searchOrganisms(deps, query);
      times.push(performance.now() - started);
      totals += page.total;
    }
    service[shape] = { ...stats(times), averageTotal: Math.round(totals / times.length) };
  }
  db.close();

  const http = await measureHttp(queries);
  const result = {
    date: new Date().toISOString(),
    node: process.version,
    organisms: ORGANISMS,
    certifications: CERTIFICATIONS,
    seedSeconds: seeding.seconds,
    service,
    http,
    targets: Object.fromEntries(
      SHAPES.map((shape) => [`${shape}MedianUnder5ms`, (service[shape]?.medianMs ?? 99) < 5]),
    ),
  };
  const benchFolder = fileURLToPath(new URL('../.bench/', import.meta.url));
  mkdirSync(benchFolder, { recursive: true });
  const out = join(benchFolder, 'organisms.json');
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  console.log(summary(service, http));
  console.log(`Written to ${out}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

type Query = Parameters<typeof searchOrganisms>[1];

/** The picker's three shapes, each for a random certification of the scale catalogue. */
function benchQueries(count: number): Record<Shape, Query[]> {
  const random = seededRandom(7);
  const postalCodes = loadGeography()
    .departments()
    .flatMap((d) => loadGeography().communesOfDepartment(d.code).slice(0, 20))
    .flatMap((commune) => commune.postalCodes.slice(0, 1));
  const certification = () => `RNCP${FIRST_SCALE_CODE + random.int(0, CERTIFICATIONS - 1)}`;
  const make = (shape: Shape): Query => {
    const base = { certification: certification(), limit: 10, offset: 0 };
    if (shape === 'text') return { ...base, q: random.pick(WORDS) };
    if (shape === 'distance') {
      return { ...base, modality: 'LIEU_ACCUEIL', postalCode: random.pick(postalCodes) };
    }
    return {
      ...base,
      modality: 'LIEU_ACCUEIL',
      seed: random.int(0, 2 ** 31),
      offset: 10 * random.int(0, 3),
    };
  };
  return {
    random: Array.from({ length: count }, () => make('random')),
    text: Array.from({ length: count }, () => make('text')),
    distance: Array.from({ length: count }, () => make('distance')),
  };
}

function queryString(query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  return params.toString();
}

async function measureHttp(queries: Record<Shape, Query[]>) {
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
    const pathsOf = (shape: Shape) => {
      const paths = queries[shape]
        .slice(WARM_UP)
        .map((q) => `/api/v1/organisms?${queryString(q)}&partner=${message.partnerKey}`);
      let next = 0;
      return () => paths[next++ % paths.length] as string;
    };
    await load(`${base}/api/v1/health`, 2);
    await load(`${base}/api/v1/organisms`, 2, pathsOf('random'));
    const health = await load(`${base}/api/v1/health`, HTTP_SECONDS);
    const organisms: Record<string, Awaited<ReturnType<typeof load>> & { ratio: number }> = {};
    for (const shape of SHAPES) {
      const run = await load(`${base}/api/v1/organisms`, HTTP_SECONDS, pathsOf(shape));
      organisms[shape] = { ...run, ratio: round(run.rps / health.rps) };
    }
    return { connections: CONNECTIONS, seconds: HTTP_SECONDS, health, organisms };
  } finally {
    server.kill();
  }
}

async function load(url: string, seconds: number, path?: () => string) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    ...(path ? { requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }] } : {}),
  });
  return {
    rps: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), p99Ms: round(at(0.99)) };
}

function summary(
  service: Record<string, { medianMs: number; p99Ms: number }>,
  http: { health: { rps: number }; organisms: Record<string, { rps: number; ratio: number }> },
): string {
  return [
    `AAP search over ${ORGANISMS} sites and ${CERTIFICATIONS} certifications:`,
    ...SHAPES.map(
      (shape) =>
        `  ${shape.padEnd(8)} service median ${service[shape]?.medianMs} ms (target < 5), p99 ${service[shape]?.p99Ms} ms; HTTP ${http.organisms[shape]?.rps} req/s = ${Math.round((http.organisms[shape]?.ratio ?? 0) * 100)} % of health (${http.health.rps} req/s)`,
    ),
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
