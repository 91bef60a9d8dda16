import { migrateDatabase } from '@vae/bff';
import type { Command } from 'commander';
import { openDatabase } from '../server.js';
import { configOrExit, redactUrl } from './config-or-exit.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations and exit')
    .action(async () => {
      const config = configOrExit();
      const db = openDatabase(config);
      try {
        await migrateDatabase(db);
        console.log(`Migrations applied to ${redactUrl(config.databaseUrl)}`);
      } finally {
        db.close();
      }
    });
}
