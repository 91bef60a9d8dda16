export { type App, type AppType, createApp } from './app.js';
export {
  type AppConfig,
  type AppDependencies,
  type Clock,
  defaultAppConfig,
  type Logger,
  silentLogger,
  systemClock,
} from './app-context.js';
export {
  createDatabase,
  type Database,
  type DatabaseOptions,
  isSupportedDatabaseUrl,
} from './db/client.js';
export { migrateDatabase } from './db/migrate.js';
export type { ProblemDetails } from './http/problem.js';
export * from './importers/rncp/index.js';
