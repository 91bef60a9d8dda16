import { type EligibilityAnswers, EligibilityAnswersSchema } from '@vae/core';
import { applicableSteps, type Draft, isoDateFromInput, type StepId } from './questions.js';

// The whole of the answers checked with the schema the server uses, just before the verdict
// (loaded with the result screen: each answer was already checked on its own step).

/**
 * The answers as the API and `evaluateEligibility` take them, built from the questions that
 * apply; fields not answered yet are left out (the schema then names them).
 */
export function answersInput(draft: Draft): Record<string, unknown> {
  const steps = new Set(applicableSteps(draft));
  const answers: Record<string, unknown> = { typology: draft.typology };
  if (draft.typology === 'SALARIE_PUBLIC') return answers;
  if (steps.has('employerReady')) {
    answers['employerReadyForContratPro'] = draft.employerReadyForContratPro;
  }
  if (draft.experienceRelated !== undefined) {
    answers['experience'] = draft.experienceRelated
      ? { inDirectRelation: true, duration: draft.experienceDuration }
      : { inDirectRelation: false };
  }
  if (draft.recevabilite !== undefined) {
    answers['recevabilite'] =
      draft.recevabilite === 'DETENTEUR_RECEVABILITE'
        ? {
            situation: draft.recevabilite,
            validUntil: isoDateFromInput(draft.recevabiliteValidUntil ?? ''),
          }
        : { situation: draft.recevabilite };
  }
  const filedThis = draft.filedForThisCertification;
  const filedOther = draft.filedForOtherCertifications;
  if (filedThis !== undefined || filedOther !== undefined) {
    answers['dossiersFiledThisYear'] = {
      forThisCertification: filedThis === undefined ? undefined : Number(filedThis),
      forOtherCertifications: filedOther,
    };
  }
  if (draft.department !== undefined) answers['department'] = draft.department;
  return answers;
}

export type AnswersCheck =
  | { readonly valid: true; readonly answers: EligibilityAnswers }
  | { readonly valid: false; readonly badPaths: readonly string[] };

/** Validates the answers with the server's schema (through Standard Schema: no valibot import here). */
export function checkAnswers(draft: Draft): AnswersCheck {
  const result = EligibilityAnswersSchema['~standard'].validate(answersInput(draft));
  if (result instanceof Promise)
    throw new TypeError('EligibilityAnswersSchema must be synchronous');
  if (!result.issues) return { valid: true, answers: result.value };
  return { valid: false, badPaths: result.issues.map((issue) => dotPath(issue.path)) };
}

function dotPath(path: readonly (PropertyKey | { key: PropertyKey })[] | undefined): string {
  return (path ?? []).map((s) => String(typeof s === 'object' ? s.key : s)).join('.');
}

/** The question whose answer an API path (`answers.department`, `department`) comes from. */
export function stepOfPath(path: string): StepId | null {
  const field = path.replace(/^answers\./, '');
  if (field.startsWith('typology')) return 'typology';
  if (field.startsWith('employerReadyForContratPro')) return 'employerReady';
  if (field === 'experience.duration') return 'duration';
  if (field.startsWith('experience')) return 'experience';
  if (field === 'recevabilite.validUntil') return 'validUntil';
  if (field.startsWith('recevabilite')) return 'recevabilite';
  if (field.startsWith('dossiersFiledThisYear.forOther')) return 'filedOther';
  if (field.startsWith('dossiersFiledThisYear')) return 'filedThis';
  if (field.startsWith('department')) return 'department';
  return null;
}
