import type { EligibilityCompleteDetail } from '../vae-eligibility-questionnaire/vae-eligibility-questionnaire.js';
import { type JourneyState, reachableStep } from './journey-state.js';

/**
 * What a host page that chained the individual elements already knows, straight from their
 * events. Each part needs the ones before it: an eligibility without a certification, or an
 * AAP without an eligible verdict, is left out.
 */
export interface JourneyPrefill {
  /** The certification: the detail of `vae-diploma-select` (`rncpCode` and `label` are read). */
  certification?: { rncpCode: string; label?: string } | null;
  /**
   * The detail of `vae-eligibility-complete`, answers included. Only an `ELIGIBLE` verdict for
   * the same certification is taken; the server evaluates the answers again on submission.
   */
  eligibility?: Pick<EligibilityCompleteDetail, 'outcome' | 'answers'> &
    Partial<EligibilityCompleteDetail>;
  /** The organism of `vae-aap-select` (`detail.organism`): the candidate is accompanied by it. */
  aap?: { id: string; publicName: string } | null;
}

const given = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * The journey with the prefilled choices, at the first step still missing; the contact details
 * typed so far are kept. Null when the prefill has no usable certification.
 */
export function prefilledState(state: JourneyState, prefill: unknown): JourneyState | null {
  const { certification, eligibility, aap } = (prefill ?? {}) as JourneyPrefill;
  if (!given(certification?.rncpCode)) return null;
  const rncpCode = certification.rncpCode.trim().toUpperCase();
  const eligible =
    eligibility?.outcome === 'ELIGIBLE' &&
    given(eligibility.answers?.typology) &&
    (eligibility.certification ?? rncpCode) === rncpCode;
  const accompanied = eligible && given(aap?.id);
  const department = eligible && eligibility.answers.department;
  const next: JourneyState = {
    ...state,
    step: 'contact',
    certification: { rncpCode, label: certification.label || rncpCode },
    eligibility: eligible
      ? { outcome: 'ELIGIBLE', reasons: eligibility.reasons ?? [], answers: eligibility.answers }
      : null,
    accompaniment: accompanied ? 'ACCOMPAGNE' : null,
    aap: accompanied ? { id: aap.id, publicName: aap.publicName } : null,
    contact: department ? { ...state.contact, department } : state.contact,
    attempt: null,
    created: null,
  };
  return { ...next, step: reachableStep(next) };
}

/** What the choices of a journey come to, to tell a new prefill from one already applied. */
export function choicesKey({ certification, eligibility, aap }: JourneyState): string {
  return JSON.stringify([certification?.rncpCode, eligibility?.answers, aap?.id]);
}
