import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  CONTRAT_PRO_VAE_CAPS,
  ContratProVaeCostComponent as Components,
  type ContratProVaeCostComponent,
  type ContratProVaeFundingInput,
  ContratProVaeFundingInputSchema,
  contratProVaeComponentCap,
  estimateContratProVaeFunding,
} from './contrat-pro-vae.js';

const euros = (amount: number) => Math.round(amount * 100);

describe('contratProVaeComponentCap — the one reading of "prorated"', () => {
  it.each([
    ['pedagogical', 12, euros(6_000)],
    ['pedagogical', 6, euros(3_000)],
    ['pedagogical', 1, euros(500)],
    ['pedagogical', 7, euros(3_500)],
    ['coordination', 1, euros(1_000)],
    ['vaeAccompaniment', 3, euros(2_000)],
    ['ancillary', 12, euros(300)],
    ['tutor', 12, null],
  ] as const)('%s for a %i-month contract year → %s cents', (component, months, cap) => {
    expect(contratProVaeComponentCap(component, months)).toBe(cap);
  });
});

describe('estimateContratProVaeFunding — cases', () => {
  type Case = {
    name: string;
    input: ContratProVaeFundingInput;
    accepted: Partial<Record<ContratProVaeCostComponent, number>>;
    cappedBy?: Partial<Record<ContratProVaeCostComponent, string[]>>;
    yearly: number[];
    remaining: number;
  };
  it.each<Case>([
    {
      name: 'every cap reached exactly in a 12-month path',
      input: {
        durationMonths: 12,
        requestedCents: {
          pedagogical: euros(6_000),
          coordination: euros(1_000),
          vaeAccompaniment: euros(2_000),
        },
      },
      accepted: {
        pedagogical: euros(6_000),
        coordination: euros(1_000),
        vaeAccompaniment: euros(2_000),
      },
      yearly: [euros(9_000)],
      remaining: 0,
    },
    {
      name: 'pedagogical costs over the prorated cap of a 6-month path',
      input: { durationMonths: 6, requestedCents: { pedagogical: euros(6_000) } },
      accepted: { pedagogical: euros(3_000) },
      cappedBy: { pedagogical: ['COMPONENT_CAP'] },
      yearly: [euros(3_000)],
      remaining: euros(3_000),
    },
    {
      name: 'an 18-month path spreads costs over a full and a half year',
      input: {
        durationMonths: 18,
        requestedCents: { pedagogical: euros(9_000), vaeAccompaniment: euros(3_000) },
      },
      accepted: { pedagogical: euros(9_000), vaeAccompaniment: euros(3_000) },
      yearly: [euros(8_000), euros(4_000)],
      remaining: 0,
    },
    {
      name: 'a 36-month path with pedagogical costs over 6,000 € a year',
      input: { durationMonths: 36, requestedCents: { pedagogical: euros(20_000) } },
      accepted: { pedagogical: euros(18_000) },
      cappedBy: { pedagogical: ['COMPONENT_CAP'] },
      yearly: [euros(6_000), euros(6_000), euros(6_000)],
      remaining: euros(2_000),
    },
    {
      name: 'coordination, accompaniment and ancillary costs over their caps',
      input: {
        durationMonths: 12,
        requestedCents: {
          coordination: euros(1_500),
          vaeAccompaniment: euros(2_500),
          ancillary: euros(450),
        },
      },
      accepted: {
        coordination: euros(1_000),
        vaeAccompaniment: euros(2_000),
        ancillary: euros(300),
      },
      cappedBy: {
        coordination: ['COMPONENT_CAP'],
        vaeAccompaniment: ['COMPONENT_CAP'],
        ancillary: ['COMPONENT_CAP'],
      },
      yearly: [euros(3_300)],
      remaining: euros(1_150),
    },
    {
      name: 'the 9,000 € yearly envelope cuts tutor and ancillary costs last',
      input: {
        durationMonths: 12,
        requestedCents: {
          pedagogical: euros(6_000),
          coordination: euros(1_000),
          vaeAccompaniment: euros(1_800),
          tutor: euros(500),
          ancillary: euros(300),
        },
      },
      accepted: {
        pedagogical: euros(6_000),
        coordination: euros(1_000),
        vaeAccompaniment: euros(1_800),
        tutor: euros(200),
        ancillary: 0,
      },
      cappedBy: { tutor: ['ANNUAL_TOTAL_CAP'], ancillary: ['ANNUAL_TOTAL_CAP'] },
      yearly: [euros(9_000)],
      remaining: euros(600),
    },
    {
      name: 'tutor costs alone are bounded by the envelope only',
      input: { durationMonths: 24, requestedCents: { tutor: euros(20_000) } },
      accepted: { tutor: euros(18_000) },
      cappedBy: { tutor: ['ANNUAL_TOTAL_CAP'] },
      yearly: [euros(9_000), euros(9_000)],
      remaining: euros(2_000),
    },
    {
      name: 'public funding reduces the capped flat amount, not the request',
      input: {
        durationMonths: 12,
        requestedCents: { pedagogical: euros(8_000) },
        publicFundingReceivedCents: { pedagogical: euros(2_000) },
      },
      accepted: { pedagogical: euros(4_000) },
      cappedBy: { pedagogical: ['COMPONENT_CAP', 'PUBLIC_FUNDING'] },
      yearly: [euros(4_000)],
      remaining: euros(2_000),
    },
    {
      name: 'public funding is used up from the first year on',
      input: {
        durationMonths: 24,
        requestedCents: { vaeAccompaniment: euros(3_000) },
        publicFundingReceivedCents: { vaeAccompaniment: euros(2_000) },
      },
      accepted: { vaeAccompaniment: euros(1_000) },
      cappedBy: { vaeAccompaniment: ['PUBLIC_FUNDING'] },
      yearly: [0, euros(1_000)],
      remaining: 0,
    },
    {
      name: 'public funding above the costs leaves nothing to fund and nothing to pay',
      input: {
        durationMonths: 12,
        requestedCents: { ancillary: euros(200) },
        publicFundingReceivedCents: { ancillary: euros(500) },
      },
      accepted: { ancillary: 0 },
      cappedBy: { ancillary: ['PUBLIC_FUNDING'] },
      yearly: [0],
      remaining: 0,
    },
    {
      name: 'a 13-month path: the one-month second year opens 500 € of pedagogical costs',
      input: { durationMonths: 13, requestedCents: { pedagogical: euros(13_000) } },
      accepted: { pedagogical: euros(6_500) },
      cappedBy: { pedagogical: ['COMPONENT_CAP'] },
      yearly: [euros(6_000), euros(500)],
      remaining: euros(6_500),
    },
    {
      name: 'odd cents are spread without losing or creating any',
      input: { durationMonths: 36, requestedCents: { coordination: 100 } },
      accepted: { coordination: 100 },
      yearly: [33, 33, 34],
      remaining: 0,
    },
  ])('$name', ({ input, accepted, cappedBy = {}, yearly, remaining }) => {
    const estimate = estimateContratProVaeFunding(input);
    for (const c of Components.values) {
      expect(estimate.components[c].acceptedCents, c).toBe(accepted[c] ?? 0);
      expect(estimate.components[c].cappedBy, c).toEqual(cappedBy[c] ?? []);
    }
    expect(estimate.years.map((y) => y.acceptedCents)).toEqual(yearly);
    expect(estimate.totals.acceptedCents).toBe(yearly.reduce((a, b) => a + b, 0));
    expect(estimate.totals.remainingCents).toBe(remaining);
  });

  it('reports each component requested, cap, public funding, accepted and remaining', () => {
    const estimate = estimateContratProVaeFunding({
      durationMonths: 18,
      requestedCents: { pedagogical: euros(10_000) },
      publicFundingReceivedCents: { pedagogical: euros(1_000) },
    });
    expect(estimate.components.pedagogical).toEqual({
      requestedCents: euros(10_000),
      capCents: euros(9_000),
      publicFundingCents: euros(1_000),
      acceptedCents: euros(8_000),
      remainingCents: euros(1_000),
      cappedBy: ['COMPONENT_CAP', 'PUBLIC_FUNDING'],
    });
    expect(estimate.years.map((y) => [y.year, y.months])).toEqual([
      [1, 12],
      [2, 6],
    ]);
    expect(estimate.components.tutor.capCents).toBeNull();
    expect(estimate.totals).toEqual({
      requestedCents: euros(10_000),
      publicFundingCents: euros(1_000),
      acceptedCents: euros(8_000),
      remainingCents: euros(1_000),
    });
  });

  it.each([
    ['a duration over 36 months', { durationMonths: 37, requestedCents: {} }, 'durationMonths'],
    ['a zero duration', { durationMonths: 0, requestedCents: {} }, 'durationMonths'],
    ['a fractional duration', { durationMonths: 12.5, requestedCents: {} }, 'durationMonths'],
    [
      'a negative amount',
      { durationMonths: 12, requestedCents: { tutor: -1 } },
      'requestedCents.tutor',
    ],
    [
      'an amount in fractional cents',
      { durationMonths: 12, requestedCents: { ancillary: 10.5 } },
      'requestedCents.ancillary',
    ],
    [
      'an unknown component',
      { durationMonths: 12, requestedCents: { travel: 100 } },
      'requestedCents.travel',
    ],
  ])('refuses %s', (_, input, path) => {
    const result = v.safeParse(ContratProVaeFundingInputSchema, input);
    expect(result.issues?.map((i) => v.getDotPath(i))).toEqual([path]);
    expect(() => estimateContratProVaeFunding(input as ContratProVaeFundingInput)).toThrow(
      v.ValiError,
    );
  });

  it('says why a duration over 36 months is refused', () => {
    const result = v.safeParse(ContratProVaeFundingInputSchema, {
      durationMonths: 48,
      requestedCents: {},
    });
    expect(result.issues?.[0]?.message).toMatch(/at most 36 months/);
  });
});

