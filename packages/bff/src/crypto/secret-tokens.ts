import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Every credential this API issues, told apart by its prefix so a leaked one is recognisable
 * (secret scanners, logs) and the auth middleware knows which table to look in before any query.
 */
export const TOKEN_PREFIXES = {
  publishable: 'pk_live_',
  secret: 'sk_live_',
  account: 'vae_ak_',
  trackingCode: 'vae_tc_',
  embedSession: 'vae_es_',
} as const;

export type TokenKind = keyof typeof TOKEN_PREFIXES;

/** 24 random bytes = 192 bits, well above the 128 the security model asks for. */
const TOKEN_BYTES = 24;
/** base64url of 24 bytes is exactly 32 characters, no padding. */
const TOKEN_BODY = /^[A-Za-z0-9_-]{32}$/;
/**
 * Embed session tokens are not random but signed claims (crypto/embed-session-token.ts): their
 * body is longer, one length per kind of subject.
 */
export const EMBED_SESSION_BODY = /^(?:[A-Za-z0-9_-]{115}|[A-Za-z0-9_-]{136})$/;
const BODY_OF: { readonly [K in TokenKind]: RegExp } = {
  publishable: TOKEN_BODY,
  secret: TOKEN_BODY,
  account: TOKEN_BODY,
  trackingCode: TOKEN_BODY,
  embedSession: EMBED_SESSION_BODY,
};

/** A new random credential of a kind: its prefix then 32 base64url characters. */
export function generateToken(kind: TokenKind): string {
  return `${TOKEN_PREFIXES[kind]}${randomBytes(TOKEN_BYTES).toString('base64url')}`;
}

/** The kind of a presented credential, or null when it is none of ours (no query is made for it). */
export function tokenKindOf(token: string): TokenKind | null {
  for (const [kind, prefix] of Object.entries(TOKEN_PREFIXES) as [TokenKind, string][]) {
    if (token.startsWith(prefix) && BODY_OF[kind].test(token.slice(prefix.length))) return kind;
  }
  return null;
}

/**
 * SHA-256 of the credential, hex. A fast hash is the right tool here: slow password hashes
 * (scrypt, argon2) exist to stop brute force on low-entropy secrets chosen by people; these are
 * 192 random bits, which no amount of hashing speed makes guessable, and a fast hash keeps the
 * per-request lookup cheap. The hash alone is stored, so a database leak gives no usable key.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Constant-time comparison of two hex digests. Rows are found by an indexed lookup on the hash
 * (which leaks nothing useful: an attacker would need a preimage); this second check makes the
 * decision itself independent of where two values first differ.
 */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

/** What may be shown of a key after its creation: the prefix and four characters, to recognise it. */
export function tokenHint(token: string): string {
  const kind = tokenKindOf(token);
  const prefix = kind ? TOKEN_PREFIXES[kind] : '';
  return `${prefix}${token.slice(prefix.length, prefix.length + 4)}…`;
}
