import { issuePartnerSecretKey, migrateDatabase } from '@vae/bff';
import type { Command } from 'commander';
import { openDatabase } from '../server.js';
import { configOrExit } from './config-or-exit.js';

export function registerPartnerSecretKey(program: Command): void {
  const partnerCommand =
    program.commands.find((command) => command.name() === 'partner') ??
    program.command('partner').description('embedding partners (sites that embed the elements)');
  partnerCommand
    .command('secret-key')
    .description(
      'issue another secret key (sk_…) for a partner, shown once: to rotate, switch its server to it, then `vae key revoke` the old one (which ends the embed sessions the old one minted)',
    )
    .argument('<partner-id>', 'the partner’s id, as `vae partner create` printed it')
    .option('--json', 'print the new key and its id as one JSON object')
    .action(async (partnerId: string, options: { json?: boolean }) => {
      const config = configOrExit();
      const db = openDatabase(config);
      try {
        await migrateDatabase(db);
        const issued = await issuePartnerSecretKey(db, partnerId);
        if (options.json) {
          console.log(JSON.stringify({ keyId: issued.id, secretKey: issued.key }));
          return;
        }
        console.log(
          [
            `Secret key ${issued.id}`,
            `  secret key  ${issued.key}`,
            '',
            'The key is shown only now: only its hash is stored.',
          ].join('\n'),
        );
      } finally {
        db.close();
      }
    });
}
