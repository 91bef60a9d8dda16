/** What `fetchSessionToken` resolves to: the token, optionally with its expiry (ISO 8601). */
export type SessionTokenAnswer = string | { token: string; expiresAt?: string };

/** What the host element gives: its `session-token` and `fetchSessionToken`, read when needed. */
export interface SessionSource {
  sessionToken: string | undefined;
  fetchSessionToken: (() => Promise<SessionTokenAnswer>) | undefined;
}

/** Renew a session token this long before its announced expiry. */
const RENEW_MARGIN_MS = 60_000;
/** The host's token function may hang: past this, it counts as failed. */
const FETCH_TIMEOUT_MS = 15_000;

/**
 * The bearer of a professional inbox: the host's `session-token`, or the one
 * `fetchSessionToken` gave (asked for when there is none, shortly before its expiry, and once
 * more when the API refuses it).
 */
export class SessionCredential {
  readonly #source: SessionSource;
  #renewed: string | null = null;
  #expiresAt = 0;
  #renewing: Promise<boolean> | null = null;

  constructor(source: SessionSource) {
    this.#source = source;
  }

  /** The bearer to send now (null: none to be had). */
  async current(): Promise<string | null> {
    const due = this.#expiresAt > 0 && Date.now() > this.#expiresAt - RENEW_MARGIN_MS;
    const given = this.#renewed ?? this.#source.sessionToken ?? null;
    if (this.#source.fetchSessionToken && (!given || due)) await this.renew();
    return this.#renewed ?? this.#source.sessionToken ?? null;
  }

  /**
   * Asks `fetchSessionToken` for a new token; false when there is none to be had. Calls made
   * while one is pending share it (the list and the counts are read together).
   */
  renew(): Promise<boolean> {
    this.#renewing ??= this.#ask().finally(() => {
      this.#renewing = null;
    });
    return this.#renewing;
  }

  async #ask(): Promise<boolean> {
    const fetchToken = this.#source.fetchSessionToken;
    if (!fetchToken) return false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('fetchSessionToken timed out')),
          FETCH_TIMEOUT_MS,
        );
      });
      const answer = await Promise.race([fetchToken(), timeout]);
      const token = typeof answer === 'string' ? answer : answer?.token;
      const expiresAt =
        typeof answer === 'string' ? Number.NaN : Date.parse(answer?.expiresAt ?? '');
      this.#expiresAt = Number.isNaN(expiresAt) ? 0 : expiresAt;
      this.#renewed = token || null;
      return Boolean(token);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The host set another token or token function: start from it. */
  reset(): void {
    this.#renewed = null;
    this.#expiresAt = 0;
  }
}
