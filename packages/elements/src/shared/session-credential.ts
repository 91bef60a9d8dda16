/** What `fetchSessionToken` resolves to: the token, optionally with its expiry (ISO 8601). */
export type SessionTokenAnswer = string | { token: string; expiresAt?: string };

/** What the host element gives: its `session-token` and `fetchSessionToken`, read when needed. */
export interface SessionSource {
  sessionToken: string | undefined;
  fetchSessionToken: (() => Promise<SessionTokenAnswer>) | undefined;
}

/** Renew a token this long before its announced expiry, so no call goes out with a dying one. */
const RENEW_MARGIN_MS = 60_000;
/** The host's token function may hang: past this, it counts as failed (no endless spinner). */
const FETCH_TIMEOUT_MS = 15_000;

/**
 * The bearer of a professional element (the AAP and certificateur inboxes): the host's `session-token`, or the one `fetchSessionToken`
 * gave, renewed shortly before its announced expiry and once when the API refuses it.
 */
export class SessionCredential {
  readonly #source: SessionSource;
  #fetched: string | null = null;
  #expiresAt = 0;
  /** One renewal at a time: the inbox's parallel calls share it. */
  #renewing: Promise<boolean> | null = null;

  constructor(source: SessionSource) {
    this.#source = source;
  }

  /** The bearer to send now (renewed first when there is none or it is due), or null. */
  async current(): Promise<string | null> {
    const due = this.#expiresAt > 0 && Date.now() > this.#expiresAt - RENEW_MARGIN_MS;
    if (this.#source.fetchSessionToken && (!this.#fetched || due)) await this.renew();
    return this.#fetched ?? (this.#source.sessionToken || null);
  }

  /** Asks `fetchSessionToken` for a new token; false when there is none to be had. */
  renew(): Promise<boolean> {
    this.#renewing ??= this.#fetch().finally(() => {
      this.#renewing = null;
    });
    return this.#renewing;
  }

  /**
   * The API refused `token` (401): renew, unless a parallel call already did (then its token is
   * the one to try). False when there is no other token to try.
   */
  async renewAfterRefusal(token: string): Promise<boolean> {
    if (this.#renewing) await this.#renewing;
    if (this.#fetched && this.#fetched !== token) return true;
    return this.renew();
  }

  async #fetch(): Promise<boolean> {
    const fetchToken = this.#source.fetchSessionToken;
    this.#fetched = null;
    this.#expiresAt = 0;
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
      this.#fetched = token || null;
      return Boolean(token);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The host set another token or token function: start from it. */
  reset(): void {
    this.#fetched = null;
    this.#expiresAt = 0;
  }
}
