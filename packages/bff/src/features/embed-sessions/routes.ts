import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { AppEnv } from '../../app-context.js';
import { authenticate } from '../../http/auth.js';
import { jsonResponse, problemResponses } from '../../http/openapi-responses.js';
import { ProblemError } from '../../http/problem.js';
import { validate } from '../../http/validate.js';
import { CreateEmbedSessionSchema, LinkCandidacySchema } from './schemas.js';
import { linkCandidacy, type MintingPartner, mintEmbedSession } from './service.js';

const SECRET_KEY = [{ partnerSecretKey: [] }];
const TAGS = ['Embed sessions'];

/**
 * The partner of the secret key (401 without one, 403 for any other credential). A secret key
 * sent by a browser (it carries an Origin) is refused: it would be a leaked key.
 */
function partnerOfSecretKey(c: Context<AppEnv>): MintingPartner {
  const principal = c.get('principal');
  if (!principal) {
    throw new ProblemError(
      'unauthorized',
      'La clé secrète du partenaire (sk_live_…) est nécessaire.',
      {
        headers: { 'WWW-Authenticate': 'Bearer realm="vae-widgets"' },
      },
    );
  }
  if (principal.kind !== 'partner') {
    throw new ProblemError('forbidden', 'Seule la clé secrète d’un partenaire ouvre une session.');
  }
  if (c.req.header('Origin')) {
    throw new ProblemError(
      'forbidden',
      'La clé secrète s’utilise de serveur à serveur, jamais depuis un navigateur.',
      { extensions: { code: 'SECRET_KEY_IN_BROWSER' } },
    );
  }
  return { partnerId: principal.partnerId, keyId: principal.keyId };
}

/**
 * Route guard: the credential is checked before the body, so a caller without the secret key
 * learns nothing of the body's schema (401/403, never a 400 listing the fields).
 */
function requirePartnerSecretKey(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    partnerOfSecretKey(c);
    await next();
  };
}

/**
 * Embed sessions, server to server: a partner's server exchanges its secret key for a
 * short-lived token that a private element (tracker, inboxes) uses in the partner's page.
 */
export function embedSessionRoutes() {
  return new Hono<AppEnv>()
    .use('/embed-sessions', authenticate(), requirePartnerSecretKey())
    .use('/embed-sessions/*', authenticate(), requirePartnerSecretKey())
    .post(
      '/embed-sessions',
      describeRoute({
        tags: TAGS,
        summary: 'Mint an embed session for one candidacy or one professional account',
        description:
          'For a candidacy the partner created, or linked with POST /embed-sessions/links. For an account, the request carries a live API key of that account (`scope.accountKey`): the token then acts as the account, with its scope, for 15 minutes and from the partner’s origins only.',
        security: SECRET_KEY,
        responses: {
          201: jsonResponse('`{ token, expiresAt }`: the token (`vae_es_…`) and its expiry'),
          ...problemResponses(400, 401, 403),
        },
      }),
      validate('json', CreateEmbedSessionSchema),
      async (c) => {
        const partner = partnerOfSecretKey(c);
        const session = await mintEmbedSession(c.get('deps'), partner, c.req.valid('json'));
        return c.json(session, 201);
      },
    )
    .post(
      '/embed-sessions/links',
      describeRoute({
        tags: TAGS,
        summary: 'Link a candidacy created elsewhere to this partner (id + tracking code)',
        description:
          'Once linked, the partner may mint sessions for it. The tracking code is the candidate’s consent: it is checked, never stored again. Linking twice is harmless.',
        security: SECRET_KEY,
        responses: {
          200: jsonResponse('`{ candidacyId, linkedAt }`: already linked'),
          201: jsonResponse('`{ candidacyId, linkedAt }`: linked now'),
          ...problemResponses(400, 401, 403, 404),
        },
      }),
      validate('json', LinkCandidacySchema),
      async (c) => {
        const { partnerId } = partnerOfSecretKey(c);
        const { created, ...link } = await linkCandidacy(
          c.get('deps'),
          partnerId,
          c.req.valid('json'),
        );
        return c.json(link, created ? 201 : 200);
      },
    );
}
