import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDatabase } from '@vae/bff';
import type { Command } from 'commander';
import { configOrExit } from './config-or-exit.js';
import { embeddedDatabasePath, processesHoldingFile } from './embedded-database-file.js';
import { describeFailure } from './report-failure.js';

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description('replace the embedded database with a checked backup (stop the server first)')
    .argument('<file>', 'a file written by `vae backup`')
    .action(async (file: string) => {
      const config = configOrExit();
      const target = embeddedDatabasePath(config.databaseUrl);
      if (target === null) fail('restore replaces an embedded database (DATABASE_URL=file:…)');
      const source = resolve(file);
      if (!existsSync(source)) fail(`${source} does not exist`);
      const holders = processesHoldingFile(target);
      if (holders.length > 0) {
        fail(`the database is in use (process ${holders.join(', ')}): stop the server first`);
      }
      // Checked on a copy beside the database, so the backup itself is never touched and the
      // final step is a rename on the same file system.
      const candidate = `${target}.restoring`;
      copyFileSync(source, candidate);
      const problem = await problemWithBackup(candidate);
      if (problem !== null) {
        rmSync(candidate, { force: true });
        fail(`${source} is not a usable backup: ${problem}; the database was left unchanged`);
      }
      const previous = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      if (existsSync(target)) renameSync(target, previous);
      // A journal left by the old database would be replayed onto the restored one.
      for (const suffix of ['-journal', '-wal', '-shm'])
        rmSync(`${target}${suffix}`, { force: true });
      renameSync(candidate, target);
      console.log(`Database restored from ${source}`);
      if (existsSync(previous)) console.log(`The replaced database was kept as ${previous}`);
    });
}

function fail(message: string): never {
  console.error(`vae: ${message}`);
  process.exit(2);
}

async function problemWithBackup(path: string): Promise<string | null> {
  const db = createDatabase(`file:${path}`);
  try {
    const integrity = await db.client.execute('PRAGMA integrity_check');
    const verdict = integrity.rows.map((row) => String(row[0])).join('; ');
    if (verdict !== 'ok') return `integrity check failed (${verdict.slice(0, 200)})`;
    const tables = await db.client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('__drizzle_migrations', 'app_meta')",
    );
    const names = new Set(tables.rows.map((row) => String(row[0])));
    if (!names.has('__drizzle_migrations')) return 'no migrations table';
    if (!names.has('app_meta')) return 'no app_meta table';
    const applied = await db.client.execute('SELECT count(*) AS n FROM __drizzle_migrations');
    if (Number(applied.rows[0]?.['n'] ?? 0) === 0) return 'no migration applied';
    return null;
  } catch (error) {
    return describeFailure(error);
  } finally {
    db.close();
  }
}
