import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { openAPIRouteHandler } from 'hono-openapi';
import type { AppDependencies, AppEnv } from './app-context.js';
import { aapRoutes } from './features/candidacies/aap-routes.js';
import { adminRoutes } from './features/candidacies/admin-routes.js';
import { candidateRoutes } from './features/candidacies/candidate-routes.js';
import { bodyLimitFor } from './features/candidacies/dossier-upload.js';
import { certificationRoutes } from './features/certifications/routes.js';
import { eligibilityRoutes } from './features/eligibility/routes.js';
import { embedSessionRoutes } from './features/embed-sessions/routes.js';
import { certificateurRoutes } from './features/feasibility/certificateur-routes.js';
import { feasibilityStatsRoutes } from './features/feasibility/stats-routes.js';
import { fundingRoutes } from './features/funding/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { aapSiteRoutes } from './features/organisms/aap-site-routes.js';
import { organismsRoutes } from './features/organisms/routes.js';
import { validationRoutes } from './features/validation/certificateur-routes.js';
import { apiDocsRoutes } from './http/api-docs/api-docs.js';
import { SECURITY_SCHEMES } from './http/auth.js';
import { requestBodyLimit } from './http/body-limit.js';
import { apiCors, closedOn } from './http/cors.js';
import { handleError, handleNotFound } from './http/errors.js';
import {
  type ForeignReadable,
  partnerAwareOrigins,
  readableRefusalsOnly,
  requirePartner,
} from './http/partner-origin.js';
import { apiRateLimits } from './http/rate-limit.js';
import { requestLog } from './http/request-log.js';
import { apiSecurityHeaders } from './http/security-headers.js';

const REQUEST_ID = /^[\w.:-]{1,128}$/;
/** Catalogue, AAP directory, eligibility and funding: what the public elements call. */
const PUBLIC_PATHS = '/:area{certifications|organisms|eligibility|funding}/*';
/** The paths behind `requirePartner()` (required key): PUBLIC_PATHS and POST /candidacies. */
const PARTNER_GUARDED =
  /^\/api\/v1\/(?:(?:certifications|organisms|eligibility|funding)(?:\/|$)|candidacies\/?$)/;
/**
 * The candidate's routes (tracker): a page outside every allow-list reads their 403
 * ORIGIN_NOT_ALLOWED, so the tracker can say the service is not available on that site, and
 * nothing else — not even another error, which would tell it about a credential.
 */
const CANDIDATE = /^\/api\/v1\/candidate\//;
/** Secret-key endpoints, server to server: no browser reads them, whatever its origin. */
const SERVER_TO_SERVER = /^\/api\/v1\/embed-sessions(?:\/|$)/;

function foreignReadable(path: string): ForeignReadable {
  if (PARTNER_GUARDED.test(path)) return 'refusals';
  return CANDIDATE.test(path) ? 'origin-refusal' : 'nothing';
}

/** The versioned API: one line per feature. */
function apiV1() {
  return (
    new Hono<AppEnv>()
      .route('/', healthRoutes())
      // The public endpoints answer partners' pages only (http/partner-origin.ts).
      .use(PUBLIC_PATHS, requirePartner())
      .route('/', certificationRoutes())
      .route('/', eligibilityRoutes())
      .route('/', fundingRoutes())
      .route('/', organismsRoutes())
      .route('/', candidateRoutes())
      .route('/', aapRoutes())
      .route('/', aapSiteRoutes())
      .route('/', certificateurRoutes())
      .route('/', validationRoutes())
      .route('/', feasibilityStatsRoutes())
      .route('/', adminRoutes())
      .route('/', embedSessionRoutes())
  );
}

/**
 * Builds the HTTP application around its dependencies. It holds no state of its own besides
 * caches rebuilt from the database, so any number of instances can serve the same database.
 */
export function createApp(deps: AppDependencies) {
  const api = apiV1();
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('deps', deps);
      await next();
    })
    .use(
      requestId({
        headerName: 'X-Request-Id',
        generator: () => crypto.randomUUID(),
        limitLength: 128,
      }),
    )
    .use(async (c, next) => {
      // hono/request-id accepts any short header value; only keep well-formed ones.
      if (!REQUEST_ID.test(c.get('requestId'))) c.set('requestId', crypto.randomUUID());
      await next();
      c.header('X-Request-Id', c.get('requestId'));
    })
    .use(requestLog())
    .use(
      '/api/v1/*',
      apiSecurityHeaders(),
      readableRefusalsOnly(),
      apiCors(closedOn(SERVER_TO_SERVER, partnerAwareOrigins(undefined, foreignReadable))),
      ...apiRateLimits(),
      requestBodyLimit(bodyLimitFor),
    )
    .route('/api/v1', api);

  app.get(
    '/api/v1/openapi.json',
    openAPIRouteHandler(api, {
      documentation: {
        openapi: '3.1.0',
        info: {
          title: 'vae-widgets API',
          version: deps.config.version,
          description:
            'Backend-for-frontend of the vae-widgets elements: the VAE journey (validation des acquis de l’expérience) as an API. Every error is RFC 9457 problem+json.',
        },
        servers: [{ url: new URL('/api/v1', deps.config.publicUrl).href }],
        components: { securitySchemes: SECURITY_SCHEMES },
        // The default: the public endpoints; the others state their own (health: none).
        security: [{ partnerKey: [] }],
      },
    }),
  );
  app.route('/api/docs', apiDocsRoutes());
  app.onError(handleError);
  app.notFound(handleNotFound);
  return app;
}

export type App = ReturnType<typeof createApp>;
/** The typed shape of the API, for `hc<AppType>` in the elements (import it as a type only). */
export type AppType = ReturnType<typeof apiV1>;
