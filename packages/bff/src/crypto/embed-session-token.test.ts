import { describe, expect, it } from 'vitest';
import {
  type EmbedSessionClaims,
  signEmbedSession,
  verifyEmbedSession,
} from './embed-session-token.js';
import { tokenKindOf } from './secret-tokens.js';

const ids = {
  partner: '0193a0c4-1f2e-7a10-8b00-000000000001',
  candidacy: '0193a0c4-1f2e-7a10-8b00-000000000002',
  account: '0193a0c4-1f2e-7a10-8b00-000000000003',
  key: '0193a0c4-1f2e-7a10-8b00-000000000004',
  secretKey: '0193a0c4-1f2e-7a10-8b00-000000000005',
};

describe('embed session tokens', () => {
  it('round-trips the claims of both kinds, recognised by their prefix', () => {
    const claims: EmbedSessionClaims[] = [
      {
        kind: 'candidacy',
        partnerId: ids.partner,
        partnerKeyId: ids.secretKey,
        candidacyId: ids.candidacy,
        expiresAt: 1_800_000_000,
      },
      {
        kind: 'account',
        partnerId: ids.partner,
        partnerKeyId: ids.secretKey,
        accountId: ids.account,
        accountKeyId: ids.key,
        expiresAt: 1_800_000_000,
      },
    ];
    for (const claim of claims) {
      const token = signEmbedSession(claim, 'secret');
      expect(tokenKindOf(token)).toBe('embedSession');
      expect(token.length).toBeLessThanOrEqual(200);
      expect(verifyEmbedSession(token, 'secret')).toEqual(claim);
      expect(verifyEmbedSession(token, 'other secret')).toBeNull();
      expect(verifyEmbedSession(token, '')).toBeNull();
    }
  });

  it('refuses to sign without a secret, and another spelling of the same bytes', () => {
    const claim = {
      kind: 'candidacy',
      partnerId: ids.partner,
      partnerKeyId: ids.secretKey,
      candidacyId: ids.candidacy,
      expiresAt: 1_800_000_000,
    } as const;
    expect(() => signEmbedSession(claim, '')).toThrow();
    const token = signEmbedSession(claim, 'secret');
    // 86 bytes: the last character carries 2 unused bits that base64url decoders ignore.
    const last = token.at(-1) ?? '';
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sibling = alphabet[alphabet.indexOf(last) ^ 1] ?? '';
    expect(verifyEmbedSession(token.slice(0, -1) + sibling, 'secret')).toBeNull();
  });
});
