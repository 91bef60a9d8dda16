import {
  ACCOUNT_ROLES,
  type AccountRole,
  createAccount,
  createCertificateurAuthority,
  migrateDatabase,
} from '@vae/bff';
import { type Command, Option } from 'commander';
import { openDatabase } from '../server.js';
import { configOrExit } from './config-or-exit.js';

interface AccountOptions {
  role: AccountRole;
  name: string;
  email?: string;
  organism?: string;
  site?: string;
  certificateur?: string;
  structure?: string;
  departments?: string;
  certifications?: string;
  json?: boolean;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

export function registerAccountCreate(program: Command): void {
  const accountCommand =
    program.commands.find((command) => command.name() === 'account') ??
    program.command('account').description('professional accounts (AAP, certificateur, admin)');
  accountCommand
    .command('create')
    .description(
      'create a professional account and its API key (vae_ak_…, shown once). A certificateur account without --certificateur creates its authority from --name, --departments and --certifications.',
    )
    .addOption(
      new Option('--role <role>', 'the account’s role')
        .choices(ACCOUNT_ROLES)
        .makeOptionMandatory(),
    )
    .requiredOption('--name <name>', 'the account’s (or new authority’s) name')
    .option('--email <email>', 'contact e-mail')
    .option('--organism <id>', 'aap: the AAP organism')
    .option('--site <id>', 'aap-antenna: the AAP site')
    .option('--certificateur <id>', 'certificateur, certificateur-local: the authority')
    .option('--structure <name>', 'new authority: its structure (ministry, branch…)')
    .option('--departments <codes>', 'comma-separated department codes, or "all"')
    .option('--certifications <codes>', 'comma-separated RNCP/RS codes')
    .option('--json', 'print what was created (ids and key) as one JSON object')
    .action(async (options: AccountOptions) => {
      const config = configOrExit();
      const db = openDatabase(config);
      try {
        await migrateDatabase(db);
        const departments = options.departments === 'all' ? 'all' : list(options.departments);
        let certificateurId = options.certificateur ?? null;
        let createdAuthority: string | null = null;
        if (options.role === 'certificateur' && !certificateurId) {
          const authority = await createCertificateurAuthority(db, {
            name: options.name,
            structure: options.structure ?? options.name,
            contactEmail: options.email ?? null,
            departments,
            certificationCodes: list(options.certifications),
          });
          certificateurId = authority.id;
          createdAuthority = authority.id;
        }
        const account = await createAccount(db, {
          role: options.role,
          name: options.name,
          email: options.email ?? null,
          organismId: options.organism ?? null,
          aapSiteId: options.site ?? null,
          certificateurId,
          departments: options.role === 'certificateur-local' ? departments : null,
          certificationCodes:
            options.role === 'certificateur-local' ? list(options.certifications) : null,
        });
        const created = {
          id: account.id,
          role: account.role,
          name: account.name,
          keyId: account.apiKey.id,
          apiKey: account.apiKey.key,
          ...(createdAuthority ? { certificateurId: createdAuthority } : {}),
        };
        if (options.json) {
          console.log(JSON.stringify(created));
          return;
        }
        console.log(
          [
            `Account ${created.name} (${created.role}, ${created.id})`,
            ...(createdAuthority ? [`  certificateur  ${createdAuthority}`] : []),
            `  API key        ${created.apiKey}   (key id ${created.keyId})`,
            '',
            'The key is shown only now: only its hash is stored.',
          ].join('\n'),
        );
      } finally {
        db.close();
      }
    });
}
