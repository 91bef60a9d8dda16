import type { Command } from 'commander';
import { createLogger } from '../logger.js';
import { startServer } from '../server.js';
import { configOrExit, redactUrl } from './config-or-exit.js';

export function registerServe(program: Command): void {
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
}
