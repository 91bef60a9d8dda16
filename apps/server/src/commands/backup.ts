import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { openDatabase } from '../server.js';
import { configOrExit } from './config-or-exit.js';
import { embeddedDatabasePath } from './embedded-database-file.js';

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write a consistent copy of the embedded database, even while the server runs')
    .argument('<file>', 'the backup file to create (must not exist)')
    .action(async (file: string) => {
      const config = configOrExit();
      if (embeddedDatabasePath(config.databaseUrl) === null) {
        console.error(
          'vae: backup copies an embedded database (DATABASE_URL=file:…); back up a libSQL server with its own tools (sqld snapshots, Turso point-in-time restore)',
        );
        process.exit(2);
      }
      const target = resolve(file);
      if (existsSync(target)) {
        console.error(`vae: ${target} already exists; choose a new file`);
        process.exit(2);
      }
      const db = openDatabase(config);
      try {
        // One read transaction: the copy is the database as of one instant, writers carry on.
        await db.client.execute({ sql: 'VACUUM INTO ?', args: [target] });
      } finally {
        db.close();
      }
      console.log(`Backup written to ${target} (${statSync(target).size} bytes)`);
    });
}
