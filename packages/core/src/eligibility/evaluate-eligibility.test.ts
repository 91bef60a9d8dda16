import { describe, expect, it } from 'vitest';
import type { EligibilityAnswers, EvaluatedAnswers } from './answers.js';
import type { EligibilityContext } from './context.js';
import { evaluateEligibility } from './evaluate-eligibility.js';
import { FUNDING_ROUTE_CODES, FUNDING_ROUTES } from './funding-routes.js';
import { EligibilityReasonCode, REASON_SEVERITY } from './reason-codes.js';

const TODAY = '2025-06-15';

const context = (
  certification: Partial<EligibilityContext['certification']> = {},
): EligibilityContext => ({
  certification: {
    active: true,
    vaeAccessible: true,
    level: 5,
    registrationEnd: '2027-12-31',
    ...certification,
  },
  today: TODAY,
});

const answers = (overrides: Partial<EvaluatedAnswers> = {}): EligibilityAnswers =>
  ({
    typology: 'SALARIE_PRIVE',
    experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
    recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
    dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
    department: '75',
    ...overrides,
  }) as EligibilityAnswers;

const filed = (forThisCertification: number, forOtherCertifications: number) => ({
  dossiersFiledThisYear: { forThisCertification, forOtherCertifications },
});

const codes = (a: EligibilityAnswers, c = context()) =>
  evaluateEligibility(a, c).reasons.map((r) => r.code);

