import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-context.js';
import { hashToken, sameDigest, type TokenKind, tokenKindOf } from '../crypto/secret-tokens.js';
import type { Database } from '../db/client.js';
import { findAccount } from '../features/accounts/repository.js';
import { findCandidacyIdByTrackingHash } from '../features/candidacies/repository.js';
import { resolveEmbedSession } from '../features/embed-sessions/resolve-session.js';
import { findActivePartner, findLiveKeyByHash } from '../features/partners/repository.js';
import type { AccountRole, AccountScope, Principal } from './principal.js';
import { ProblemError } from './problem.js';

/**
 * The OpenAPI security schemes of the API (merged into the document's components). Every
 * bearer credential has its own prefix; the schemes differ by who holds them.
 */
export const SECURITY_SCHEMES = {
  partnerKey: {
    type: 'apiKey',
    in: 'header',
    name: 'X-Vae-Partner',
    description:
      'Publishable key of the embedding partner (`pk_live_…`), also accepted as `?partner=` on GET. The request’s Origin must be in the partner’s allow-list.',
  },
  accountKey: {
    type: 'http',
    scheme: 'bearer',
    description: 'Professional account API key (`vae_ak_…`): AAP, certificateur or admin.',
  },
  trackingCode: {
    type: 'http',
    scheme: 'bearer',
    description: 'Candidate tracking code (`vae_tc_…`), given once when the candidacy is created.',
  },
  partnerSecretKey: {
    type: 'http',
    scheme: 'bearer',
    description: 'Partner secret key (`sk_live_…`): server to server only, never in a browser.',
  },
  embedSession: {
    type: 'http',
    scheme: 'bearer',
    description:
      'Embed session token (`vae_es_…`) minted by a partner’s server with POST /embed-sessions: 15 minutes, one candidacy or one professional account, only from that partner’s origins. Revoking the secret key (or account key) it was minted with ends it at once.',
  },
} as const;

type Resolver = (db: Database, token: string, c: Context<AppEnv>) => Promise<Principal | null>;

async function liveKey(db: Database, token: string, kind: 'secret' | 'account') {
  const hash = hashToken(token);
  const row = await findLiveKeyByHash(db, hash);
  if (!row || row.kind !== kind || !sameDigest(row.hash, hash)) return null;
  return row;
}

/**
 * One resolver per credential kind. Embed session tokens (`vae_es_…`) are signed, not stored:
 * features/embed-sessions checks them (and the page's Origin). Publishable keys are not bearer
 * credentials: they identify a partner, they do not authenticate anyone.
 */
const RESOLVERS: { readonly [K in TokenKind]: Resolver | null } = {
  publishable: null,
  embedSession: (_db, token, c) => resolveEmbedSession(c, token),
  trackingCode: async (db, token) => {
    const hash = hashToken(token);
    const found = await findCandidacyIdByTrackingHash(db, hash);
    if (!found || !sameDigest(found.hash, hash)) return null;
    return { kind: 'candidate', candidacyId: found.id };
  },
  secret: async (db, token) => {
    const row = await liveKey(db, token, 'secret');
    if (!row?.partnerId || !(await findActivePartner(db, row.partnerId))) return null;
    return { kind: 'partner', keyId: row.id, partnerId: row.partnerId };
  },
  account: async (db, token) => {
    const row = await liveKey(db, token, 'account');
    const account = row?.accountId ? await findAccount(db, row.accountId) : null;
    if (!row || !account || account.disabledAt) return null;
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
    return { kind: 'account', keyId: row.id, account: scope };
  },
};

function unauthorized(detail: string): ProblemError {
  return new ProblemError('unauthorized', detail, {
    headers: { 'WWW-Authenticate': 'Bearer realm="vae-widgets"' },
  });
}

/**
 * Reads `Authorization: Bearer …` and sets `principal`. No header: the request goes on
 * anonymous (the route's guard decides). A header with an unknown, revoked or malformed
 * credential is a 401 at once, whatever the route.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('Authorization');
    // Several routers may guard the same path: the credential is resolved once per request.
    if (header !== undefined && !c.get('principal')) {
      const token = /^Bearer ([\w-]{1,200})$/i.exec(header.trim())?.[1];
      const kind = token ? tokenKindOf(token) : null;
      const resolver = kind ? RESOLVERS[kind] : null;
      const principal = token && resolver ? await resolver(c.get('deps').db, token, c) : null;
      if (!principal)
        throw unauthorized('La clé ou le code fourni est inconnu, révoqué ou mal formé.');
      c.set('principal', principal);
    }
    await next();
  };
}

function principalOf(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw unauthorized('Une clé d’API ou un code de suivi est nécessaire.');
  return principal;
}

/** The candidacy of the tracking code; 401 without one, 403 for another kind of credential. */
export function candidateOf(c: Context<AppEnv>): { candidacyId: string } {
  const principal = principalOf(c);
  if (principal.kind !== 'candidate') {
    throw new ProblemError('forbidden', 'Cette action est réservée au candidat (code de suivi).');
  }
  return principal;
}

/** The calling account when its role is one of `roles`; 401 without a key, 403 otherwise. */
export function accountOf(c: Context<AppEnv>, roles: readonly AccountRole[]): AccountScope {
  const principal = principalOf(c);
  if (principal.kind !== 'account' || !roles.includes(principal.account.role)) {
    throw new ProblemError('forbidden', 'Votre compte ne permet pas cette action.');
  }
  return principal.account;
}

/** Route guard: authenticated with an account of one of these roles. */
export function requireAccount(...roles: AccountRole[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    accountOf(c, roles);
    await next();
  };
}

/** Route guard: authenticated with a candidate tracking code. */
export function requireCandidate(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    candidateOf(c);
    await next();
  };
}

export const AAP_ROLES = ['aap', 'aap-antenna'] as const satisfies readonly AccountRole[];
export const CERTIFICATEUR_ROLES = [
  'certificateur',
  'certificateur-local',
] as const satisfies readonly AccountRole[];
