import { uuidv7 } from 'uuidv7';
import { generateToken, hashToken, tokenHint, tokenKindOf } from '../../crypto/secret-tokens.js';
import type { Database } from '../../db/client.js';
import {
  findActivePartner,
  findLiveKeyByHash,
  insertKey,
  insertPartner,
  listKeys,
  revokeKeyById,
} from './repository.js';

/** An origin as browsers send it: scheme, host, optional port; no path, no trailing slash. */
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/;

export function normaliseOrigin(input: string): string | null {
  try {
    const url = new URL(input.trim());
    const origin = url.origin.toLowerCase();
    if (!ORIGIN.test(origin) || (url.pathname !== '/' && url.pathname !== '')) return null;
    return origin;
  } catch {
    return null;
  }
}

export interface CreatedPartner {
  id: string;
  name: string;
  origins: string[];
  /** Shown once: only their SHA-256 is kept. */
  publishableKey: string;
  secretKey: string;
  publishableKeyId: string;
  secretKeyId: string;
}

/**
 * Creates a partner and its two keys. `publishableKey` may be given (a well-known demo key):
 * publishable keys are public by design, only the secret key must be random.
 */
export async function createPartner(
  db: Database,
  input: { name: string; origins: readonly string[]; publishableKey?: string },
  now: Date = new Date(),
): Promise<CreatedPartner> {
  const name = input.name.trim();
  if (!name) throw new Error('A partner needs a name');
  const origins = [...new Set(input.origins.map(normaliseOrigin))];
  if (origins.some((origin) => origin === null)) {
    throw new Error('Origins must look like https://www.example.org (scheme, host, optional port)');
  }
  const at = now.toISOString();
  const id = uuidv7();
  if (input.publishableKey !== undefined && tokenKindOf(input.publishableKey) !== 'publishable') {
    throw new Error('A publishable key looks like pk_live_ followed by 32 characters');
  }
  const publishableKey = input.publishableKey ?? generateToken('publishable');
  const secretKey = generateToken('secret');
  const publishableKeyId = uuidv7();
  const secretKeyId = uuidv7();
  await insertPartner(db, { id, name, createdAt: at }, origins as string[], [
    keyRow(publishableKeyId, 'publishable', publishableKey, at, { partnerId: id }),
    keyRow(secretKeyId, 'secret', secretKey, at, { partnerId: id }),
  ]);
  return {
    id,
    name,
    origins: origins as string[],
    publishableKey,
    secretKey,
    publishableKeyId,
    secretKeyId,
  };
}

export interface IssuedKey {
  id: string;
  key: string;
}

/** A new API key for an account (accounts may hold several, to rotate without downtime). */
export async function issueAccountKey(
  db: Database,
  accountId: string,
  now: Date = new Date(),
): Promise<IssuedKey> {
  const key = generateToken('account');
  const id = uuidv7();
  await insertKey(db, keyRow(id, 'account', key, now.toISOString(), { accountId }));
  return { id, key };
}

/**
 * A new secret key for a partner, to rotate without downtime: its server switches to the new
 * key, then the old one is revoked (which ends the embed sessions the old one minted).
 */
export async function issuePartnerSecretKey(
  db: Database,
  partnerId: string,
  now: Date = new Date(),
): Promise<IssuedKey> {
  if (!(await findActivePartner(db, partnerId.trim()))) {
    throw new Error(`No active partner has the id ${partnerId}`);
  }
  const key = generateToken('secret');
  const id = uuidv7();
  await insertKey(
    db,
    keyRow(id, 'secret', key, now.toISOString(), { partnerId: partnerId.trim() }),
  );
  return { id, key };
}

/**
 * Revokes a key given its id or the key itself (whoever holds a leaked key can revoke it).
 * Returns the id revoked, or null when there was no live key.
 */
export async function revokeKey(
  db: Database,
  idOrKey: string,
  now: Date = new Date(),
): Promise<string | null> {
  let id = idOrKey.trim();
  if (tokenKindOf(id)) {
    const row = await findLiveKeyByHash(db, hashToken(id));
    if (!row) return null;
    id = row.id;
  }
  return (await revokeKeyById(db, id, now.toISOString())) ? id : null;
}

export { listKeys };

function keyRow(
  id: string,
  kind: 'publishable' | 'secret' | 'account',
  key: string,
  createdAt: string,
  owner: { partnerId?: string; accountId?: string },
) {
  return {
    id,
    kind,
    hash: hashToken(key),
    hint: tokenHint(key),
    partnerId: owner.partnerId ?? null,
    accountId: owner.accountId ?? null,
    createdAt,
  };
}