describe('evaluateEligibility — outcome and reasons', () => {
  it.each<[string, EligibilityAnswers, EligibilityContext, string, EligibilityReasonCode[]]>([
    ['a private employee with related experience', answers(), context(), 'ELIGIBLE', []],
    [
      'a public-sector employee, typology only',
      { typology: 'SALARIE_PUBLIC' },
      context(),
      'REDIRECT_CONSEIL',
      ['PUBLIC_SECTOR_REDIRECT'],
    ],
    [
      'a public-sector employee, even for an unavailable certification',
      { typology: 'SALARIE_PUBLIC', experience: { inDirectRelation: false } },
      context({ active: false }),
      'REDIRECT_CONSEIL',
      ['PUBLIC_SECTOR_REDIRECT'],
    ],
    [
      'an inactive certification',
      answers(),
      context({ active: false }),
      'NOT_ELIGIBLE',
      ['CERTIFICATION_INACTIVE'],
    ],
    [
      'a certification closed to VAE',
      answers(),
      context({ vaeAccessible: false }),
      'NOT_ELIGIBLE',
      ['CERTIFICATION_NOT_VAE_ACCESSIBLE'],
    ],
    [
      'a registration ended yesterday',
      answers(),
      context({ registrationEnd: '2025-06-14' }),
      'NOT_ELIGIBLE',
      ['CERTIFICATION_REGISTRATION_ENDED'],
    ],
    ['a registration ending today', answers(), context({ registrationEnd: TODAY }), 'ELIGIBLE', []],
    [
      'a registration without end (null)',
      answers(),
      context({ registrationEnd: null }),
      'ELIGIBLE',
      [],
    ],
    [
      'a registration without end (absent)',
      answers(),
      context({ registrationEnd: undefined }),
      'ELIGIBLE',
      [],
    ],
    [
      'no related experience',
      answers({ experience: { inDirectRelation: false } }),
      context(),
      'NOT_ELIGIBLE',
      ['NO_RELATED_EXPERIENCE'],
    ],
    [
      'a dossier already filed for this certification',
      answers(filed(1, 0)),
      context(),
      'NOT_ELIGIBLE',
      ['MAX_SUBMISSIONS_UNIQUE_CERTIFICATION_REACHED'],
    ],
    [
      'two dossiers already filed for this certification',
      answers(filed(2, 0)),
      context(),
      'NOT_ELIGIBLE',
      ['MAX_SUBMISSIONS_UNIQUE_CERTIFICATION_REACHED'],
    ],
    [
      'dossiers for three other certifications',
      answers(filed(0, 3)),
      context(),
      'NOT_ELIGIBLE',
      ['MAX_SUBMISSIONS_CROSS_CERTIFICATION_REACHED'],
    ],
    [
      'dossiers for four other certifications',
      answers(filed(0, 4)),
      context(),
      'NOT_ELIGIBLE',
      ['MAX_SUBMISSIONS_CROSS_CERTIFICATION_REACHED'],
    ],
    [
      'dossiers for two other certifications',
      answers(filed(0, 2)),
      context(),
      'ELIGIBLE',
      ['LAST_CROSS_CERTIFICATION_THIS_YEAR'],
    ],
    ['a dossier for one other certification', answers(filed(0, 1)), context(), 'ELIGIBLE', []],
    [
      'less than a year of related experience',
      answers({ experience: { inDirectRelation: true, duration: 'MOINS_D_UN_AN' } }),
      context(),
      'ELIGIBLE',
      ['SHORT_EXPERIENCE'],
    ],
    [
      'a held recevabilité valid until today',
      answers({ recevabilite: { situation: 'DETENTEUR_RECEVABILITE', validUntil: TODAY } }),
      context(),
      'ELIGIBLE',
      ['RECEVABILITE_STILL_VALID'],
    ],
    [
      'a held recevabilité that expired yesterday',
      answers({ recevabilite: { situation: 'DETENTEUR_RECEVABILITE', validUntil: '2025-06-14' } }),
      context(),
      'ELIGIBLE',
      ['RECEVABILITE_EXPIRED'],
    ],
    [
      'every blocking reason at once, in a stable order',
      answers({ experience: { inDirectRelation: false }, ...filed(1, 3) }),
      context({ active: false, vaeAccessible: false, registrationEnd: '2020-01-01' }),
      'NOT_ELIGIBLE',
      [
        'CERTIFICATION_INACTIVE',
        'CERTIFICATION_NOT_VAE_ACCESSIBLE',
        'CERTIFICATION_REGISTRATION_ENDED',
        'NO_RELATED_EXPERIENCE',
        'MAX_SUBMISSIONS_UNIQUE_CERTIFICATION_REACHED',
        'MAX_SUBMISSIONS_CROSS_CERTIFICATION_REACHED',
      ],
    ],
    [
      'several pieces of information at once',
      answers({
        experience: { inDirectRelation: true, duration: 'MOINS_D_UN_AN' },
        recevabilite: { situation: 'DETENTEUR_RECEVABILITE', validUntil: '2026-01-01' },
        ...filed(0, 2),
      }),
      context(),
      'ELIGIBLE',
      ['SHORT_EXPERIENCE', 'LAST_CROSS_CERTIFICATION_THIS_YEAR', 'RECEVABILITE_STILL_VALID'],
    ],
  ])('%s', (_, a, c, outcome, expectedCodes) => {
    const result = evaluateEligibility(a, c);
    expect(result.outcome).toBe(outcome);
    expect(result.reasons.map((r) => r.code)).toEqual(expectedCodes);
  });

  it('gives each reason its severity and its French and English text', () => {
    const result = evaluateEligibility(
      answers({ experience: { inDirectRelation: false } }),
      context(),
    );
    expect(result.reasons).toEqual([
      {
        code: 'NO_RELATED_EXPERIENCE',
        severity: 'blocking',
        text: EligibilityReasonCode.labels.NO_RELATED_EXPERIENCE,
      },
    ]);
  });

  it('keeps blocking reasons for refusals and info reasons for eligible results', () => {
    for (const code of EligibilityReasonCode.values) {
      const text = EligibilityReasonCode.labels[code];
      expect(text.fr.length, code).toBeGreaterThan(20);
      expect(text.en.length, code).toBeGreaterThan(20);
    }
    expect(codes(answers(filed(0, 2))).map((c) => REASON_SEVERITY[c])).toEqual(['info']);
    expect(codes(answers(filed(1, 0))).map((c) => REASON_SEVERITY[c])).toEqual(['blocking']);
  });

  it('does not let callers alter the catalogue through a result', () => {
    const result = evaluateEligibility({ typology: 'SALARIE_PUBLIC' }, context());
    result.reasons[0]!.text.fr = 'changed';
    expect(EligibilityReasonCode.labels.PUBLIC_SECTOR_REDIRECT.fr).not.toBe('changed');
  });

  it('refuses a context date that is not a calendar date', () => {
    expect(() => evaluateEligibility(answers(), { ...context(), today: '2025-02-30' })).toThrow(
      RangeError,
    );
  });
});

