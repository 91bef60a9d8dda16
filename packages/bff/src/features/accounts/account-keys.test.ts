import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../db/schema.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { revokeKey } from '../partners/service.js';
import { createAccount, issueAccountApiKey } from './service.js';

/** A candidacy id that exists nowhere: an authenticated admin gets 404, anyone else 401. */
const NO_CANDIDACY = '0190aaaa-0000-7000-8000-000000000000';

describe('issueAccountApiKey: a second key for the same account, to rotate', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const asAdmin = async (key: string) =>
    (
      await t.app.request(`/api/v1/admin/candidacies/${NO_CANDIDACY}`, {
        headers: { Authorization: `Bearer ${key}` },
      })
    ).status;

  it('authenticates as the account, and outlives the revoked first key', async () => {
    const account = await createAccount(t.db, { role: 'admin', name: 'Admin rotation' });
    const issued = await issueAccountApiKey(t.db, account.id);
    expect(issued.key).toMatch(/^vae_ak_/);
    expect(issued.id).not.toBe(account.apiKey.id);
    expect(await asAdmin(issued.key)).toBe(404);
    expect(await revokeKey(t.db, account.apiKey.key)).toBe(account.apiKey.id);
    expect(await asAdmin(account.apiKey.key)).toBe(401);
    expect(await asAdmin(issued.key)).toBe(404);
  });

  it('refuses an unknown or a disabled account', async () => {
    await expect(issueAccountApiKey(t.db, NO_CANDIDACY)).rejects.toThrow('No active account');
    const account = await createAccount(t.db, { role: 'admin', name: 'Admin parti' });
    await t.db.orm
      .update(accounts)
      .set({ disabledAt: '2026-03-01T00:00:00.000Z' })
      .where(eq(accounts.id, account.id));
    await expect(issueAccountApiKey(t.db, account.id)).rejects.toThrow('No active account');
  });
});
