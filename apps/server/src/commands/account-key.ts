import { issueAccountApiKey, migrateDatabase } from '@vae/bff';
import type { Command } from 'commander';
import { openDatabase } from '../server.js';
import { configOrExit } from './config-or-exit.js';

export function registerAccountKey(program: Command): void {
  const accountCommand =
    program.commands.find((command) => command.name() === 'account') ??
    program.command('account').description('professional accounts (AAP, certificateur, admin)');
  accountCommand
    .command('key')
    .description(
      'issue another API key (vae_ak_…) for an account, shown once: to rotate, switch to it, then `vae key revoke` the old one (which ends the embed sessions the old one minted)',
    )
    .argument('<account-id>', 'the account’s id, as `vae account create` printed it')
    .option('--json', 'print the new key and its id as one JSON object')
    .action(async (accountId: string, options: { json?: boolean }) => {
      const config = configOrExit();
      const db = openDatabase(config);
      try {
        await migrateDatabase(db);
        const issued = await issueAccountApiKey(db, accountId);
        if (options.json) {
          console.log(JSON.stringify({ keyId: issued.id, apiKey: issued.key }));
          return;
        }
        console.log(
          [
            `API key ${issued.id}`,
            `  API key  ${issued.key}`,
            '',
            'The key is shown only now: only its hash is stored.',
          ].join('\n'),
        );
      } finally {
        db.close();
      }
    });
}
