import { createPartner, migrateDatabase } from '@vae/bff';
import type { Command } from 'commander';
import { openDatabase } from '../server.js';
import { configOrExit } from './config-or-exit.js';

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerPartnerCreate(program: Command): void {
  const partnerCommand =
    program.commands.find((command) => command.name() === 'partner') ??
    program.command('partner').description('embedding partners (sites that embed the elements)');
  partnerCommand
    .command('create')
    .description('create a partner with its publishable (pk_…) and secret (sk_…) keys, shown once')
    .requiredOption('--name <name>', 'the partner’s name')
    .option(
      '--origin <origin>',
      'an allowed page origin, e.g. https://www.example.org (repeatable)',
      collect,
      [],
    )
    .option('--json', 'print what was created (ids and keys) as one JSON object')
    .action(async (options: { name: string; origin: string[]; json?: boolean }) => {
      const config = configOrExit();
      const db = openDatabase(config);
      try {
        await migrateDatabase(db);
        const partner = await createPartner(db, { name: options.name, origins: options.origin });
        if (options.json) {
          console.log(JSON.stringify(partner));
          return;
        }
        console.log(
          [
            `Partner ${partner.name} (${partner.id})`,
            `  origins          ${partner.origins.join(', ') || '(none: server-to-server only)'}`,
            `  publishable key  ${partner.publishableKey}`,
            `  secret key       ${partner.secretKey}`,
            '',
            'The keys are shown only now: only their hashes are stored.',
          ].join('\n'),
        );
      } finally {
        db.close();
      }
    });
}
