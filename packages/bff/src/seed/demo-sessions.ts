import { and, asc, eq, isNull } from 'drizzle-orm';
import type { AppDependencies } from '../app-context.js';
import { signEmbedSession } from '../crypto/embed-session-token.js';
import { hashToken } from '../crypto/secret-tokens.js';
import { accounts, apiKeys, candidacies, candidates } from '../db/schema.js';
import {
  EMBED_SESSION_SECONDS,
  type MintedSession,
  type MintingPartner,
  mintEmbedSession,
} from '../features/embed-sessions/service.js';
import { findLiveKeyByHash } from '../features/partners/repository.js';
import { ProblemError } from '../http/problem.js';
import { DEMO_PUBLISHABLE_KEY } from './seed-access.js';
import { DEMO_STUDENT_EMAIL } from './seed-candidacies.js';

type Deps = Pick<AppDependencies, 'db' | 'clock' | 'config'>;

/** Who the demo university portal signs in: its student, or a member of its staff. */
export type DemoSessionSubject = 'student' | 'aap' | 'certificateur';

const unavailable = () =>
  new ProblemError('notFound', 'Les données de démonstration ne sont pas en place.');

/**
 * The demo partner and its oldest live secret key: the key its server would authenticate with,
 * named in the sessions (revoking it ends them, as for any partner).
 */
export async function demoPartner(deps: Deps): Promise<MintingPartner> {
  const key = await findLiveKeyByHash(deps.db, hashToken(DEMO_PUBLISHABLE_KEY));
  if (!key?.partnerId) throw unavailable();
  const [secret] = await deps.db.orm
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(
      and(
        eq(apiKeys.partnerId, key.partnerId),
        eq(apiKeys.kind, 'secret'),
        isNull(apiKeys.revokedAt),
      ),
    )
    .orderBy(asc(apiKeys.createdAt))
    .limit(1);
  if (!secret) throw unavailable();
  return { partnerId: key.partnerId, keyId: secret.id };
}

/**
 * An embed session of the demo partner, minted inside the server for the demo pages (the demo
 * plays the partner's server, which would call POST /embed-sessions with its secret key). The
 * student's session goes through the very service of that endpoint. The staff sessions carry
 * the same claims the endpoint signs once the account key is proven: the demo holds no account
 * key (they are shown once at the first start), so it names the account's oldest live key.
 */
export async function mintDemoSession(
  deps: Deps,
  subject: DemoSessionSubject,
): Promise<MintedSession> {
  const partner = await demoPartner(deps);
  const { partnerId } = partner;
  if (subject === 'student') {
    const [row] = await deps.db.orm
      .select({ id: candidacies.id })
      .from(candidacies)
      .innerJoin(candidates, eq(candidates.id, candidacies.candidateId))
      .where(and(eq(candidates.email, DEMO_STUDENT_EMAIL), eq(candidacies.partnerId, partnerId)))
      .orderBy(asc(candidacies.createdAt))
      .limit(1);
    if (!row) throw unavailable();
    return mintEmbedSession(deps, partner, { scope: { kind: 'candidacy', id: row.id } });
  }
  const [account] = await deps.db.orm
    .select({ id: accounts.id, keyId: apiKeys.id })
    .from(accounts)
    .innerJoin(apiKeys, eq(apiKeys.accountId, accounts.id))
    .where(and(eq(accounts.role, subject), isNull(accounts.disabledAt), isNull(apiKeys.revokedAt)))
    .orderBy(asc(accounts.createdAt), asc(apiKeys.createdAt))
    .limit(1);
  if (!account) throw unavailable();
  if (!deps.config.tokenSecret) {
    throw new ProblemError('unavailable', 'Les sessions intégrées ne sont pas configurées.');
  }
  const expiresAt = Math.floor(deps.clock.now().getTime() / 1000) + EMBED_SESSION_SECONDS;
  return {
    token: signEmbedSession(
      {
        kind: 'account',
        partnerId,
        partnerKeyId: partner.keyId,
        accountId: account.id,
        accountKeyId: account.keyId,
        expiresAt,
      },
      deps.config.tokenSecret,
    ),
    expiresAt: new Date(expiresAt * 1000).toISOString(),
  };
}
