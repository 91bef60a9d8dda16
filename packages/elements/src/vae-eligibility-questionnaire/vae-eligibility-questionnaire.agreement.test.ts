import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import {
  type EligibilityAnswers,
  type EligibilityResult,
  EligibilityResultSchema,
  ExperienceDuration,
  evaluateEligibility,
  parisDate,
  Typology,
} from '@vae/core';
import fc from 'fast-check';
import * as v from 'valibot';
import { bffUrl, partnerKey } from '../test-support/bff.js';
import {
  AIDE_SOIGNANT,
  CHAUDRONNERIE_INACTIVE,
  INFIRMIER_NOT_VAE,
  mountQuestionnaire,
  root,
} from '../test-support/eligibility-questionnaire-driver.js';
import type { Draft } from './questions.js';
import type { EligibilityCompleteDetail } from './vae-eligibility-questionnaire.js';

// The verdict the questionnaire shows is computed in the browser; the server computes it again
// (and never trusts the client's). For random answers and certifications, both must agree.

const CERTIFICATIONS = [AIDE_SOIGNANT, INFIRMIER_NOT_VAE, CHAUDRONNERIE_INACTIVE];

async function serverVerdict(certification: string, answers: unknown): Promise<EligibilityResult> {
  const response = await fetch(`${bffUrl}/api/v1/eligibility/evaluate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Vae-Partner': partnerKey },
    body: JSON.stringify({ certification, answers }),
  });
  expect(response.status, JSON.stringify(answers)).to.equal(200);
  return v.parse(EligibilityResultSchema, await response.json());
}

async function certificationContext(code: string) {
  const response = await fetch(`${bffUrl}/api/v1/certifications/${code}?partner=${partnerKey}`);
  const { active, vaeAccessible, level, registrationEnd } = await response.json();
  return { active, vaeAccessible, level, registrationEnd };
}

/** A day within a year and a half of today, as a person types it (French) or as ISO. */
const validUntil = fc
  .tuple(fc.integer({ min: -540, max: 540 }), fc.boolean())
  .map(([days, french]) => {
    const iso = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const [year, month, day] = iso.split('-');
    return french ? `${day}/${month}/${year}` : iso;
  });

/** True or false, `true` `weight` times more often (the rarer outcomes still come up). */
const mostly = (value: boolean, weight: number) =>
  fc.oneof(
    { arbitrary: fc.constant(value), weight },
    { arbitrary: fc.constant(!value), weight: 1 },
  );

/** Mostly the certification open to VAE, so that ELIGIBLE is reached often. */
const certification = fc.oneof(
  { arbitrary: fc.constant(AIDE_SOIGNANT), weight: 4 },
  { arbitrary: fc.constantFrom(INFIRMIER_NOT_VAE, CHAUDRONNERIE_INACTIVE), weight: 1 },
);

/** Everything a person can answer in the questionnaire, as it keeps it. */
const draft: fc.Arbitrary<Draft> = fc.record({
  // One person in four from the public sector: the redirection is checked often enough.
  typology: fc.oneof(
    { arbitrary: fc.constant('SALARIE_PUBLIC' as const), weight: 1 },
    { arbitrary: fc.constantFrom(...Typology.values), weight: 3 },
  ),
  employerReadyForContratPro: fc.boolean(),
  experienceRelated: mostly(true, 3),
  experienceDuration: fc.constantFrom(...ExperienceDuration.values),
  recevabilite: fc.constantFrom(
    'PREMIERE_DEMANDE_RECEVABILITE' as const,
    'DETENTEUR_RECEVABILITE' as const,
  ),
  recevabiliteValidUntil: validUntil,
  filedForThisCertification: mostly(false, 3),
  filedForOtherCertifications: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const),
  department: fc.constantFrom('75', '2a', '2B', '974', '01', '976', ' 13 '),
});

describe('<vae-eligibility-questionnaire> — the client and the server agree', () => {
  afterEach(() => sessionStorage.clear());

  it('shows the verdict POST /api/v1/eligibility/evaluate gives, for random answers', async () => {
    const outcomes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(certification, draft, async (certification, answers) => {
        // The answers as the element keeps them across a reload, up to the summary.
        sessionStorage.setItem(
          `vae-eligibility-questionnaire:${certification}`,
          JSON.stringify({ v: 1, draft: answers, position: { kind: 'summary' } }),
        );
        const el = await mountQuestionnaire(certification);
        const complete = oneEvent(el, 'vae-eligibility-complete');
        root(el).querySelector<HTMLButtonElement>('.actions .primary')?.click();
        const { detail } = (await complete) as CustomEvent<EligibilityCompleteDetail>;
        const server = await serverVerdict(certification, detail.answers);
        expect(detail.outcome).to.equal(server.outcome);
        expect(detail.reasons).to.deep.equal(server.reasons);
        const shown = [...root(el).querySelectorAll('.reasons li')].map((li) =>
          li.getAttribute('data-code'),
        );
        expect(shown).to.deep.equal(server.reasons.map((r) => r.code));
        expect(root(el).querySelector('.result')?.getAttribute('data-outcome')).to.equal(
          server.outcome,
        );
        outcomes.add(server.outcome);
        fixtureCleanup();
      }),
      { numRuns: 40 },
    );
    // The generators reach every outcome, so the agreement is checked on each.
    expect([...outcomes].sort()).to.deep.equal(['ELIGIBLE', 'NOT_ELIGIBLE', 'REDIRECT_CONSEIL']);
  });

  it('computes with @vae/core exactly the result of the API, path and funding included', async () => {
    const contexts = Object.fromEntries(
      await Promise.all(CERTIFICATIONS.map(async (c) => [c, await certificationContext(c)])),
    );
    const common = {
      experience: fc.oneof(
        fc.constant({ inDirectRelation: false as const }),
        fc.record({
          inDirectRelation: fc.constant(true as const),
          duration: fc.constantFrom(...ExperienceDuration.values),
        }),
      ),
      recevabilite: fc.oneof(
        fc.constant({ situation: 'PREMIERE_DEMANDE_RECEVABILITE' as const }),
        fc.record({
          situation: fc.constant('DETENTEUR_RECEVABILITE' as const),
          validUntil: validUntil.map((d) =>
            d.includes('/') ? d.split('/').reverse().join('-') : d,
          ),
        }),
      ),
      dossiersFiledThisYear: fc.record({
        forThisCertification: fc.nat({ max: 3 }),
        forOtherCertifications: fc.nat({ max: 5 }),
      }),
      department: fc.constantFrom('75', '2A', '971', '988'),
    };
    const answers = fc.oneof(
      fc.record({ typology: fc.constant('SALARIE_PUBLIC' as const) }),
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
      }),
    ) as fc.Arbitrary<EligibilityAnswers>;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CERTIFICATIONS), answers, async (certification, a) => {
        const client = evaluateEligibility(a, {
          certification: contexts[certification],
          today: parisDate(new Date()),
        });
        expect(await serverVerdict(certification, a)).to.deep.equal(client);
      }),
      { numRuns: 150 },
    );
  });
});
