import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CERTIFICATION_LEVELS } from '../vocabulary/certification.js';
import { ExperienceDuration, Typology } from '../vocabulary/eligibility.js';
import {
  type EligibilityAnswers,
  EligibilityAnswersSchema,
  type EvaluatedAnswers,
} from './answers.js';
import type { EligibilityContext } from './context.js';
import { evaluateEligibility } from './evaluate-eligibility.js';
import { REASON_SEVERITY } from './reason-codes.js';
import { EligibilityResultSchema } from './result.js';

// Dates as ISO strings built from day numbers, so every generated date is a real one.
const isoDate = fc
  .date({
    min: new Date('2015-01-01T00:00:00Z'),
    max: new Date('2035-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const experience = fc.oneof(
  fc.record({ inDirectRelation: fc.constant(false as const) }),
  fc.record({
    inDirectRelation: fc.constant(true as const),
    duration: fc.constantFrom(...ExperienceDuration.values),
  }),
);
const recevabilite = fc.oneof(
  fc.record({ situation: fc.constant('PREMIERE_DEMANDE_RECEVABILITE' as const) }),
  fc.record({ situation: fc.constant('DETENTEUR_RECEVABILITE' as const), validUntil: isoDate }),
);
const common = {
  experience,
  recevabilite,
  dossiersFiledThisYear: fc.record({
    forThisCertification: fc.nat({ max: 4 }),
    forOtherCertifications: fc.nat({ max: 5 }),
  }),
  department: fc.constantFrom('01', '2A', '2B', '75', '95', '971', '976'),
};

const evaluatedAnswers: fc.Arbitrary<EvaluatedAnswers> = fc.oneof(
  fc.record({
    typology: fc.constant('DEMANDEUR_EMPLOI' as const),
    ...common,
    employerReadyForContratPro: fc.boolean(),
  }),
  fc.record({
    typology: fc.constantFrom(
      ...Typology.values.filter((t) => t !== 'SALARIE_PUBLIC' && t !== 'DEMANDEUR_EMPLOI'),
    ),
    ...common,
  }) as fc.Arbitrary<EvaluatedAnswers>,
);

/** A public-sector employee, with any subset of the other answers. */
const publicSectorAnswers: fc.Arbitrary<EligibilityAnswers> = fc.record(
  {
    typology: fc.constant('SALARIE_PUBLIC' as const),
    ...common,
    employerReadyForContratPro: fc.boolean(),
  },
  { requiredKeys: ['typology'] },
);

const answers: fc.Arbitrary<EligibilityAnswers> = fc.oneof(evaluatedAnswers, publicSectorAnswers);

const context: fc.Arbitrary<EligibilityContext> = fc.record({
  certification: fc.record({
    active: fc.boolean(),
    vaeAccessible: fc.boolean(),
    level: fc.constantFrom(...CERTIFICATION_LEVELS),
    registrationEnd: fc.option(isoDate),
  }),
  today: isoDate,
});

describe('evaluateEligibility — properties', () => {
  it('only generates answers the schema accepts', () => {
    fc.assert(fc.property(answers, (a) => v.safeParse(EligibilityAnswersSchema, a).success));
  });

  it('always redirects the public sector, whatever the other answers and the certification', () => {
    fc.assert(
      fc.property(publicSectorAnswers, context, (a, c) => {
        const result = evaluateEligibility(a, c);
        expect(result.outcome).toBe('REDIRECT_CONSEIL');
        expect(result.reasons.map((r) => r.code)).toEqual(['PUBLIC_SECTOR_REDIRECT']);
      }),
    );
  });

  it('never redirects anyone else', () => {
    fc.assert(
      fc.property(
        evaluatedAnswers,
        context,
        (a, c) => evaluateEligibility(a, c).outcome !== 'REDIRECT_CONSEIL',
      ),
    );
  });

  it('never turns NOT_ELIGIBLE into ELIGIBLE when a filed dossier is added', () => {
    fc.assert(
      fc.property(evaluatedAnswers, context, fc.boolean(), (a, c, sameCertification) => {
        const { forThisCertification, forOtherCertifications } = a.dossiersFiledThisYear;
        const more: EvaluatedAnswers = {
          ...a,
          dossiersFiledThisYear: sameCertification
            ? { forThisCertification: forThisCertification + 1, forOtherCertifications }
            : { forThisCertification, forOtherCertifications: forOtherCertifications + 1 },
        };
        if (evaluateEligibility(a, c).outcome === 'NOT_ELIGIBLE') {
          expect(evaluateEligibility(more, c).outcome).toBe('NOT_ELIGIBLE');
        }
      }),
    );
  });

  it('is deterministic: the same inputs give the same result', () => {
    fc.assert(
      fc.property(answers, context, (a, c) => {
        const copy = structuredClone({ a, c });
        expect(evaluateEligibility(copy.a, copy.c)).toEqual(evaluateEligibility(a, c));
        expect(copy).toEqual({ a, c }); // inputs are not mutated
      }),
    );
  });

  it('keeps outcome, severities, path and funding consistent', () => {
    fc.assert(
      fc.property(answers, context, (a, c) => {
        const result = evaluateEligibility(a, c);
        expect(v.safeParse(EligibilityResultSchema, result).success).toBe(true);
        for (const r of result.reasons) expect(r.severity).toBe(REASON_SEVERITY[r.code]);
        const blocking = result.reasons.some((r) => r.severity === 'blocking');
        expect(blocking).toBe(result.outcome !== 'ELIGIBLE');
        expect(result.path !== null).toBe(result.outcome === 'ELIGIBLE');
        if (result.outcome === 'ELIGIBLE')
          expect(result.funding.map((f) => f.code)).toContain('FONDS_PROPRES');
        else expect(result.funding).toEqual([]);
      }),
    );
  });

  it('gives a partial path only for a recevabilité still valid on the day of evaluation', () => {
    fc.assert(
      fc.property(evaluatedAnswers, context, (a, c) => {
        const result = evaluateEligibility(a, c);
        if (result.path?.kind !== 'PARTIAL') return;
        expect(a.recevabilite.situation).toBe('DETENTEUR_RECEVABILITE');
        if (a.recevabilite.situation === 'DETENTEUR_RECEVABILITE') {
          expect(a.recevabilite.validUntil >= c.today).toBe(true);
        }
      }),
    );
  });

  it('is ELIGIBLE exactly when no rule blocks', () => {
    fc.assert(
      fc.property(evaluatedAnswers, context, (a, c) => {
        const { certification, today } = c;
        const offered =
          certification.active &&
          certification.vaeAccessible &&
          (certification.registrationEnd == null || certification.registrationEnd >= today);
        const expected =
          offered &&
          a.experience.inDirectRelation &&
          a.dossiersFiledThisYear.forThisCertification === 0 &&
          a.dossiersFiledThisYear.forOtherCertifications < 3;
        expect(evaluateEligibility(a, c).outcome).toBe(expected ? 'ELIGIBLE' : 'NOT_ELIGIBLE');
      }),
    );
  });
});