describe('estimateContratProVaeFunding — properties', () => {
  const cents = fc.nat({ max: euros(30_000) });
  const amounts = fc.record(
    {
      pedagogical: cents,
      coordination: cents,
      vaeAccompaniment: cents,
      ancillary: cents,
      tutor: cents,
    },
    { requiredKeys: [] },
  );
  const input: fc.Arbitrary<ContratProVaeFundingInput> = fc.record(
    {
      durationMonths: fc.integer({ min: 1, max: CONTRAT_PRO_VAE_CAPS.maxDurationMonths }),
      requestedCents: amounts,
      publicFundingReceivedCents: amounts,
    },
    { requiredKeys: ['durationMonths', 'requestedCents'] },
  );

  it('keeps every component within its cap and every year within 9,000 €', () => {
    fc.assert(
      fc.property(input, (i) => {
        const estimate = estimateContratProVaeFunding(i);
        for (const year of estimate.years) {
          expect(year.acceptedCents).toBeLessThanOrEqual(CONTRAT_PRO_VAE_CAPS.annualTotalCents);
          for (const c of Components.values) {
            const { acceptedCents, capCents, requestedCents } = year.components[c];
            expect(acceptedCents).toBeGreaterThanOrEqual(0);
            expect(acceptedCents).toBeLessThanOrEqual(requestedCents);
            if (capCents !== null) expect(acceptedCents).toBeLessThanOrEqual(capCents);
          }
        }
        for (const c of Components.values) {
          const { acceptedCents, capCents } = estimate.components[c];
          if (capCents !== null) expect(acceptedCents).toBeLessThanOrEqual(capCents);
          expect(Number.isInteger(acceptedCents)).toBe(true);
        }
      }),
    );
  });

  it('never funds more than the costs left once public funding is counted', () => {
    fc.assert(
      fc.property(input, (i) => {
        const estimate = estimateContratProVaeFunding(i);
        for (const c of Components.values) {
          const { requestedCents, publicFundingCents, acceptedCents, remainingCents } =
            estimate.components[c];
          expect(requestedCents).toBe(i.requestedCents[c] ?? 0);
          expect(acceptedCents).toBeLessThanOrEqual(
            Math.max(0, requestedCents - publicFundingCents),
          );
          expect(remainingCents).toBe(
            Math.max(0, requestedCents - publicFundingCents - acceptedCents),
          );
        }
        const sumYears = estimate.years.reduce((t, y) => t + y.acceptedCents, 0);
        expect(estimate.totals.acceptedCents).toBe(sumYears);
        expect(estimate.years.reduce((t, y) => t + y.months, 0)).toBe(i.durationMonths);
      }),
    );
  });

  it('never funds more when more public funding was received', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...Components.values), cents, (i, c, extra) => {
        const more = {
          ...i,
          publicFundingReceivedCents: {
            ...i.publicFundingReceivedCents,
            [c]: (i.publicFundingReceivedCents?.[c] ?? 0) + extra,
          },
        };
        const before = estimateContratProVaeFunding(i).totals.acceptedCents;
        expect(estimateContratProVaeFunding(more).totals.acceptedCents).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(estimateContratProVaeFunding(structuredClone(i))).toEqual(
          estimateContratProVaeFunding(i),
        );
      }),
    );
  });
});
