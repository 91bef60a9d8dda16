import { READ_TIMEOUT_MS } from './tracker-api.js';
import { readTrackingCode, saveTrackingCode } from './tracking-code-store.js';

/** What `fetchSessionToken` resolves to: the token, optionally with its expiry (ISO 8601). */
export type SessionTokenAnswer = string | { token: string; expiresAt?: string };

/**
 * What the host element gives: its `session-token`, `fetchSessionToken` and `trackingCode`,
 * read when needed.
 */
export interface CredentialSource {
  sessionToken: string | undefined;
  trackingCode: string | undefined;
  fetchSessionToken: (() => Promise<SessionTokenAnswer>) | undefined;
}

/** Renew a session token this long before its announced expiry. */
const RENEW_MARGIN_MS = 60_000;

/**
 * The bearer the tracker reads with: an embed session token (the host's, or one
 * `fetchSessionToken` gave, renewed when refused or about to expire), else the tracking code
 * the host page gave, else the one the candidate typed in this tab.
 */
export class TrackerCredential {
  readonly #source: CredentialSource;
  #trackingCode: string | null = readTrackingCode();
  /** The token `fetchSessionToken` gave last, and when it expires (0: not said). */
  #renewedToken: string | null = null;
  #expiresAt = 0;
  /** The `session-token` the API refused: not sent again until the host sets another one. */
  #refusedToken: string | null = null;
  /** The host's `trackingCode` the API refused: not sent again until the host sets another. */
  #refusedCode: string | null = null;

  constructor(source: CredentialSource) {
    this.#source = source;
  }

  /** True when the code the candidate typed is in use (they may then forget it). */
  get usesTypedCode(): boolean {
    return (
      !this.#sessionToken() &&
      !this.#source.fetchSessionToken &&
      !this.#hostCode() &&
      this.#trackingCode !== null
    );
  }

  /** True when the element works with session tokens rather than a tracking code. */
  get usesSessionTokens(): boolean {
    return Boolean(this.#sessionToken() || this.#source.fetchSessionToken);
  }

  /** The bearer to send now, renewing the session token first when there is none or it is due. */
  async current(signal: AbortSignal): Promise<string | null> {
    const due = this.#expiresAt > 0 && Date.now() > this.#expiresAt - RENEW_MARGIN_MS;
    if (this.#source.fetchSessionToken && (!this.#sessionToken() || due)) await this.renew(signal);
    return this.#sessionToken() ?? this.#hostCode() ?? this.#trackingCode;
  }

  /** Asks `fetchSessionToken` for a new token; false when there is none to be had. */
  async renew(signal: AbortSignal): Promise<boolean> {
    const fetchToken = this.#source.fetchSessionToken;
    if (!fetchToken) return false;
    try {
      const answer = await withTimeout(fetchToken(), READ_TIMEOUT_MS);
      if (signal.aborted) return false;
      const token = typeof answer === 'string' ? answer : answer?.token;
      const expiresAt =
        typeof answer === 'string' ? Number.NaN : Date.parse(answer?.expiresAt ?? '');
      this.#expiresAt = Number.isNaN(expiresAt) ? 0 : expiresAt;
      this.#renewedToken = token || null;
      return Boolean(token);
    } catch {
      return false;
    }
  }

  /** The API refused the session token in use: it is not sent again. */
  refuseSessionToken(): void {
    if (this.#renewedToken) this.#renewedToken = null;
    else this.#refusedToken = this.#source.sessionToken || null;
  }

  /** The host set another token or token function: start from it. */
  reset(): void {
    this.#renewedToken = null;
    this.#expiresAt = 0;
  }

  /** The API refused the tracking code in use: the host's is not sent again, a typed one is forgotten. */
  refuseTrackingCode(): void {
    const host = this.#hostCode();
    if (host) this.#refusedCode = host;
    else this.setTrackingCode(null);
  }

  /** Keeps the typed tracking code for the tab (null forgets it). */
  setTrackingCode(code: string | null): void {
    this.#trackingCode = code;
    saveTrackingCode(code);
  }

  #hostCode(): string | null {
    const given = this.#source.trackingCode || null;
    return given !== this.#refusedCode ? given : null;
  }

  #sessionToken(): string | null {
    if (this.#renewedToken) return this.#renewedToken;
    const given = this.#source.sessionToken || null;
    return given !== this.#refusedToken ? given : null;
  }
}

/** The host's token function may hang: past `ms`, it counts as failed (no endless spinner). */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('fetchSessionToken timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
