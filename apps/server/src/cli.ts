import { Command } from 'commander';
import { registerAccountCreate } from './commands/account-create.js';
import { registerAccountKey } from './commands/account-key.js';
import { registerBackup } from './commands/backup.js';
import { registerImportRncp } from './commands/import-rncp.js';
import { registerKeyRevoke } from './commands/key-revoke.js';
import { registerMigrate } from './commands/migrate.js';
import { registerPartnerCreate } from './commands/partner-create.js';
import { registerPartnerSecretKey } from './commands/partner-secret-key.js';
import { failAndExit } from './commands/report-failure.js';
import { registerRestore } from './commands/restore.js';
import { registerSeedScale } from './commands/seed-scale.js';
import { registerServe } from './commands/serve.js';

const program = new Command('vae')
  .description('vae-widgets server: the VAE API, the embeddable elements and the demo')
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Configuration comes from environment variables:
  PORT (8787), HOST (127.0.0.1), DATABASE_URL (file:./data/vae.db), DATABASE_AUTH_TOKEN,
  DATABASE_SYNC_URL (embedded replica), PUBLIC_URL, LOG_LEVEL (info), DATA_DIR (./data),
  TOKEN_SECRET (generated in DATA_DIR when absent), DATA_KEY (encrypts personal data at rest),
  TRUST_PROXY (false), ALLOWED_ORIGINS (comma-separated),
  DEMO_DATA (auto: seed the demo into an empty database only when PUBLIC_URL is local)`,
  );

// One line per command; each lives in commands/<name>.ts.
registerServe(program);
registerMigrate(program);
registerImportRncp(program);
registerPartnerCreate(program);
registerPartnerSecretKey(program);
registerAccountCreate(program);
registerAccountKey(program);
registerKeyRevoke(program);
registerSeedScale(program);
registerBackup(program);
registerRestore(program);

// Every failure, of a command or later in a running server, is printed through one filter.
process.on('uncaughtException', failAndExit).on('unhandledRejection', failAndExit);
await program.parseAsync(process.argv).catch(failAndExit);
