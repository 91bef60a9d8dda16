import {
  DepartmentCodeSchema,
  ExperienceDuration,
  isIsoCalendarDate,
  RecevabiliteSituation,
  Typology,
} from '@vae/core';
import type { QuestionnaireMessage } from './messages.js';

/**
 * What the person answered so far, one field per question, as typed (text answers are kept
 * verbatim so a reload shows them unchanged). Answers to questions that no longer apply (the
 * employer question after leaving "job seeker") are kept, in case the person goes back, and
 * left out of the answers sent.
 */
export interface Draft {
  typology?: Typology;
  employerReadyForContratPro?: boolean;
  experienceRelated?: boolean;
  experienceDuration?: ExperienceDuration;
  recevabilite?: RecevabiliteSituation;
  /** As typed: `31/12/2026` (or `2026-12-31`). */
  recevabiliteValidUntil?: string;
  filedForThisCertification?: boolean;
  /** 3 stands for "3 or more": the yearly limit is reached either way (R335-7). */
  filedForOtherCertifications?: 0 | 1 | 2 | 3;
  department?: string;
}

/** Every question, in the order they are asked (a question is a step). */
export const STEP_IDS = [
  'typology',
  'employerReady',
  'experience',
  'duration',
  'recevabilite',
  'validUntil',
  'filedThis',
  'filedOther',
  'department',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}

/** The draft field each question fills. */
export const FIELD_OF_STEP = {
  typology: 'typology',
  employerReady: 'employerReadyForContratPro',
  experience: 'experienceRelated',
  duration: 'experienceDuration',
  recevabilite: 'recevabilite',
  validUntil: 'recevabiliteValidUntil',
  filedThis: 'filedForThisCertification',
  filedOther: 'filedForOtherCertifications',
  department: 'department',
} as const satisfies Record<StepId, keyof Draft>;

export const OTHER_CERTIFICATION_COUNTS = [0, 1, 2, 3] as const;

/**
 * The questions that apply to these answers, in order. A public-sector employee is redirected
 * whatever else they answer, so they are asked nothing more; a branch opens only once the
 * answer that opens it is given (the step count grows, it never shrinks under the person).
 */
export function applicableSteps(draft: Draft): StepId[] {
  if (draft.typology === 'SALARIE_PUBLIC') return ['typology'];
  const steps: StepId[] = ['typology'];
  if (draft.typology === 'DEMANDEUR_EMPLOI') steps.push('employerReady');
  steps.push('experience');
  if (draft.experienceRelated === true) steps.push('duration');
  steps.push('recevabilite');
  if (draft.recevabilite === 'DETENTEUR_RECEVABILITE') steps.push('validUntil');
  steps.push('filedThis', 'filedOther', 'department');
  return steps;
}

/** `31/12/2026` or `2026-12-31` → `2026-12-31`; anything else is returned trimmed (the schema refuses it). */
export function isoDateFromInput(value: string): string {
  const trimmed = value.trim();
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!french) return trimmed;
  const [, day = '', month = '', year = ''] = french;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The messages that say why an answer is refused. */
export type StepErrorKey = Extract<QuestionnaireMessage, `error.${string}`>;

/**
 * Why the answer to one question cannot be accepted yet, or null. Text answers are checked with
 * the rules of @vae/core the server's schema uses (department codes, calendar dates), so the
 * browser refuses exactly what the server refuses.
 */
export function stepError(step: StepId, draft: Draft): StepErrorKey | null {
  const value = draft[FIELD_OF_STEP[step]];
  if (value === undefined || value === '') return `error.${step}`;
  if (step === 'validUntil' && !isIsoCalendarDate(isoDateFromInput(String(value)))) {
    return 'error.validUntilInvalid';
  }
  if (step === 'department' && !isDepartmentCode(String(value))) return 'error.departmentInvalid';
  return null;
}

function isDepartmentCode(value: string): boolean {
  const result = DepartmentCodeSchema['~standard'].validate(value);
  if (result instanceof Promise) throw new TypeError('DepartmentCodeSchema must be synchronous');
  return result.issues === undefined;
}

/** The first question still to answer (or answered wrongly), or null when all are done. */
export function firstUnanswered(draft: Draft): StepId | null {
  return applicableSteps(draft).find((step) => stepError(step, draft) !== null) ?? null;
}

/**
 * A draft read back from storage: every field is checked, unknown or malformed ones dropped
 * (the stored value may come from an older version of the element, or have been edited).
 */
export function restoreDraft(stored: unknown): Draft {
  if (typeof stored !== 'object' || stored === null) return {};
  const raw = stored as Record<string, unknown>;
  const draft: Draft = {};
  if (Typology.is(raw['typology'])) draft.typology = raw['typology'];
  if (ExperienceDuration.is(raw['experienceDuration'])) {
    draft.experienceDuration = raw['experienceDuration'];
  }
  if (RecevabiliteSituation.is(raw['recevabilite'])) draft.recevabilite = raw['recevabilite'];
  for (const key of [
    'employerReadyForContratPro',
    'experienceRelated',
    'filedForThisCertification',
  ] as const) {
    if (typeof raw[key] === 'boolean') draft[key] = raw[key];
  }
  const others = raw['filedForOtherCertifications'];
  if (OTHER_CERTIFICATION_COUNTS.includes(others as 0)) {
    draft.filedForOtherCertifications = others as Draft['filedForOtherCertifications'];
  }
  for (const key of ['recevabiliteValidUntil', 'department'] as const) {
    const text = raw[key];
    if (typeof text === 'string' && text.length <= 20) draft[key] = text;
  }
  return draft;
}
