import { createHash, timingSafeEqual } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyEmbedSession } from '../../crypto/embed-session-token.js';
import { sameDigest } from '../../crypto/secret-tokens.js';
import {
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createAccount } from '../accounts/service.js';

/*
 * Timings are not measured (tests never assert on them): the behaviour that makes a check
 * constant-time is. Every presented secret is hashed first and looked up by its digest (no
 * comparison of the secret itself), and the decision compares equal-length digests or HMACs with
 * crypto.timingSafeEqual. The spy below records those comparisons; replacing one with `===`,
 * `Buffer.equals` or a comparison of the raw secret makes these tests fail.
 */
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});
const comparisons = vi.mocked(timingSafeEqual);

const sha256 = (secret: string) => createHash('sha256').update(secret, 'utf8').digest();

/** Whether some constant-time comparison set this secret's SHA-256 against the stored one. */
function comparedAsDigest(secret: string): boolean {
  const digest = sha256(secret);
  return comparisons.mock.calls.some(
    ([left, right]) =>
      Buffer.from(left as Uint8Array).equals(digest) &&
      Buffer.from(right as Uint8Array).equals(digest),
  );
}

/** Whether any comparison was handed the secret itself rather than its digest. */
function comparedInClear(secret: string): boolean {
  const clear = Buffer.from(secret, 'utf8');
  return comparisons.mock.calls.some(([left, right]) =>
    [left, right].some((side) => Buffer.from(side as Uint8Array).includes(clear)),
  );
}

