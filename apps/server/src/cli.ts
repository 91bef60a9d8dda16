import { migrateDatabase } from '@vae/bff';
import { Command } from 'commander';
import { loadConfig, type ServerConfig } from './config.js';
import { createLogger } from './logger.js';
import { openDatabase, startServer } from './server.js';

/** Reads the environment or exits with one line per bad variable. */
function configOrExit(): ServerConfig {
  const result = loadConfig(process.env);
  if (!result.ok) {
    console.error(`vae: invalid configuration\n${result.errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exit(2);
  }
  return result.config;
}

const program = new Command('vae')
  .description('vae-widgets server: the VAE API, the embeddable elements and the demo')
  .showHelpAfterError()
  .addHelpText(
    'after',
    `
Configuration comes from environment variables:
  PORT (8787), HOST (127.0.0.1), DATABASE_URL (file:./data/vae.db), DATABASE_AUTH_TOKEN,
  DATABASE_SYNC_URL (embedded replica), PUBLIC_URL, LOG_LEVEL (info), DATA_DIR (./data),
  TOKEN_SECRET (generated in DATA_DIR when absent), ALLOWED_ORIGINS (comma-separated)`,
  );

program
  .command('serve')
  .description('apply pending migrations, then serve the API, /widgets and the demo')
  .action(async () => {
    const config = configOrExit();
    const logger = createLogger(config.logLevel);
    const server = await startServer(config, logger);
    logger.info({ url: server.url, database: redactUrl(config.databaseUrl) }, 'listening');
    if (process.stdout.isTTY) console.log(`\n  vae-widgets is running on ${config.publicUrl}\n`);
    const stop = async (signal: string) => {
      logger.info({ signal }, 'stopping');
      await server.close();
      logger.info({}, 'stopped');
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  });

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

/** Database URLs may carry credentials in their query string: never print them. */
function redactUrl(url: string): string {
  return url.replace(/\?.*$/, '');
}

await program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`vae: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
