import * as v from 'valibot';
import type { AppDependencies } from '../app-context.js';
import { hashToken, sameDigest } from '../crypto/secret-tokens.js';
import { findCandidacyIdByTrackingHash } from '../features/candidacies/repository.js';
import { findCandidacyLink } from '../features/embed-sessions/repository.js';
import { LinkCandidacySchema } from '../features/embed-sessions/schemas.js';
import {
  linkCandidacy,
  type MintedSession,
  mintEmbedSession,
} from '../features/embed-sessions/service.js';
import { ProblemError } from '../http/problem.js';
import { demoPartner, mintDemoSession } from './demo-sessions.js';

type Deps = Pick<AppDependencies, 'db' | 'clock' | 'config'>;

/** What the demo university portal's student gives to follow a candidacy made elsewhere. */
export const DemoStudentLinkSchema = v.pick(LinkCandidacySchema, ['trackingCode']);
export type DemoStudentLink = v.InferOutput<typeof DemoStudentLinkSchema>;

/**
 * Links the candidacy of a tracking code to the demo partner, as the university's server would
 * with POST /embed-sessions/links (the same service): the code is the candidate's consent.
 * The candidacy is found by the code's digest, as the tracker's credential is.
 */
export async function linkDemoStudentCandidacy(
  deps: Deps,
  { trackingCode }: DemoStudentLink,
): Promise<{ candidacyId: string; linkedAt: string; created: boolean }> {
  const hash = hashToken(trackingCode);
  const found = await findCandidacyIdByTrackingHash(deps.db, hash);
  if (!found || !sameDigest(found.hash, hash)) {
    throw new ProblemError('notFound', 'Aucune candidature ne correspond à ce code de suivi.', {
      extensions: { code: 'TRACKING_CODE_UNKNOWN' },
    });
  }
  const { partnerId } = await demoPartner(deps);
  return linkCandidacy(deps, partnerId, { candidacyId: found.id, trackingCode });
}

/**
 * The demo student's session: for the candidacy they linked when the demo partner holds that
 * link, else for the seeded candidacy of the fictional student.
 */
export async function mintDemoStudentSession(
  deps: Deps,
  linkedCandidacyId: string | null,
): Promise<MintedSession> {
  if (linkedCandidacyId) {
    const partner = await demoPartner(deps);
    if (await findCandidacyLink(deps.db, partner.partnerId, linkedCandidacyId)) {
      return mintEmbedSession(deps, partner, {
        scope: { kind: 'candidacy', id: linkedCandidacyId },
      });
    }
  }
  return mintDemoSession(deps, 'student');
}
