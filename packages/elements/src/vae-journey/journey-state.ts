import type { EligibilityAnswers, EligibilityOutcome, EligibilityReason } from '@vae/core';

/** The steps, in order. The accompaniment (and the AAP, when accompanied) comes before the
 * contact details so that the AAP picker is only shown to those who want an AAP. */
export const STEPS = [
  'certification',
  'eligibility',
  'accompaniment',
  'contact',
  'confirmation',
] as const;
export type JourneyStep = (typeof STEPS)[number];

export type Accompaniment = 'ACCOMPAGNE' | 'AUTONOME';

export interface ChosenCertification {
  rncpCode: string;
  label: string;
}

export interface EligibilityVerdict {
  outcome: EligibilityOutcome;
  reasons: EligibilityReason[];
  answers: EligibilityAnswers;
}

export interface ContactDetails {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  department: string;
  /** Never stored: the social security number stays in the page's memory only. */
  nir: string;
  consent: boolean;
}

export interface CreatedCandidacy {
  id: string;
  status: string;
  trackingCode: string;
}

export interface JourneyState {
  step: JourneyStep;
  certification: ChosenCertification | null;
  eligibility: EligibilityVerdict | null;
  accompaniment: Accompaniment | null;
  aap: { id: string; publicName: string } | null;
  contact: ContactDetails;
  /** The Idempotency-Key of the submission attempts of one request body (by its digest). */
  attempt: { key: string; digest: string } | null;
  created: CreatedCandidacy | null;
}

export function initialState(preset: { department?: string | undefined } = {}): JourneyState {
  return {
    step: 'certification',
    certification: null,
    eligibility: null,
    accompaniment: null,
    aap: null,
    contact: {
      givenName: '',
      familyName: '',
      email: '',
      phone: '',
      department: preset.department ?? '',
      nir: '',
      consent: false,
    },
    attempt: null,
    created: null,
  };
}

// One journey per tab: sessionStorage dies with the tab, so nothing outlives the visit.
const STORAGE_KEY = 'vae-journey:state';

/** The journey saved in this tab, or null. Storage may be unavailable (privacy modes). */
export function loadState(): JourneyState | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const saved = JSON.parse(raw) as JourneyState;
    if (!STEPS.includes(saved.step) || typeof saved.contact !== 'object') return null;
    const state = { ...saved, contact: { ...saved.contact, nir: '' } };
    return { ...state, step: reachableStep(state) };
  } catch {
    return null;
  }
}

/**
 * Saves the journey for a reload. Once the candidacy is created, only what the confirmation
 * shows is kept: the answers and the contact details are personal data it no longer needs.
 */
export function saveState(state: JourneyState): void {
  const kept: JourneyState = state.created
    ? {
        ...initialState(),
        step: 'confirmation',
        certification: state.certification,
        accompaniment: state.accompaniment,
        aap: state.aap,
        created: state.created,
      }
    : { ...state, contact: { ...state.contact, nir: '' } };
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    // Without storage the journey lives in the page's memory only.
  }
}

export function clearState(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}

/**
 * The saved step, or the furthest one before it whose prerequisites are met: a step is only
 * shown with what it needs (a tab edited by hand, or a journey saved by an older version).
 */
export function reachableStep(state: JourneyState): JourneyStep {
  if (state.created) return 'confirmation';
  const ready: Record<JourneyStep, boolean> = {
    certification: true,
    eligibility: state.certification !== null,
    accompaniment: state.eligibility?.outcome === 'ELIGIBLE',
    contact:
      state.accompaniment === 'AUTONOME' ||
      (state.accompaniment === 'ACCOMPAGNE' && state.aap !== null),
    confirmation: false,
  };
  let reachable: JourneyStep = 'certification';
  for (const step of STEPS) {
    if (!ready[step]) break;
    reachable = step;
    if (step === state.step) break;
  }
  return reachable;
}
