import { createHmac } from 'node:crypto';
import type { Context } from 'hono';
import { getSignedCookie, setSignedCookie } from 'hono/cookie';

/** Sent back to the demo portal's routes only. */
const COOKIE = 'vae_demo_student_candidacy';
const COOKIE_PATH = '/demo-api';

/**
 * A key of its own, derived from the token secret: a cookie signature can never be replayed as
 * another signed value of the server (embed sessions), nor the other way round.
 */
function cookieKey(tokenSecret: string): string {
  return createHmac('sha256', tokenSecret).update('demo-portal student cookie').digest('base64url');
}

/**
 * Remembers, for this visitor only, the candidacy the demo student linked: what a real portal
 * keeps in its student's record. Signed (the visitor cannot name another candidacy), HttpOnly
 * (no page script reads it), SameSite=Strict (no other site's page sends it).
 */
export async function rememberLinkedCandidacy(
  c: Context,
  tokenSecret: string,
  candidacyId: string,
): Promise<void> {
  await setSignedCookie(c, COOKIE, candidacyId, cookieKey(tokenSecret), {
    path: COOKIE_PATH,
    httpOnly: true,
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
  });
}

/** The candidacy this visitor linked, when their cookie carries our signature; else null. */
export async function linkedCandidacyOf(c: Context, tokenSecret: string): Promise<string | null> {
  if (!tokenSecret) return null;
  const value = await getSignedCookie(c, cookieKey(tokenSecret), COOKIE);
  return typeof value === 'string' && value !== '' ? value : null;
}
