import type { Context } from 'hono';
import type { AppEnv } from '../../app-context.js';
import { verifyEmbedSession } from '../../crypto/embed-session-token.js';
import type { AccountScope, Principal } from '../../http/principal.js';
import { ProblemError } from '../../http/problem.js';
import { findAccount } from '../accounts/repository.js';
import { originsOfPartner } from '../partners/repository.js';
import { findLiveAccountKeyById, isLiveSecretKeyOfActivePartner } from './repository.js';

/**
 * The principal of an embed session token (`vae_es_…`): the candidate of its candidacy, or its
 * account with that account's own scope. Null (→ 401) when the signature fails, it has expired,
 * its partner was disabled, or a key it was minted with was revoked: the partner's secret key,
 * or the account's API key. Revoking a leaked key thus ends its sessions at once, not up to 15
 * minutes later. From a browser, the page's Origin must be one of the minting partner's: another
 * site cannot replay it (403). Without Origin (a server) it is judged on the token alone, as keys
 * are.
 */
export async function resolveEmbedSession(
  c: Context<AppEnv>,
  token: string,
): Promise<Principal | null> {
  const { db, clock, config } = c.get('deps');
  const claims = verifyEmbedSession(token, config.tokenSecret);
  if (!claims || clock.now().getTime() >= claims.expiresAt * 1000) return null;
  if (!(await isLiveSecretKeyOfActivePartner(db, claims.partnerKeyId, claims.partnerId))) {
    return null;
  }
  const origin = c.req.header('Origin');
  if (origin && !(await originsOfPartner(db, claims.partnerId)).includes(origin)) {
    throw new ProblemError(
      'forbidden',
      `Cette session a été ouverte pour un autre site que ${origin}.`,
      { extensions: { code: 'ORIGIN_NOT_ALLOWED' } },
    );
  }
  if (claims.kind === 'candidacy') return { kind: 'candidate', candidacyId: claims.candidacyId };
  const key = await findLiveAccountKeyById(db, claims.accountKeyId);
  const account = key?.accountId === claims.accountId ? await findAccount(db, key.accountId) : null;
  if (!key || !account || account.disabledAt || account.role === 'admin') return null;
  const scope: AccountScope = {
    id: account.id,
    role: account.role,
    name: account.name,
    organismId: account.organismId,
    aapSiteId: account.aapSiteId,
    certificateurId: account.certificateurId,
    departments: account.departments,
    certificationCodes: account.certificationCodes,
  };
  return { kind: 'account', keyId: key.id, account: scope };
}
