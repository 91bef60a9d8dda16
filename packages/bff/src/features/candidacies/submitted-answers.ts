/** The eligibility answers as the candidate submitted them, for the professionals who handle the candidacy. */
export interface SubmittedAnswers {
  typology: string | null;
  experience: { inDirectRelation: boolean; duration: string | null } | null;
  recevabilite: { situation: string; validUntil: string | null } | null;
  dossiersFiledThisYear: { forThisCertification: number; forOtherCertifications: number } | null;
  department: string | null;
  employerReadyForContratPro: boolean | null;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' ? value : null);
const whole = (value: unknown) => (typeof value === 'number' ? value : 0);

/**
 * Copies the stored answers field by field: only the questions of the questionnaire leave the
 * server, whatever else a row might hold (never an identifier such as the NIR).
 */
export function submittedAnswers(stored: unknown): SubmittedAnswers {
  const answers = isObject(stored) ? stored : {};
  const { experience, recevabilite, dossiersFiledThisYear: filed } = answers;
  return {
    typology: text(answers.typology),
    experience: isObject(experience)
      ? {
          inDirectRelation: experience.inDirectRelation === true,
          duration: text(experience.duration),
        }
      : null,
    recevabilite:
      isObject(recevabilite) && typeof recevabilite.situation === 'string'
        ? { situation: recevabilite.situation, validUntil: text(recevabilite.validUntil) }
        : null,
    dossiersFiledThisYear: isObject(filed)
      ? {
          forThisCertification: whole(filed.forThisCertification),
          forOtherCertifications: whole(filed.forOtherCertifications),
        }
      : null,
    department: text(answers.department),
    employerReadyForContratPro:
      typeof answers.employerReadyForContratPro === 'boolean'
        ? answers.employerReadyForContratPro
        : null,
  };
}
