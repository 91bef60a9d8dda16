import type { EligibilityAnswers, EvaluatedAnswers } from './answers.js';
import type { EligibilityContext } from './context.js';
import {
  FUNDING_ROUTE_CODES,
  FUNDING_ROUTES,
  type FundingCondition,
  type FundingRoute,
} from './funding-routes.js';
import { isIsoCalendarDate } from './iso-date.js';
import { EligibilityReasonCode, REASON_SEVERITY } from './reason-codes.js';
import {
  type EligibilityPathHint,
  EligibilityPathKind,
  type EligibilityReason,
  type EligibilityResult,
  type FundingSuggestion,
} from './result.js';

// R335-7 Code de l'éducation: per calendar year, one feasibility dossier per certification and
// dossiers for at most three different certifications.
const MAX_DOSSIERS_PER_CERTIFICATION_PER_YEAR = 1;
const MAX_CERTIFICATIONS_PER_YEAR = 3;

/**
 * Evaluates the eligibility answers against the chosen certification, on the date given by the
 * context. Pure and deterministic: same answers and context, same result; no clock is read.
 * Throws a RangeError only when `context.today` is not a calendar date (a programming error).
 */
export function evaluateEligibility(
  answers: EligibilityAnswers,
  context: EligibilityContext,
): EligibilityResult {
  if (!isIsoCalendarDate(context.today)) {
    throw new RangeError(`context.today must be a YYYY-MM-DD date, got "${context.today}"`);
  }
  if (answers.typology === 'SALARIE_PUBLIC') {
    return {
      outcome: 'REDIRECT_CONSEIL',
      reasons: [reason('PUBLIC_SECTOR_REDIRECT')],
      path: null,
      funding: [],
    };
  }

  const blocking = blockingReasonCodes(answers, context);
  if (blocking.length > 0) {
    return { outcome: 'NOT_ELIGIBLE', reasons: blocking.map(reason), path: null, funding: [] };
  }

  const recevabiliteStillValid =
    answers.recevabilite.situation === 'DETENTEUR_RECEVABILITE' &&
    answers.recevabilite.validUntil >= context.today;
  const pathKind = recevabiliteStillValid ? 'PARTIAL' : 'FULL';
  const path: EligibilityPathHint = {
    kind: pathKind,
    label: { ...EligibilityPathKind.labels[pathKind] },
  };

  return {
    outcome: 'ELIGIBLE',
    reasons: infoReasonCodes(answers, recevabiliteStillValid).map(reason),
    path,
    funding: fundingFor(answers),
  };
}

function blockingReasonCodes(
  answers: EvaluatedAnswers,
  { certification, today }: EligibilityContext,
): EligibilityReasonCode[] {
  const codes: EligibilityReasonCode[] = [];
  if (!certification.active) codes.push('CERTIFICATION_INACTIVE');
  if (!certification.vaeAccessible) codes.push('CERTIFICATION_NOT_VAE_ACCESSIBLE');
  // Registration is still open on its last day.
  if (certification.registrationEnd != null && certification.registrationEnd < today) {
    codes.push('CERTIFICATION_REGISTRATION_ENDED');
  }
  if (!answers.experience.inDirectRelation) codes.push('NO_RELATED_EXPERIENCE');
  const filed = answers.dossiersFiledThisYear;
  if (filed.forThisCertification >= MAX_DOSSIERS_PER_CERTIFICATION_PER_YEAR) {
    codes.push('MAX_SUBMISSIONS_UNIQUE_CERTIFICATION_REACHED');
  }
  if (filed.forOtherCertifications >= MAX_CERTIFICATIONS_PER_YEAR) {
    codes.push('MAX_SUBMISSIONS_CROSS_CERTIFICATION_REACHED');
  }
  return codes;
}

function infoReasonCodes(
  answers: EvaluatedAnswers,
  recevabiliteStillValid: boolean,
): EligibilityReasonCode[] {
  const codes: EligibilityReasonCode[] = [];
  if (answers.experience.inDirectRelation && answers.experience.duration === 'MOINS_D_UN_AN') {
    codes.push('SHORT_EXPERIENCE');
  }
  if (answers.dossiersFiledThisYear.forOtherCertifications === MAX_CERTIFICATIONS_PER_YEAR - 1) {
    codes.push('LAST_CROSS_CERTIFICATION_THIS_YEAR');
  }
  if (answers.recevabilite.situation === 'DETENTEUR_RECEVABILITE') {
    codes.push(recevabiliteStillValid ? 'RECEVABILITE_STILL_VALID' : 'RECEVABILITE_EXPIRED');
  }
  return codes;
}

function reason(code: EligibilityReasonCode): EligibilityReason {
  return { code, severity: REASON_SEVERITY[code], text: { ...EligibilityReasonCode.labels[code] } };
}

function fundingFor(answers: EvaluatedAnswers): FundingSuggestion[] {
  const holds: Record<FundingCondition, boolean> = {
    EMPLOYER_READY_FOR_CONTRAT_PRO:
      answers.typology === 'DEMANDEUR_EMPLOI' && answers.employerReadyForContratPro,
  };
  return FUNDING_ROUTE_CODES.flatMap((code) => {
    const route: FundingRoute = FUNDING_ROUTES[code];
    const fits =
      route.typologies.includes(answers.typology) &&
      (route.requires ?? []).every((condition) => holds[condition]);
    return fits ? [{ code, name: { ...route.name }, explanation: { ...route.explanation } }] : [];
  });
}
