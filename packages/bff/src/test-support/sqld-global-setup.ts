import { type RunningSqld, startSqld } from './sqld.js';
import { SQLD_ADMIN_URL_ENV, SQLD_URL_ENV } from './test-database.js';

let sqld: RunningSqld | undefined;

/** Vitest global setup of `npm run test:sqld`: one server, one namespace per test database. */
export async function setup(): Promise<void> {
  sqld = await startSqld({ namespaces: true });
  // Test workers are started after this and inherit the environment.
  process.env[SQLD_URL_ENV] = sqld.url;
  process.env[SQLD_ADMIN_URL_ENV] = sqld.adminUrl;
}

export async function teardown(): Promise<void> {
  await sqld?.stop();
}
