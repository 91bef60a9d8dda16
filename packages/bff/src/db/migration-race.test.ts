import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAppConfig } from '../app-context.js';
import { seedDemoData } from '../seed/seed-demo.js';
import { type RunningSqld, startSqld } from '../test-support/sqld.js';
import { createDatabase, type Database } from './client.js';
import { migrateDatabase, migrationsFolder } from './migrate.js';

const NODES = 4;
const script = fileURLToPath(new URL('../test-support/starting-node.ts', import.meta.url));

interface NodeProcess {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<{ code: number | null; report: string }>;
}

/** One `node --import tsx migrate-process.ts`: a BFF node about to migrate at start-up. */
function startNode(env: Record<string, string>): NodeProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@vae/source', script], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready\n')) resolve();
    });
    child.once('exit', () => reject(new Error(`node exited before it was ready: ${output}`)));
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const result = new Promise<{ code: number | null; report: string }>((resolve) => {
    child.once('exit', (code) => resolve({ code, report: output.replace('ready\n', '').trim() }));
  });
  return { child, ready, result };
}

/** Starts the nodes, waits until all have loaded their code, then lets them go together. */
async function startTogether(databaseUrl: string, env: Record<string, string> = {}) {
  const nodes = Array.from({ length: NODES }, () =>
    startNode({ DATABASE_URL: databaseUrl, ...env }),
  );
  try {
    await Promise.all(nodes.map((node) => node.ready));
    for (const node of nodes) node.child.stdin?.write('go\n');
    return await Promise.all(nodes.map((node) => node.result));
  } finally {
    for (const node of nodes) if (node.child.exitCode === null) node.child.kill('SIGKILL');
  }
}

async function schemaOf(db: Database): Promise<string[]> {
  const { rows } = await db.client.execute(
    "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
  );
  return rows.map((row) => `${row['type']} ${row['name']}: ${row['sql']}`);
}

/** The number of rows of every table: what a seed wrote, and whether it wrote it once. */
async function rowCounts(db: Database): Promise<Record<string, number>> {
  const { rows } = await db.client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
  );
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const name = String(row['name']);
    const result = await db.client.execute(`SELECT count(*) AS n FROM "${name}"`);
    counts[name] = Number(result.rows[0]?.['n']);
  }
  return counts;
}

async function recordedMigrations(db: Database): Promise<string[]> {
  const { rows } = await db.client.execute(
    'SELECT hash FROM __drizzle_migrations ORDER BY created_at',
  );
  return rows.map((row) => String(row['hash']));
}

/** A migration that a second run would not notice: it adds a row, it does not create a table. */
function writeCountingMigrations(folder: string): void {
  mkdirSync(join(folder, 'meta'), { recursive: true });
  writeFileSync(
    join(folder, 'meta', '_journal.json'),
    JSON.stringify({
      version: '7',
      dialect: 'sqlite',
      entries: [
        { idx: 0, version: '6', when: 1_700_000_000_000, tag: '0000_runs', breakpoints: true },
      ],
    }),
  );
  writeFileSync(
    join(folder, '0000_runs.sql'),
    [
      'CREATE TABLE IF NOT EXISTS runs (at text);',
      // Slow on purpose (a few hundred ms): the other nodes read the record meanwhile.
      'INSERT INTO runs SELECT CURRENT_TIMESTAMP FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT max(i) FROM n);',
    ].join('\n--> statement-breakpoint\n'),
  );
}

describe.each([
  ['one libSQL server (sqld)', 'sqld'],
  ['one embedded database file', 'file'],
] as const)(`${NODES} nodes starting at the same instant on %s`, { timeout: 90_000 }, (_, kind) => {
  let folder: string;
  let sqld: RunningSqld | undefined;
  let databaseUrl: string;
  let expectedSchema: string[];

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-migration-race-'));
    if (kind === 'sqld') sqld = await startSqld();
    databaseUrl = sqld ? sqld.url : `file:${join(folder, 'shared.db')}`;
    // The schema one node builds alone, to compare with what the race leaves.
    const alone = createDatabase(`file:${join(folder, 'alone.db')}`);
    await migrateDatabase(alone);
    expectedSchema = await schemaOf(alone);
    alone.close();
  });

  afterAll(async () => {
    await sqld?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('all come up, build the whole schema and record each migration once', async () => {
    const results = await startTogether(databaseUrl);
    for (const { code, report } of results) {
      expect(code, report).toBe(0);
      expect(JSON.parse(report)).toMatchObject({ ok: true });
    }

    const db = createDatabase(databaseUrl);
    try {
      expect(await schemaOf(db)).toEqual(expectedSchema);
      const expectedHashes = readMigrationFiles({ migrationsFolder }).map((m) => m.hash);
      expect(await recordedMigrations(db)).toEqual(expectedHashes);
    } finally {
      db.close();
    }
  });

  it('applies a migration a second run would not notice (an INSERT) exactly once', async () => {
    const migrations = join(folder, 'counting');
    writeCountingMigrations(migrations);
    const other = kind === 'sqld' ? await startSqld() : undefined;
    const url = other ? other.url : `file:${join(folder, 'counting.db')}`;
    try {
      const results = await startTogether(url, { MIGRATIONS_FOLDER: migrations });
      expect(results.map((r) => r.code)).toEqual(Array(NODES).fill(0));
      const db = createDatabase(url);
      try {
        const { rows } = await db.client.execute('SELECT count(*) AS n FROM runs');
        expect(Number(rows[0]?.['n'])).toBe(1);
        expect(await recordedMigrations(db)).toHaveLength(1);
      } finally {
        db.close();
      }
    } finally {
      await other?.stop();
    }
  });

  it('all come up on a fresh database and seed the demo data once, as vae serve does', async () => {
    const reference = createDatabase(`file:${join(folder, 'seeded-alone.db')}`);
    await migrateDatabase(reference);
    await seedDemoData(reference, {
      config: { ...defaultAppConfig, tokenSecret: 'reference', dataDir: join(folder, 'alone') },
    });
    const expected = await rowCounts(reference);
    reference.close();
    expect(expected['certifications']).toBeGreaterThan(0);

    const other = kind === 'sqld' ? await startSqld() : undefined;
    const url = other ? other.url : `file:${join(folder, 'seeded.db')}`;
    try {
      const results = await startTogether(url, { DATA_DIR: join(folder, 'shared-data') });
      for (const { code, report } of results) expect(code, report).toBe(0);
      const db = createDatabase(url);
      try {
        expect(await rowCounts(db)).toEqual(expected);
      } finally {
        db.close();
      }
    } finally {
      await other?.stop();
    }
  });

  it('lets the same nodes start again on the migrated database without applying anything', async () => {
    const results = await startTogether(databaseUrl);
    expect(results.map((r) => r.code)).toEqual(Array(NODES).fill(0));
    const db = createDatabase(databaseUrl);
    try {
      expect(await recordedMigrations(db)).toHaveLength(
        readMigrationFiles({ migrationsFolder }).length,
      );
      expect(await schemaOf(db)).toEqual(expectedSchema);
    } finally {
      db.close();
    }
  });
});
