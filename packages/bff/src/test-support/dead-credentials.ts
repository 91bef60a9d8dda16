import { expect } from 'vitest';
import { createAccount } from '../features/accounts/service.js';
import { issuePartnerSecretKey, revokeKey } from '../features/partners/service.js';
import type { Role } from './authorization-routes.js';
import type { LifecycleFixtures, lifecycleClient, TestResponse } from './lifecycle-fixtures.js';
import type { TestApp } from './test-app.js';

type Client = ReturnType<typeof lifecycleClient>;

/** A credential that worked once and no longer does, named for the test's messages. */
export interface DeadCredential {
  readonly label: string;
  readonly token: string;
}

/** The same scope as the fixtures' own-scope key of each role (authorization-routes.ts OWN). */
function ownScopeAccount(fx: LifecycleFixtures, role: Role): Parameters<typeof createAccount>[1] {
  switch (role) {
    case 'aap':
      return { role: 'aap', name: 'AAP A (clé révoquée)', organismId: 'org-a' };
    case 'antenna':
      return { role: 'aap-antenna', name: 'Antenne A1 (clé révoquée)', aapSiteId: 'site-a1' };
    case 'certificateur':
      return {
        role: 'certificateur',
        name: 'Ministère (clé révoquée)',
        certificateurId: fx.certificateurs.national,
      };
    case 'local':
      return {
        role: 'certificateur-local',
        name: 'Unité 75 (clé révoquée)',
        certificateurId: fx.certificateurs.national,
        departments: ['75'],
        certificationCodes: ['RNCP35830'],
      };
    case 'admin':
      return { role: 'admin', name: 'Opérateur (clé révoquée)' };
  }
}

/** A read every account of the role may make: the proof that a credential works before it dies. */
function probePath(role: Role, candidacyId: string): string {
  if (role === 'admin') return `/admin/candidacies/${candidacyId}`;
  return role === 'aap' || role === 'antenna'
    ? `/aap/candidacies/${candidacyId}`
    : `/certificateur/candidacies/${candidacyId}`;
}

async function expectWorks(api: Client, path: string, token: string, label: string) {
  const res: TestResponse = await api.call('GET', path, { bearer: token });
  expect(res.status, `${label} should work before it dies: ${await res.clone().text()}`).toBe(200);
}

/**
 * The credentials of the authorisation tests that must be refused with 401 on every route, each
 * proven to work on a read of its own scope first: revoked account API keys (revoked as
 * `vae key revoke` does), and embed sessions, as accounts and as the candidate, whose account
 * key or minting partner secret key was revoked since. `expiring`: live sessions that are only
 * refused once the clock reaches their expiry.
 */
export async function deadCredentials(
  t: TestApp,
  api: Client,
  fx: LifecycleFixtures,
  candidacyId: string,
): Promise<{ revoked: DeadCredential[]; expiring: DeadCredential[]; expiresAt: Date }> {
  const mint = async (scope: unknown, secretKey: string) => {
    const res = await api.call('POST', '/embed-sessions', {
      bearer: secretKey,
      json: { scope },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as { token: string; expiresAt: string };
  };
  const roles: Role[] = ['aap', 'antenna', 'certificateur', 'local', 'admin'];
  const rotatedSecret = await issuePartnerSecretKey(t.db, fx.partner.id);
  const revoked: DeadCredential[] = [];
  const expiring: DeadCredential[] = [];
  const toRevoke: string[] = [rotatedSecret.id];
  let expiresAt = '';

  for (const role of roles) {
    const probe = probePath(role, candidacyId);
    const keyToRevoke = await createAccount(t.db, ownScopeAccount(fx, role));
    await expectWorks(api, probe, keyToRevoke.apiKey.key, `${role} key`);
    // Revoked by the key itself, as `vae key revoke vae_ak_…` does.
    toRevoke.push(keyToRevoke.apiKey.key);
    revoked.push({ label: `revoked ${role} account key`, token: keyToRevoke.apiKey.key });
    // Admin accounts are never embedded: they have keys only.
    if (role === 'admin') continue;

    const live = await createAccount(t.db, ownScopeAccount(fx, role));
    const scope = (account: typeof live) => ({
      kind: 'account',
      id: account.id,
      accountKey: account.apiKey.key,
    });
    const liveSession = await mint(scope(live), fx.partner.secretKey);
    await expectWorks(api, probe, liveSession.token, `${role} session`);
    expiring.push({ label: `${role} session`, token: liveSession.token });
    expiresAt = liveSession.expiresAt;

    const ofRevokedAccountKey = await mint(scope(keyToRevoke), fx.partner.secretKey);
    await expectWorks(api, probe, ofRevokedAccountKey.token, `${role} session`);
    revoked.push({
      label: `${role} session whose account key was revoked`,
      token: ofRevokedAccountKey.token,
    });

    const ofRevokedSecretKey = await mint(scope(live), rotatedSecret.key);
    await expectWorks(api, probe, ofRevokedSecretKey.token, `${role} session`);
    revoked.push({
      label: `${role} session whose partner secret key was revoked`,
      token: ofRevokedSecretKey.token,
    });
  }

  const candidate = { kind: 'candidacy', id: candidacyId };
  const candidateSession = await mint(candidate, fx.partner.secretKey);
  await expectWorks(api, '/candidate/candidacy', candidateSession.token, 'candidate session');
  expiring.push({ label: 'candidate session', token: candidateSession.token });
  const candidateOfRevokedSecret = await mint(candidate, rotatedSecret.key);
  await expectWorks(api, '/candidate/candidacy', candidateOfRevokedSecret.token, 'candidate');
  revoked.push({
    label: 'candidate session whose partner secret key was revoked',
    token: candidateOfRevokedSecret.token,
  });

  for (const idOrKey of toRevoke) expect(await revokeKey(t.db, idOrKey)).not.toBeNull();
  return { revoked, expiring, expiresAt: new Date(expiresAt) };
}
