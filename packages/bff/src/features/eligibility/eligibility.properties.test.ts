import {
  CERTIFICATION_LEVELS,
  type EligibilityAnswersInput,
  EligibilityAnswersSchema,
  ExperienceDuration,
  evaluateEligibility,
  parisDate,
  Typology,
} from '@vae/core';
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import type { CertificationRecord } from '../certifications/certification-record.js';
import { upsertCertifications } from '../certifications/repository.js';
import { testCertification } from './test-certifications.js';

// Instants around the dates the catalogue uses, so Paris midnights and registration ends are hit.
const instant = fc
  .integer({
    min: Date.parse('2025-12-20T00:00:00Z'),
    max: Date.parse('2026-01-10T00:00:00Z'),
  })
  .map((ms) => new Date(ms));
const isoDate = fc
  .integer({
    min: Date.parse('2025-12-25T00:00:00Z') / 86_400_000,
    max: Date.parse('2026-01-05T00:00:00Z') / 86_400_000,
  })
  .map((day) => new Date(day * 86_400_000).toISOString().slice(0, 10));

const common = {
  experience: fc.oneof(
    fc.record({ inDirectRelation: fc.constant(false) }),
    fc.record({
      inDirectRelation: fc.constant(true),
      duration: fc.constantFrom(...ExperienceDuration.values),
    }),
  ),
  recevabilite: fc.oneof(
    fc.record({ situation: fc.constant('PREMIERE_DEMANDE_RECEVABILITE') }),
    fc.record({ situation: fc.constant('DETENTEUR_RECEVABILITE'), validUntil: isoDate }),
  ),
  dossiersFiledThisYear: fc.record({
    forThisCertification: fc.nat({ max: 3 }),
    forOtherCertifications: fc.nat({ max: 4 }),
  }),
  // As people type them: the schema upper-cases and trims.
  department: fc.constantFrom('01', '2a', '2B', ' 75', '95', '971', '976'),
};

/** Answers the schema accepts, for every typology, as a client would send them. */
const answers = fc.oneof(
  fc.record({
    typology: fc.constant('DEMANDEUR_EMPLOI'),
    ...common,
    employerReadyForContratPro: fc.boolean(),
  }),
  fc.record({
    typology: fc.constantFrom(
      ...Typology.values.filter((t) => t !== 'SALARIE_PUBLIC' && t !== 'DEMANDEUR_EMPLOI'),
    ),
    ...common,
  }),
  fc.record(
    {
      typology: fc.constant('SALARIE_PUBLIC'),
      ...common,
      employerReadyForContratPro: fc.boolean(),
    },
    { requiredKeys: ['typology'] },
  ),
) as fc.Arbitrary<EligibilityAnswersInput>;

// Every combination of what the rules read from the catalogue.
const catalogue: CertificationRecord[] = [];
for (const active of [true, false]) {
  for (const vaeAccessible of [true, false]) {
    for (const registrationEnd of [null, '2025-12-31', '2026-01-01', '2026-06-30']) {
      const code = `RNCP${String(10_000 + catalogue.length)}`;
      const level = CERTIFICATION_LEVELS[catalogue.length % CERTIFICATION_LEVELS.length]!;
      catalogue.push(testCertification(code, { active, vaeAccessible, registrationEnd, level }));
    }
  }
}

describe('POST /api/v1/eligibility/evaluate — the server and the client agree', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await upsertCertifications(t.db, catalogue);
  });
  afterAll(() => t.close());

  it('only generates answers the schema accepts', () => {
    fc.assert(fc.property(answers, (a) => v.safeParse(EligibilityAnswersSchema, a).success));
  });

  it('answers exactly what evaluateEligibility computes in the browser, for random answers', async () => {
    await fc.assert(
      fc.asyncProperty(answers, fc.constantFrom(...catalogue), instant, async (a, c, now) => {
        t.clock.set(now);
        const res = await t.app.request('/api/v1/eligibility/evaluate', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ certification: c.code, answers: a }),
        });
        expect(res.status).toBe(200);
        // What the element computes: the same schema, the same rule, the same Paris day.
        const client = evaluateEligibility(v.parse(EligibilityAnswersSchema, a), {
          certification: {
            active: c.active,
            vaeAccessible: c.vaeAccessible,
            level: c.level!,
            registrationEnd: c.registrationEnd,
          },
          today: parisDate(now),
        });
        expect(await res.json()).toEqual(client);
      }),
      { numRuns: 300 },
    );
  });
});
