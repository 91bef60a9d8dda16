import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createDatabase, type Database } from '../db/client.js';
import { createNamespace } from './sqld.js';

/** Set by the sqld global setup (vitest.sqld.config.ts): tests then run on a libSQL server. */
export const SQLD_URL_ENV = 'VAE_TEST_SQLD_URL';
export const SQLD_ADMIN_URL_ENV = 'VAE_TEST_SQLD_ADMIN_URL';

export interface SqldUnderTest {
  url: string;
  adminUrl: string;
}

/** The libSQL server this run targets, or null for embedded (file:) databases. */
export function sqldUnderTest(): SqldUnderTest | null {
  const url = process.env[SQLD_URL_ENV];
  const adminUrl = process.env[SQLD_ADMIN_URL_ENV];
  return url && adminUrl ? { url, adminUrl } : null;
}

/**
 * A fresh, empty database for one test: a file in `folder`, or, under `npm run test:sqld`,
 * a new namespace of the shared libSQL server.
 */
export async function openTestDatabase(folder: string, fileName = 'test.db'): Promise<Database> {
  const sqld = sqldUnderTest();
  if (!sqld) return createDatabase(`file:${join(folder, fileName)}`);
  const namespace = `t-${randomUUID()}`;
  await createNamespace(sqld.adminUrl, namespace);
  return createDatabase(sqld.url, { namespace });
}
