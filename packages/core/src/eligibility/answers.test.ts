import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DepartmentCodeSchema, EligibilityAnswersSchema } from './answers.js';
import { EligibilityContextSchema } from './context.js';

const privateEmployee = {
  typology: 'SALARIE_PRIVE',
  experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
  recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
  dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
  department: '75',
};

const issuesOf = (input: unknown) =>
  v.safeParse(EligibilityAnswersSchema, input).issues?.map((i) => v.getDotPath(i) ?? '(root)');

describe('EligibilityAnswersSchema', () => {
  it('accepts a public-sector employee with the typology alone', () => {
    expect(v.parse(EligibilityAnswersSchema, { typology: 'SALARIE_PUBLIC' })).toEqual({
      typology: 'SALARIE_PUBLIC',
    });
  });

  it('still validates the answers a public-sector employee did give', () => {
    expect(
      v.safeParse(EligibilityAnswersSchema, { typology: 'SALARIE_PUBLIC', department: '75' })
        .success,
    ).toBe(true);
    expect(issuesOf({ typology: 'SALARIE_PUBLIC', department: '20' })).toEqual(['department']);
  });

  it('accepts complete answers for every other typology', () => {
    for (const typology of ['SALARIE_PRIVE', 'BENEVOLE', 'RETRAITE', 'AUTRE']) {
      expect(v.safeParse(EligibilityAnswersSchema, { ...privateEmployee, typology }).success).toBe(
        true,
      );
    }
  });

  it('requires the common answers when the person is not redirected', () => {
    const { department: _, ...withoutDepartment } = privateEmployee;
    expect(issuesOf(withoutDepartment)).toEqual(['department']);
    expect(v.safeParse(EligibilityAnswersSchema, { typology: 'SALARIE_PRIVE' }).success).toBe(
      false,
    );
  });

  it('asks a job seeker, and only a job seeker, about an employer ready for a contrat de pro', () => {
    const jobSeeker = { ...privateEmployee, typology: 'DEMANDEUR_EMPLOI' };
    expect(issuesOf(jobSeeker)).toEqual(['employerReadyForContratPro']);
    expect(
      v.safeParse(EligibilityAnswersSchema, { ...jobSeeker, employerReadyForContratPro: true })
        .success,
    ).toBe(true);
    expect(
      v.safeParse(EligibilityAnswersSchema, {
        ...privateEmployee,
        employerReadyForContratPro: true,
      }).success,
    ).toBe(false);
  });

  it('asks the experience duration only when the experience is related', () => {
    const noExperience = { ...privateEmployee, experience: { inDirectRelation: false } };
    expect(v.safeParse(EligibilityAnswersSchema, noExperience).success).toBe(true);
    expect(issuesOf({ ...privateEmployee, experience: { inDirectRelation: true } })).toEqual([
      'experience.duration',
    ]);
    expect(
      issuesOf({ ...privateEmployee, experience: { inDirectRelation: true, duration: 'DIX_ANS' } }),
    ).toEqual(['experience.duration']);
  });

  it('asks the validity end date only of a held recevabilité, as a real calendar date', () => {
    const holder = (validUntil?: string) => ({
      ...privateEmployee,
      recevabilite: { situation: 'DETENTEUR_RECEVABILITE', ...(validUntil ? { validUntil } : {}) },
    });
    expect(v.safeParse(EligibilityAnswersSchema, holder('2024-02-29')).success).toBe(true);
    expect(issuesOf(holder())).toEqual(['recevabilite.validUntil']);
    expect(issuesOf(holder('2023-02-29'))).toEqual(['recevabilite.validUntil']);
    expect(issuesOf(holder('2025-06-31'))).toEqual(['recevabilite.validUntil']);
    expect(issuesOf(holder('31/12/2025'))).toEqual(['recevabilite.validUntil']);
    expect(
      issuesOf({
        ...holder(),
        recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE', validUntil: '2030-01-01' },
      }),
    ).toEqual(['recevabilite.validUntil']);
  });

  it('says whether a date is malformed or does not exist', () => {
    const messageFor = (validUntil: string) =>
      v
        .safeParse(EligibilityAnswersSchema, {
          ...privateEmployee,
          recevabilite: { situation: 'DETENTEUR_RECEVABILITE', validUntil },
        })
        .issues?.map((i) => i.message);
    expect(messageFor('2023-02-29')).toEqual(['This day does not exist in the calendar']);
    expect(messageFor('2023-2-28')).toEqual(['Expected a date as YYYY-MM-DD']);
  });

  it.each([
    [
      { forThisCertification: -1, forOtherCertifications: 0 },
      'dossiersFiledThisYear.forThisCertification',
    ],
    [
      { forThisCertification: 0, forOtherCertifications: 1.5 },
      'dossiersFiledThisYear.forOtherCertifications',
    ],
    [{ forThisCertification: 0 }, 'dossiersFiledThisYear.forOtherCertifications'],
  ])('rejects the dossier counts %j', (dossiersFiledThisYear, path) => {
    expect(issuesOf({ ...privateEmployee, dossiersFiledThisYear })).toEqual([path]);
  });

  it('rejects unknown keys and unknown typologies', () => {
    expect(issuesOf({ ...privateEmployee, age: 40 })).toEqual(['age']);
    expect(
      v.safeParse(EligibilityAnswersSchema, { ...privateEmployee, typology: 'ETUDIANT' }).success,
    ).toBe(false);
  });
});

describe('DepartmentCodeSchema', () => {
  it.each(['01', '19', '2A', '2B', '21', '75', '95', '971', '974', '976', '975', '988'])(
    'accepts %s',
    (code) => {
      expect(v.parse(DepartmentCodeSchema, code)).toBe(code);
    },
  );

  it('upper-cases Corsica and trims', () => {
    expect(v.parse(DepartmentCodeSchema, ' 2a ')).toBe('2A');
  });

  it.each(['00', '20', '2C', '96', '970', '979', '985', '989', '7', '750', '75001', ''])(
    'rejects %j',
    (code) => {
      expect(v.safeParse(DepartmentCodeSchema, code).success).toBe(false);
    },
  );
});

describe('EligibilityContextSchema', () => {
  it('accepts a certification with or without a registration end', () => {
    const certification = { active: true, vaeAccessible: true, level: 5 };
    expect(
      v.safeParse(EligibilityContextSchema, { certification, today: '2025-03-01' }).success,
    ).toBe(true);
    expect(
      v.safeParse(EligibilityContextSchema, {
        certification: { ...certification, registrationEnd: null },
        today: '2025-03-01',
      }).success,
    ).toBe(true);
    expect(
      v.safeParse(EligibilityContextSchema, {
        certification: { ...certification, level: 2 },
        today: '2025-03-01',
      }).success,
    ).toBe(false);
    expect(
      v.safeParse(EligibilityContextSchema, { certification, today: '2025-13-01' }).success,
    ).toBe(false);
  });
});
