import type { EligibilityReason } from '@vae/core';
import type { ApiClient } from '../shared/api-client.js';
import {
  type ApiFieldError,
  type ApiProblemDetails,
  isAbortError,
  networkProblem,
  problemFromResponse,
} from '../shared/api-problem.js';
import type { CreatedCandidacy, JourneyState } from './journey-state.js';

/** What an attempt to create the candidacy came to: the journey shows each differently. */
export type SubmitOutcome =
  | { kind: 'created'; candidacy: CreatedCandidacy }
  /** The server's own evaluation refused the answers: no retry can change that. */
  | { kind: 'ineligible'; reasons: EligibilityReason[]; detail: string }
  | { kind: 'invalid'; errors: ApiFieldError[]; detail: string }
  /** The partner key or the page's origin was refused: the host page must be configured. */
  | { kind: 'refused'; problem: ApiProblemDetails }
  /** No answer, or the service failed: the same request may be sent again. */
  | { kind: 'retryable'; network: boolean; problem: ApiProblemDetails };

/** The body of `POST /api/v1/candidacies` (bff candidacies/create-candidacy.ts). */
export function candidacyBody(state: JourneyState) {
  const { certification, eligibility, accompaniment, aap, contact } = state;
  if (!certification || eligibility?.outcome !== 'ELIGIBLE' || !accompaniment) return null;
  const nir = contact.nir.trim();
  const phone = contact.phone.trim();
  return {
    certificationCode: certification.rncpCode,
    // The department of the contact step wins: the candidate may have corrected it there.
    eligibility: { ...eligibility.answers, department: contact.department.trim().toUpperCase() },
    candidate: {
      givenName: contact.givenName.trim(),
      familyName: contact.familyName.trim(),
      email: contact.email.trim(),
      ...(phone ? { phone } : {}),
      ...(nir ? { nir } : {}),
    },
    accompanimentType: accompaniment,
    ...(accompaniment === 'ACCOMPAGNE' && aap ? { aapId: aap.id } : {}),
  };
}

export type CandidacyBody = NonNullable<ReturnType<typeof candidacyBody>>;

/**
 * The Idempotency-Key for this body: the one of the previous attempts while the body is the
 * same (a retry after a lost answer gets the first candidacy back), a new one when the
 * candidate changed something (the server refuses a key reused for another body).
 */
export async function attemptFor(
  body: CandidacyBody,
  previous: JourneyState['attempt'],
): Promise<{ key: string; digest: string }> {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const digest = Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
  if (previous?.digest === digest) return previous;
  return { key: `vae-journey-${crypto.randomUUID()}`, digest };
}

export async function submitCandidacy(
  client: ApiClient,
  body: CandidacyBody,
  idempotencyKey: string,
): Promise<SubmitOutcome> {
  let response: Response;
  try {
    response = (await client.candidacies.$post({
      json: body,
      header: { 'idempotency-key': idempotencyKey },
    })) as unknown as Response;
  } catch (error) {
    if (isAbortError(error)) throw error;
    return { kind: 'retryable', network: true, problem: networkProblem(error).toJSON() };
  }
  if (response.ok) {
    try {
      return { kind: 'created', candidacy: (await response.json()) as CreatedCandidacy };
    } catch (error) {
      // The answer broke off: the candidacy may exist; the same key will return it.
      return { kind: 'retryable', network: true, problem: networkProblem(error).toJSON() };
    }
  }
  const raw = (await response
    .clone()
    .json()
    .catch(() => null)) as { reasons?: EligibilityReason[] } | null;
  const problem = await problemFromResponse(response);
  if (response.status === 422 && Array.isArray(raw?.reasons)) {
    return { kind: 'ineligible', reasons: raw.reasons, detail: problem.detail };
  }
  if (response.status === 400 || response.status === 422) {
    return { kind: 'invalid', errors: problem.errors, detail: problem.detail };
  }
  if (response.status === 401 || response.status === 403) {
    return { kind: 'refused', problem: problem.toJSON() };
  }
  return { kind: 'retryable', network: false, problem: problem.toJSON() };
}
