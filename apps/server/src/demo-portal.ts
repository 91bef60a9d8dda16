import {
  type AppDependencies,
  apiSecurityHeaders,
  type DemoSessionSubject,
  DemoStudentLinkSchema,
  linkDemoStudentCandidacy,
  mintDemoSession,
  mintDemoStudentSession,
  ProblemError,
  type ProblemKind,
  problemResponse,
} from '@vae/bff';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { isFromLocalDemo, isLocalDemoServer } from './demo-local-only.js';
import { demoRateLimit } from './demo-rate-limit.js';
import { linkedCandidacyOf, rememberLinkedCandidacy } from './demo-student-cookie.js';

type Deps = Pick<AppDependencies, 'db' | 'clock' | 'config'>;

const SUBJECTS: readonly DemoSessionSubject[] = ['student', 'aap', 'certificateur'];

function isSubject(value: string): value is DemoSessionSubject {
  return (SUBJECTS as readonly string[]).includes(value);
}

/**
 * Anyone may call these routes, so they only exist on a local demo server, never on a
 * deployment reachable by others (PUBLIC_URL on another host), and answer the local demo only:
 * not a page of another site (which could make the visitor's browser call them), nor a DNS name
 * rebound to this machine, nor a remote peer.
 */
function localDemoOnly(deps: Deps): MiddlewareHandler {
  return async (c, next) => {
    if (!isLocalDemoServer(deps.config.publicUrl)) {
      return refuse(
        c,
        'notFound',
        'Les routes du portail de démonstration n’existent que sur un serveur local.',
      );
    }
    if (!isFromLocalDemo(c)) {
      return refuse(
        c,
        'forbidden',
        'Route de la démonstration locale : appelez-la depuis ses pages, sur cette machine.',
        { extensions: { code: 'DEMO_LOCAL_ONLY' } },
      );
    }
    await next();
  };
}

/** A problem+json refusal of the demo portal, in the API's own shape. */
function refuse(
  c: Context,
  kind: ProblemKind,
  detail: string,
  options?: ConstructorParameters<typeof ProblemError>[2],
) {
  return problemResponse(c, new ProblemError(kind, detail, options));
}

/** A BFF refusal (missing demo data, unknown code) as problem+json; anything else is rethrown. */
function answerRefusal(c: Context, error: unknown) {
  if (!(error instanceof ProblemError)) throw error;
  return problemResponse(c, error);
}

async function readLink(c: Context) {
  const body: unknown = await c.req.json().catch(() => undefined);
  return v.safeParse(DemoStudentLinkSchema, body);
}

/**
 * The university portal demo's own server (apps/demo/src/universite.html): a real portal would
 * sign its user in, then call POST /api/v1/embed-sessions with its secret key; these routes play
 * that part for the demo's fictional student and staff, minting inside the server. The sessions
 * only serve the demo origins (the demo partner's), for fictional demo data, or for a
 * candidacy its own candidate linked with the tracking code.
 */
export function demoPortalRoutes(deps: Deps) {
  return (
    new Hono()
      .use(apiSecurityHeaders(), localDemoOnly(deps))
      .use(demoRateLimit(() => deps.config.rateLimit.perIpPerMinute))
      .post('/sessions/:subject', async (c) => {
        const subject = c.req.param('subject');
        if (!isSubject(subject)) {
          return refuse(c, 'notFound', 'Sujet inconnu : student, aap ou certificateur.');
        }
        try {
          if (subject !== 'student') return c.json(await mintDemoSession(deps, subject));
          const linked = await linkedCandidacyOf(c, deps.config.tokenSecret);
          return c.json(await mintDemoStudentSession(deps, linked));
        } catch (error) {
          return answerRefusal(c, error);
        }
      })
      // The student follows a candidacy made on another site: the tracking code they give is
      // their consent to the link (POST /api/v1/embed-sessions/links for a real portal).
      .post('/student/link', async (c) => {
        const input = await readLink(c);
        if (!input.success) {
          return refuse(
            c,
            'invalidRequest',
            'Le code de suivi commence par vae_tc_ suivi de 32 caractères : recopiez-le tel qu’il vous a été donné.',
            { extensions: { code: 'TRACKING_CODE_MALFORMED' } },
          );
        }
        if (!deps.config.tokenSecret) {
          return refuse(c, 'unavailable', 'Les sessions intégrées ne sont pas configurées.');
        }
        try {
          const link = await linkDemoStudentCandidacy(deps, input.output);
          await rememberLinkedCandidacy(c, deps.config.tokenSecret, link.candidacyId);
          return c.json(
            { candidacyId: link.candidacyId, linkedAt: link.linkedAt },
            link.created ? 201 : 200,
          );
        } catch (error) {
          return answerRefusal(c, error);
        }
      })
  );
}
