import {
  type AppDependencies,
  apiSecurityHeaders,
  type DemoSessionSubject,
  mintDemoSession,
} from '@vae/bff';
import { Hono } from 'hono';
import { isFromLocalDemo, isLocalDemoServer } from './demo-local-only.js';

const SUBJECTS: readonly DemoSessionSubject[] = ['student', 'aap', 'certificateur'];

function isSubject(value: string): value is DemoSessionSubject {
  return (SUBJECTS as readonly string[]).includes(value);
}

/** The problem+json of an error thrown by the BFF (it carries `toDetails()`), else null. */
function detailsOf(error: unknown): { status: number } | null {
  const details = (error as { toDetails?: () => unknown }).toDetails?.();
  return details && typeof (details as { status?: unknown }).status === 'number'
    ? (details as { status: number })
    : null;
}

/**
 * The university portal demo's own server (apps/demo/src/universite.html): a real portal would
 * sign its user in, then call POST /api/v1/embed-sessions with its secret key; this route plays
 * that part for the demo's fictional student and staff, minting inside the server. The sessions
 * only serve the demo origins (the demo partner's), for fictional demo data.
 */
export function demoPortalRoutes(deps: Pick<AppDependencies, 'db' | 'clock' | 'config'>) {
  return new Hono().use(apiSecurityHeaders()).post('/sessions/:subject', async (c) => {
    c.header('Cache-Control', 'no-store');
    const subject = c.req.param('subject');
    // Anyone may call this route, so it only exists on a local demo server, never on a
    // deployment reachable by others (PUBLIC_URL on another host)…
    if (!isLocalDemoServer(deps.config.publicUrl) || !isSubject(subject)) {
      return c.json(
        {
          type: 'urn:vae:problem:not-found',
          title: 'Not Found',
          status: 404,
          detail: `Sujet inconnu : student, aap ou certificateur.`,
        },
        404,
        { 'Content-Type': 'application/problem+json' },
      );
    }
    // …and answers the local demo only: not a page of another site (which could make the
    // visitor's browser call it), nor a DNS name rebound to this machine, nor a remote peer.
    if (!isFromLocalDemo(c)) {
      return c.json(
        {
          type: 'urn:vae:problem:forbidden',
          title: 'Accès refusé',
          status: 403,
          detail:
            'Route de la démonstration locale : appelez-la depuis ses pages, sur cette machine.',
          code: 'DEMO_LOCAL_ONLY',
        },
        403,
        { 'Content-Type': 'application/problem+json' },
      );
    }
    try {
      return c.json(await mintDemoSession(deps, subject));
    } catch (error) {
      const details = detailsOf(error);
      if (!details) throw error;
      return c.json(details, details.status as 404, {
        'Content-Type': 'application/problem+json',
      });
    }
  });
}
