import type { AppDependencies } from '../../app-context.js';
import { type EmbedSessionClaims, signEmbedSession } from '../../crypto/embed-session-token.js';
import { hashToken, sameDigest } from '../../crypto/secret-tokens.js';
import { ProblemError } from '../../http/problem.js';
import { findAccount } from '../accounts/repository.js';
import { findLiveKeyByHash } from '../partners/repository.js';
import { findCandidacyLink, findCandidacyOwnership, insertCandidacyLink } from './repository.js';
import type { CreateEmbedSession, LinkCandidacy } from './schemas.js';

/** Sessions last 15 minutes: the element renews them through `fetchSessionToken`. */
export const EMBED_SESSION_SECONDS = 15 * 60;

type Deps = Pick<AppDependencies, 'db' | 'clock' | 'config'>;

export interface MintedSession {
  token: string;
  /** ISO 8601, UTC. */
  expiresAt: string;
}

const notLinked = () =>
  new ProblemError(
    'forbidden',
    'Ce partenaire ne peut ouvrir de session que pour une candidature qu’il a créée ou reliée (POST /embed-sessions/links).',
    { extensions: { code: 'CANDIDACY_NOT_LINKED' } },
  );

const accountNotProven = () =>
  new ProblemError(
    'forbidden',
    'La clé de compte fournie n’est pas une clé active de ce compte professionnel.',
    { extensions: { code: 'ACCOUNT_NOT_PROVEN' } },
  );

/**
 * A candidacy is the partner's to open when it created it or linked it. An unknown id gets the
 * same answer as another partner's candidacy, so the endpoint tells nothing about which ids exist.
 */
async function assertCandidacyOfPartner(deps: Deps, partnerId: string, candidacyId: string) {
  const owner = await findCandidacyOwnership(deps.db, candidacyId);
  if (!owner) throw notLinked();
  if (owner.partnerId === partnerId) return;
  if (!(await findCandidacyLink(deps.db, partnerId, candidacyId))) throw notLinked();
}

/**
 * The account key the partner presented must be a live key of that very account. A partner
 * holding it could already act as the account server-side: the session only hands a browser a
 * 15-minute, origin-bound subset of that power. Admin accounts are never embedded.
 */
async function proveAccountKey(deps: Deps, accountId: string, accountKey: string) {
  const hash = hashToken(accountKey);
  const key = await findLiveKeyByHash(deps.db, hash);
  if (key?.kind !== 'account' || key.accountId !== accountId || !sameDigest(key.hash, hash)) {
    throw accountNotProven();
  }
  const account = await findAccount(deps.db, accountId);
  if (!account || account.disabledAt) throw accountNotProven();
  if (account.role === 'admin') {
    throw new ProblemError(
      'forbidden',
      'Un compte administrateur ne s’intègre pas dans une page.',
      {
        extensions: { code: 'ACCOUNT_NOT_EMBEDDABLE' },
      },
    );
  }
  return key.id;
}

/** A partner as its secret key authenticated it: the key is named in the sessions it mints. */
export interface MintingPartner {
  readonly partnerId: string;
  /** The id of the secret key the request carried. */
  readonly keyId: string;
}

/** Mints a signed session token for one subject, for a partner authenticated by its secret key. */
export async function mintEmbedSession(
  deps: Deps,
  { partnerId, keyId: partnerKeyId }: MintingPartner,
  { scope }: CreateEmbedSession,
): Promise<MintedSession> {
  if (!deps.config.tokenSecret) {
    throw new ProblemError('unavailable', 'Les sessions intégrées ne sont pas configurées.');
  }
  const expiresAt = Math.floor(deps.clock.now().getTime() / 1000) + EMBED_SESSION_SECONDS;
  let claims: EmbedSessionClaims;
  if (scope.kind === 'candidacy') {
    await assertCandidacyOfPartner(deps, partnerId, scope.id);
    claims = { kind: 'candidacy', partnerId, partnerKeyId, candidacyId: scope.id, expiresAt };
  } else {
    const accountKeyId = await proveAccountKey(deps, scope.id, scope.accountKey);
    claims = {
      kind: 'account',
      partnerId,
      partnerKeyId,
      accountId: scope.id,
      accountKeyId,
      expiresAt,
    };
  }
  return {
    token: signEmbedSession(claims, deps.config.tokenSecret),
    expiresAt: new Date(expiresAt * 1000).toISOString(),
  };
}

/**
 * Links a candidacy created elsewhere (directly, or through another partner) to this partner,
 * proven by its tracking code: only the candidate holds it, so the candidate consents by
 * handing it over. Idempotent: linking again keeps the first date.
 */
export async function linkCandidacy(
  deps: Deps,
  partnerId: string,
  input: LinkCandidacy,
): Promise<{ candidacyId: string; linkedAt: string; created: boolean }> {
  const owner = await findCandidacyOwnership(deps.db, input.candidacyId);
  const hash = hashToken(input.trackingCode);
  if (!owner || !sameDigest(owner.trackingCodeHash, hash)) {
    throw new ProblemError(
      'notFound',
      'Aucune candidature ne correspond à cet identifiant et à ce code de suivi.',
    );
  }
  const linkedAt = deps.clock.now().toISOString();
  const created = await insertCandidacyLink(deps.db, {
    partnerId,
    candidacyId: input.candidacyId,
    linkedAt,
  });
  if (created) return { candidacyId: input.candidacyId, linkedAt, created };
  const existing = await findCandidacyLink(deps.db, partnerId, input.candidacyId);
  return { candidacyId: input.candidacyId, linkedAt: existing?.linkedAt ?? linkedAt, created };
}
