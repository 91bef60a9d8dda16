import { createHmac, timingSafeEqual } from 'node:crypto';
import { EMBED_SESSION_BODY, TOKEN_PREFIXES } from './secret-tokens.js';

/**
 * What an embed session token says: who minted it with which secret key, for which subject,
 * until when. A session dies with either key that minted it: the partner's secret key, and for
 * an account the account's API key.
 */
export type EmbedSessionClaims =
  | {
      readonly kind: 'candidacy';
      readonly partnerId: string;
      /** The partner secret key that minted the session: revoking it ends the session. */
      readonly partnerKeyId: string;
      readonly candidacyId: string;
      /** Unix time in seconds. */
      readonly expiresAt: number;
    }
  | {
      readonly kind: 'account';
      readonly partnerId: string;
      readonly partnerKeyId: string;
      readonly accountId: string;
      /** The account API key the partner proved at minting: revoking it ends the session. */
      readonly accountKeyId: string;
      readonly expiresAt: number;
    };

/*
 * Layout, before base64url: version (1 byte), kind (1), expiry in Unix seconds (4, big-endian),
 * partner id (16), partner secret key id (16), subject id (16), for accounts the account key id
 * (16), then the HMAC-SHA256 of all that (32): a fixed-length tail, since the token format allows
 * no separator. Ids are UUIDs kept as their 16 bytes so the token stays short (115 or 136
 * characters). Version 2 added the secret key id; a version 1 token is refused (it lived 15
 * minutes at most, and the elements renew a refused session).
 */
const VERSION = 2;
const KIND_CODES = { candidacy: 1, account: 2 } as const;
const SIGNATURE_BYTES = 32;
const HEADER_BYTES = 6;
const PAYLOAD_BYTES = { candidacy: HEADER_BYTES + 48, account: HEADER_BYTES + 64 } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The signing key, derived from the app's token secret for this one use: the same secret also
 * derives the personal-data key, and a key must never serve two purposes.
 */
function signingKey(tokenSecret: string): Buffer {
  return createHmac('sha256', tokenSecret).update('vae-widgets embed session v1').digest();
}

function sign(payload: Buffer, tokenSecret: string): Buffer {
  return createHmac('sha256', signingKey(tokenSecret)).update(payload).digest();
}

function uuidBytes(id: string): Buffer {
  if (!isUuid(id)) throw new Error(`Embed sessions name subjects by UUID, not ${id}`);
  return Buffer.from(id.replaceAll('-', ''), 'hex');
}

function uuidOf(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A signed token for these claims. The secret must not be empty (nothing would be signed). */
export function signEmbedSession(claims: EmbedSessionClaims, tokenSecret: string): string {
  if (!tokenSecret) throw new Error('Embed sessions need a token secret');
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt8(VERSION, 0);
  header.writeUInt8(KIND_CODES[claims.kind], 1);
  header.writeUInt32BE(claims.expiresAt, 2);
  const ids =
    claims.kind === 'candidacy'
      ? [claims.partnerId, claims.partnerKeyId, claims.candidacyId]
      : [claims.partnerId, claims.partnerKeyId, claims.accountId, claims.accountKeyId];
  const payload = Buffer.concat([header, ...ids.map(uuidBytes)]);
  const body = Buffer.concat([payload, sign(payload, tokenSecret)]).toString('base64url');
  return `${TOKEN_PREFIXES.embedSession}${body}`;
}

/**
 * The claims of a token whose signature holds, whatever its expiry (the caller compares it with
 * its clock); null for anything malformed, tampered with or signed with another secret.
 */
export function verifyEmbedSession(token: string, tokenSecret: string): EmbedSessionClaims | null {
  if (!tokenSecret || !token.startsWith(TOKEN_PREFIXES.embedSession)) return null;
  const body = token.slice(TOKEN_PREFIXES.embedSession.length);
  if (!EMBED_SESSION_BODY.test(body)) return null;
  const bytes = Buffer.from(body, 'base64url');
  // Base64url lets a last character's unused bits vary: one token, one spelling.
  if (bytes.toString('base64url') !== body) return null;
  const payload = bytes.subarray(0, bytes.length - SIGNATURE_BYTES);
  const signature = bytes.subarray(bytes.length - SIGNATURE_BYTES);
  const expected = sign(payload, tokenSecret);
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return null;
  if (payload.readUInt8(0) !== VERSION) return null;
  const kind = payload.readUInt8(1);
  const expiresAt = payload.readUInt32BE(2);
  const id = (index: number) =>
    uuidOf(payload.subarray(HEADER_BYTES + index * 16, HEADER_BYTES + (index + 1) * 16));
  if (kind === KIND_CODES.candidacy && payload.length === PAYLOAD_BYTES.candidacy) {
    return {
      kind: 'candidacy',
      partnerId: id(0),
      partnerKeyId: id(1),
      candidacyId: id(2),
      expiresAt,
    };
  }
  if (kind === KIND_CODES.account && payload.length === PAYLOAD_BYTES.account) {
    return {
      kind: 'account',
      partnerId: id(0),
      partnerKeyId: id(1),
      accountId: id(2),
      accountKeyId: id(3),
      expiresAt,
    };
  }
  return null;
}