describe('secrets are compared in constant time, as digests', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  let candidacy: { id: string; trackingCode: string };

  beforeAll(async () => {
    t = await createTestApp({}, { partner: false });
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
    candidacy = await lifecycleJourney(api, fx).submitted();
  }, 30_000);
  afterAll(() => t.close());
  // A function returned by beforeEach is a teardown: the block keeps the spy from becoming one.
  beforeEach(() => {
    comparisons.mockClear();
  });

  it('keeps no secret in clear: not in any table, not in the logs', async () => {
    const secrets = [
      candidacy.trackingCode,
      fx.partner.secretKey,
      fx.partner.publishableKey,
      ...Object.values(fx.keys),
    ];
    const tables = await t.db.client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    );
    expect(tables.rows.length).toBeGreaterThan(5);
    for (const { name } of tables.rows) {
      const rows = await t.db.client.execute(`SELECT * FROM "${String(name)}"`);
      const text = JSON.stringify(rows.rows);
      for (const secret of secrets) expect(text, String(name)).not.toContain(secret);
    }
    const stored = await t.db.client.execute({
      sql: 'SELECT tracking_code_hash FROM candidacies WHERE id = ?',
      args: [candidacy.id],
    });
    expect(stored.rows[0]?.['tracking_code_hash']).toBe(
      sha256(candidacy.trackingCode).toString('hex'),
    );
    const logs = JSON.stringify(t.logs);
    for (const secret of secrets) expect(logs).not.toContain(secret);
  });

  it('checks a tracking code by its digest, with timingSafeEqual', async () => {
    const read = await api.call('GET', '/candidate/candidacy', { bearer: candidacy.trackingCode });
    expect(read.status).toBe(200);
    expect(comparedAsDigest(candidacy.trackingCode)).toBe(true);
    expect(comparedInClear(candidacy.trackingCode)).toBe(false);

    // A code that differs in its last character only: its digest finds no row, so nothing of
    // the real code is ever compared, let alone up to the first differing character.
    comparisons.mockClear();
    const last = candidacy.trackingCode.at(-1) === 'A' ? 'B' : 'A';
    const nearMiss = `${candidacy.trackingCode.slice(0, -1)}${last}`;
    const refused = await api.call('GET', '/candidate/candidacy', { bearer: nearMiss });
    expect(refused.status).toBe(401);
    expect(comparedInClear(candidacy.trackingCode)).toBe(false);
    expect(comparedInClear(nearMiss)).toBe(false);
  });

  it('checks account, secret and publishable keys by their digests, with timingSafeEqual', async () => {
    expect((await api.call('GET', '/aap/candidacies', { bearer: fx.keys.aap })).status).toBe(200);
    expect(comparedAsDigest(fx.keys.aap)).toBe(true);

    const search = await api.call('GET', '/certifications?q=aide', {
      headers: { 'X-Vae-Partner': fx.partner.publishableKey },
    });
    expect(search.status).toBe(200);
    expect(comparedAsDigest(fx.partner.publishableKey)).toBe(true);

    // Minting for an account checks the secret key (bearer) and the account key (body).
    const antenna = await createAccount(t.db, {
      role: 'aap-antenna',
      name: 'Antenne A1 (intranet)',
      aapSiteId: 'site-a1',
    });
    comparisons.mockClear();
    const minted = await api.call('POST', '/embed-sessions', {
      bearer: fx.partner.secretKey,
      json: { scope: { kind: 'account', id: antenna.id, accountKey: antenna.apiKey.key } },
    });
    expect(minted.status).toBe(201);
    expect(comparedAsDigest(fx.partner.secretKey)).toBe(true);
    expect(comparedAsDigest(antenna.apiKey.key)).toBe(true);

    // Linking checks the candidate's tracking code, given in the body.
    comparisons.mockClear();
    const linked = await api.call('POST', '/embed-sessions/links', {
      bearer: fx.partner.secretKey,
      json: { candidacyId: candidacy.id, trackingCode: candidacy.trackingCode },
    });
    expect(linked.status).toBe(201);
    expect(comparedAsDigest(candidacy.trackingCode)).toBe(true);
    for (const secret of [fx.keys.aap, fx.partner.secretKey, candidacy.trackingCode]) {
      expect(comparedInClear(secret)).toBe(false);
    }
  });

  it('checks an embed session’s HMAC with timingSafeEqual, tampered or not', async () => {
    const minted = await api.call('POST', '/embed-sessions', {
      bearer: fx.partner.secretKey,
      json: { scope: { kind: 'candidacy', id: candidacy.id } },
    });
    const { token } = (await minted.json()) as { token: string };
    const bytes = Buffer.from(token.slice('vae_es_'.length), 'base64url');
    const signature = bytes.subarray(bytes.length - 32);
    const isSignaturePair = (left: unknown, right: unknown) =>
      Buffer.from(left as Uint8Array).length === 32 &&
      Buffer.from(right as Uint8Array).equals(signature);

    comparisons.mockClear();
    expect((await api.call('GET', '/candidate/candidacy', { bearer: token })).status).toBe(200);
    expect(comparisons.mock.calls.some(([l, r]) => isSignaturePair(l, r))).toBe(true);

    // The same claims with another signature: refused by the same constant-time comparison.
    const forged = Buffer.from(bytes);
    forged[forged.length - 20] = (forged[forged.length - 20] ?? 0) ^ 0xff;
    const tampered = `vae_es_${forged.toString('base64url')}`;
    comparisons.mockClear();
    expect(verifyEmbedSession(tampered, 'test-secret')).toBeNull();
    expect((await api.call('GET', '/candidate/candidacy', { bearer: tampered })).status).toBe(401);
    const forgedSignature = forged.subarray(forged.length - 32);
    expect(
      comparisons.mock.calls.some(
        ([l, r]) => isSignaturePair(l, r) && Buffer.from(l as Uint8Array).equals(forgedSignature),
      ),
    ).toBe(true);
  });

  it('compares digests of equal length only, whatever byte differs', () => {
    const digest = sha256('vae_tc_exemple').toString('hex');
    const flipped = (at: number) => {
      const bytes = Buffer.from(digest, 'hex');
      bytes[at] = (bytes[at] ?? 0) ^ 1;
      return bytes.toString('hex');
    };
    expect(sameDigest(digest, digest)).toBe(true);
    expect(sameDigest(digest, flipped(0))).toBe(false);
    expect(sameDigest(digest, flipped(31))).toBe(false);
    expect(sameDigest(digest, digest.slice(0, 62))).toBe(false);
    expect(sameDigest('', '')).toBe(false);
    // Every decision between equal lengths went through timingSafeEqual.
    expect(comparisons).toHaveBeenCalledTimes(3);
  });
});