describe('evaluateEligibility — path hint', () => {
  it.each([
    ['a first request', answers(), 'FULL'],
    [
      'a recevabilité valid until tomorrow',
      answers({ recevabilite: { situation: 'DETENTEUR_RECEVABILITE', validUntil: '2025-06-16' } }),
      'PARTIAL',
    ],
    [
      'a recevabilité valid until today',
      answers({ recevabilite: { situation: 'DETENTEUR_RECEVABILITE', validUntil: TODAY } }),
      'PARTIAL',
    ],
    [
      'an expired recevabilité',
      answers({ recevabilite: { situation: 'DETENTEUR_RECEVABILITE', validUntil: '2024-12-31' } }),
      'FULL',
    ],
  ] as const)('%s → %s path', (_, a, kind) => {
    expect(evaluateEligibility(a, context()).path?.kind).toBe(kind);
  });

  it('gives no path and no funding unless eligible', () => {
    for (const result of [
      evaluateEligibility({ typology: 'SALARIE_PUBLIC' }, context()),
      evaluateEligibility(answers({ experience: { inDirectRelation: false } }), context()),
    ]) {
      expect(result.path).toBeNull();
      expect(result.funding).toEqual([]);
    }
  });
});

describe('evaluateEligibility — funding routes', () => {
  const fundingOf = (a: EligibilityAnswers) =>
    evaluateEligibility(a, context()).funding.map((f) => f.code);
  const jobSeeker = (employerReadyForContratPro: boolean) =>
    answers({
      typology: 'DEMANDEUR_EMPLOI',
      employerReadyForContratPro,
    } as Partial<EvaluatedAnswers>);

  it.each<[string, EligibilityAnswers, string[]]>([
    ['a private employee', answers(), ['CPF', 'EMPLOYEUR', 'OPCO', 'REGION', 'FONDS_PROPRES']],
    [
      'a job seeker without an employer',
      jobSeeker(false),
      ['CPF', 'FRANCE_TRAVAIL', 'REGION', 'FONDS_PROPRES'],
    ],
    [
      'a job seeker with an employer ready',
      jobSeeker(true),
      ['CPF', 'FRANCE_TRAVAIL', 'CONTRAT_PRO_VAE', 'REGION', 'FONDS_PROPRES'],
    ],
    [
      'a self-employed person',
      answers({ typology: 'TRAVAILLEUR_NON_SALARIE' }),
      ['CPF', 'FONDS_ASSURANCE_FORMATION', 'REGION', 'FONDS_PROPRES'],
    ],
    [
      'a farm family helper',
      answers({ typology: 'AIDANTS_FAMILIAUX_AGRICOLES' }),
      ['CPF', 'FONDS_ASSURANCE_FORMATION', 'REGION', 'FONDS_PROPRES'],
    ],
    ['a volunteer', answers({ typology: 'BENEVOLE' }), ['CPF', 'REGION', 'FONDS_PROPRES']],
    [
      'a family carer',
      answers({ typology: 'AIDANTS_FAMILIAUX' }),
      ['CPF', 'REGION', 'FONDS_PROPRES'],
    ],
    [
      'an elected official',
      answers({ typology: 'TITULAIRE_MANDAT_ELECTIF' }),
      ['CPF', 'DIF_ELUS', 'FONDS_PROPRES'],
    ],
    ['a retired person', answers({ typology: 'RETRAITE' }), ['REGION', 'FONDS_PROPRES']],
    ['another situation', answers({ typology: 'AUTRE' }), ['CPF', 'REGION', 'FONDS_PROPRES']],
  ])('%s', (_, a, expected) => {
    expect(fundingOf(a)).toEqual(expected);
  });

  it('explains each suggested route in French and English, as the table says', () => {
    const [cpf] = evaluateEligibility(answers(), context()).funding;
    expect(cpf).toEqual({
      code: 'CPF',
      name: FUNDING_ROUTES.CPF.name,
      explanation: FUNDING_ROUTES.CPF.explanation,
    });
  });

  it('never suggests a route to the public sector in the table', () => {
    for (const code of FUNDING_ROUTE_CODES) {
      expect(FUNDING_ROUTES[code].typologies as readonly string[]).not.toContain('SALARIE_PUBLIC');
    }
  });
});
