import { migrateDatabase, revokeKey } from '@vae/bff';
import type { Command } from 'commander';
import { openDatabase } from '../server.js';
import { configOrExit } from './config-or-exit.js';

export function registerKeyRevoke(program: Command): void {
  const keyCommand =
    program.commands.find((command) => command.name() === 'key') ??
    program.command('key').description('API keys of partners and accounts');
  keyCommand
    .command('revoke')
    .description('revoke a key at once, given its id or the key itself')
    .argument('<id-or-key>', 'the key id, or the key (pk_live_…, sk_live_…, vae_ak_…)')
    .option('--json', 'print the outcome as one JSON object')
    .action(async (idOrKey: string, options: { json?: boolean }) => {
      const config = configOrExit();
      const db = openDatabase(config);
      try {
        await migrateDatabase(db);
        const revoked = await revokeKey(db, idOrKey);
        if (options.json) console.log(JSON.stringify({ revoked: revoked !== null, id: revoked }));
        else if (revoked) console.log(`Key ${revoked} revoked.`);
        if (!revoked) {
          if (!options.json) console.error('vae: no live key with this id or value');
          process.exitCode = 1;
        }
      } finally {
        db.close();
      }
    });
}
