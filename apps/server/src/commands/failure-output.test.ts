import { join } from 'node:path';
import { createDatabase } from '@vae/bff';
import { describe, expect, it } from 'vitest';
import { runVae, tempDataDir } from '../test-support/server-process.js';
import { describeFailure } from './report-failure.js';

const EMAIL = 'jeanne.martin.secret@example.org';

async function run(args: string[], env: Record<string, string>) {
  const proc = runVae(args, env);
  const { code } = await proc.exited;
  return { code, output: proc.output() };
}

/** A migrated database whose table refuses every new row, as a failing write would. */
async function databaseRefusingWrites(table: string) {
  const dataDir = tempDataDir();
  const env = { DATA_DIR: dataDir, DATABASE_URL: `file:${join(dataDir, 'vae.db')}` };
  const migrated = await run(['migrate'], env);
  expect(migrated.code, migrated.output).toBe(0);
  const db = createDatabase(env.DATABASE_URL);
  try {
    await db.client.execute(
      `CREATE TRIGGER refuse_${table} BEFORE INSERT ON ${table}
       BEGIN SELECT RAISE(ABORT, 'writes refused by the test'); END`,
    );
  } finally {
    db.close();
  }
  return env;
}

describe('vae failures print the reason, never the values of a failed query', () => {
  it('vae account create: the SQL and the reason, without the e-mail or the key hash', async () => {
    const env = await databaseRefusingWrites('accounts');
    const { code, output } = await run(
      ['account', 'create', '--role', 'admin', '--name', 'Jeanne Martin', '--email', EMAIL],
      env,
    );
    expect(code).toBe(1);
    expect(output).toMatch(/^vae: Failed query: insert into "accounts"/m);
    expect(output).toContain('writes refused by the test');
    expect(output).not.toContain(EMAIL);
    expect(output).not.toContain('Jeanne Martin');
    expect(output).not.toMatch(/params:/);
  });

  it('vae account key: no key hash in the output of a refused insert', async () => {
    const env = await databaseRefusingWrites('api_keys');
    const created = await run(['account', 'create', '--role', 'admin', '--name', 'x'], env);
    // The account row is written, then its key is refused.
    expect(created.code).toBe(1);
    expect(created.output).not.toMatch(/params:|[0-9a-f]{64}/);
    const db = createDatabase(env.DATABASE_URL);
    const { rows } = await db.client.execute('SELECT id FROM accounts');
    db.close();
    const accountId = String(rows[0]?.['id']);
    const { code, output } = await run(['account', 'key', accountId], env);
    expect(code).toBe(1);
    expect(output).toMatch(/^vae: Failed query: insert into "api_keys"/m);
    expect(output).toContain('writes refused by the test');
    expect(output).not.toMatch(/params:|[0-9a-f]{64}|vae_ak_/);
  });

  it('keeps a wrapped failed query’s message without its values, and other messages whole', () => {
    const wrapped = new Error(
      `seed stopped: Failed query: insert into "x" values (?)\nparams: ${EMAIL}`,
    );
    expect(describeFailure(wrapped)).toBe('seed stopped: Failed query: insert into "x" values (?)');
    expect(describeFailure(new Error('A aap account needs --organism'))).toBe(
      'A aap account needs --organism',
    );
    expect(describeFailure('plain')).toBe('plain');
  });
});
