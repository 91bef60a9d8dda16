import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-context.js';
import { hashToken, sameDigest, tokenKindOf } from '../crypto/secret-tokens.js';
import {
  findActivePartner,
  findLiveKeyByHash,
  isActivePartnerOrigin,
  originsOfPartner,
} from '../features/partners/repository.js';
import { configuredOrigins, type OriginPolicy } from './cors.js';
import type { PartnerContext } from './principal.js';
import { ProblemError } from './problem.js';

/** The publishable key of a request: `X-Vae-Partner`, or `?partner=` on GET and HEAD. */
export function partnerKeyOf(c: Context<AppEnv>): string | undefined {
  const header = c.req.header('X-Vae-Partner')?.trim();
  if (header) return header;
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return c.req.query('partner') || undefined;
  return undefined;
}

function carriesEmbedSession(c: Context<AppEnv>): boolean {
  const bearer = /^Bearer (\S+)$/i.exec(c.req.header('Authorization')?.trim() ?? '')?.[1];
  return bearer !== undefined && tokenKindOf(bearer) === 'embedSession';
}

const RESOLVED = Symbol('partner resolution');
type Resolution = Promise<PartnerContext | null>;

/** The partner of a publishable key, resolved once per request (CORS and the guard both ask). */
function resolvePartner(c: Context<AppEnv>, key: string): Resolution {
  const holder = c as unknown as { [RESOLVED]?: Resolution };
  holder[RESOLVED] ??= (async () => {
    if (tokenKindOf(key) !== 'publishable') return null;
    const { db } = c.get('deps');
    const hash = hashToken(key);
    const row = await findLiveKeyByHash(db, hash);
    if (row?.kind !== 'publishable' || !row.partnerId || !sameDigest(row.hash, hash)) {
      return null;
    }
    const partner = await findActivePartner(db, row.partnerId);
    if (!partner) return null;
    return {
      id: partner.id,
      name: partner.name,
      keyId: row.id,
      origins: await originsOfPartner(db, partner.id),
    };
  })();
  return holder[RESOLVED];
}

function refused(code: string, detail: string): ProblemError {
  return new ProblemError('forbidden', detail, { extensions: { code } });
}

export interface RequirePartnerOptions {
  /**
   * false: a request without a key goes on (a candidate's own calls, judged on the tracking
   * code), but only from no origin or a configured one. A key that is given is always checked.
   */
  required?: boolean;
}

/**
 * Public endpoints: a publishable key whose allow-list holds the request's Origin, else 403
 * problem+json (`code`: PARTNER_KEY_MISSING, PARTNER_KEY_INVALID, ORIGIN_NOT_ALLOWED). A request
 * without Origin (a server, curl) is judged on its key alone. Sets `partner` on the context.
 */
export function requirePartner(options: RequirePartnerOptions = {}): MiddlewareHandler<AppEnv> {
  const required = options.required ?? true;
  return async (c, next) => {
    const origin = c.req.header('Origin');
    const key = partnerKeyOf(c);
    if (!key) {
      if (required) {
        throw refused('PARTNER_KEY_MISSING', 'Une clé partenaire (X-Vae-Partner) est nécessaire.');
      }
      // An embed session token names its partner: authenticate() checks the Origin against it.
      if (origin && !carriesEmbedSession(c) && !(await configuredOrigins(origin, c))) {
        throw refused('ORIGIN_NOT_ALLOWED', `L’origine ${origin} n’est pas autorisée.`);
      }
      return next();
    }
    const partner = await resolvePartner(c, key);
    if (!partner)
      throw refused('PARTNER_KEY_INVALID', 'La clé partenaire est inconnue ou révoquée.');
    if (origin && !partner.origins.includes(origin)) {
      throw refused(
        'ORIGIN_NOT_ALLOWED',
        `L’origine ${origin} ne figure pas parmi les origines autorisées de ce partenaire.`,
      );
    }
    c.set('partner', partner);
    await next();
  };
}

/**
 * What a page outside every allow-list may read on a path: `refusals` on the paths guarded by
 * `requirePartner()` (any error: the guard refuses such an origin before anything else runs);
 * `origin-refusal` where only the 403 ORIGIN_NOT_ALLOWED refusal may be read (the candidate's
 * routes, whose other errors would tell a foreign page about a credential); `nothing` elsewhere.
 */
export type ForeignReadable = 'refusals' | 'origin-refusal' | 'nothing';

/**
 * CORS allow-list that knows partners: configured origins always; with a publishable key, the
 * origins of that partner; without one (preflights never carry custom headers), the origins of
 * any active partner — the actual request is then checked on its key. `appliesTo` limits the
 * partner part to some paths (the others keep the configured origins only).
 *
 * `foreignReadable`: where any other Origin may still read a refusal (see `ForeignReadable`),
 * so that a page not on the list gets the 403 problem+json (ORIGIN_NOT_ALLOWED) instead of an
 * opaque CORS failure; `readableRefusalsOnly()` makes sure such an origin never reads more.
 */
export function partnerAwareOrigins(
  appliesTo: (path: string) => boolean = () => true,
  foreignReadable: (path: string) => ForeignReadable = () => 'nothing',
): OriginPolicy {
  return async (origin, c) => {
    // No Origin (a server, curl, a probe): nothing to allow, and no reason to ask the database.
    if (!origin) return false;
    if (await allowedFor(origin, c, appliesTo)) return true;
    const readable = foreignReadable(c.req.path);
    if (readable === 'nothing') return false;
    (c as unknown as ForeignMark)[FOREIGN_ORIGIN] = readable;
    return true;
  };
}

const FOREIGN_ORIGIN = Symbol('origin allowed to read a refusal only');
type ForeignMark = { [FOREIGN_ORIGIN]?: Exclude<ForeignReadable, 'nothing'> };

async function allowedFor(
  origin: string,
  c: Context<AppEnv>,
  appliesTo: (path: string) => boolean,
): Promise<boolean> {
  if (await configuredOrigins(origin, c)) return true;
  if (!appliesTo(c.req.path)) return false;
  const key = partnerKeyOf(c);
  if (key) return (await resolvePartner(c, key))?.origins.includes(origin) ?? false;
  return isActivePartnerOrigin(c.get('deps').db, origin);
}

/** The answer is the refusal of the page's origin (a partner's list, or an embed session's). */
function isOriginRefusal(c: Context<AppEnv>): boolean {
  const error = c.error;
  return (
    c.res.status === 403 &&
    error instanceof ProblemError &&
    error.extensions['code'] === 'ORIGIN_NOT_ALLOWED'
  );
}

/**
 * Goes before the CORS middleware: an origin that `partnerAwareOrigins` let in only to read a
 * refusal loses `Access-Control-Allow-Origin` on anything else (a success; on `origin-refusal`
 * paths, any other error too), whatever a route does — the guard is not the only line of
 * defence. Preflights keep it: they carry no answer, and the actual request needs them.
 */
export function readableRefusalsOnly(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    const foreign = (c as unknown as ForeignMark)[FOREIGN_ORIGIN];
    if (!foreign || c.req.method === 'OPTIONS') return;
    const readable = foreign === 'refusals' ? c.res.status >= 400 : isOriginRefusal(c);
    if (!readable) {
      c.res.headers.delete('Access-Control-Allow-Origin');
      c.res.headers.delete('Access-Control-Expose-Headers');
    }
  };
}
