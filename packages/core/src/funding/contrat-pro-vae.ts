import * as v from 'valibot';
import { defineVocabulary } from '../vocabulary/define-vocabulary.js';

// Money is in integer euro cents everywhere in this module (600_000 = 6,000.00 €): sums and
// caps are exact, and every division rounds down, so no amount can exceed its cap.

/** The cost components the OPCO's flat amount covers, in the order they are reported. */
export const ContratProVaeCostComponent = defineVocabulary(
  ['pedagogical', 'coordination', 'vaeAccompaniment', 'ancillary', 'tutor'],
  {
    pedagogical: { fr: 'Frais pédagogiques', en: 'Teaching costs' },
    coordination: { fr: 'Ingénierie et coordination', en: 'Design and coordination' },
    vaeAccompaniment: { fr: 'Accompagnement VAE', en: 'VAE accompaniment' },
    ancillary: {
      fr: 'Frais annexes (hébergement, restauration, transport)',
      en: 'Ancillary costs (lodging, meals, transport)',
    },
    tutor: { fr: 'Tutorat et formateurs de l’entreprise', en: 'Company tutor and trainer costs' },
  },
);
export type ContratProVaeCostComponent = v.InferOutput<typeof ContratProVaeCostComponent.schema>;

/**
 * Caps of the experimental contrat de professionnalisation associant la VAE (seed cahier des
 * charges). Component caps sit inside the yearly envelope, so they apply per contract year.
 * Tutor and trainer costs have no cap of their own: only the yearly envelope bounds them.
 */
export const CONTRAT_PRO_VAE_CAPS = {
  maxDurationMonths: 36,
  /** Paths the whole experiment finances; a programme-level limit, not checked per path. */
  maxFundedPaths: 5_000,
  annualTotalCents: 900_000,
  annualComponentCents: {
    pedagogical: 600_000,
    coordination: 100_000,
    vaeAccompaniment: 200_000,
    ancillary: 30_000,
    tutor: null,
  },
  /** When a year's components exceed the envelope, it is filled in this order (core of the path first). */
  envelopePriority: ['pedagogical', 'vaeAccompaniment', 'coordination', 'tutor', 'ancillary'],
} as const satisfies {
  annualComponentCents: Record<ContratProVaeCostComponent, number | null>;
  envelopePriority: readonly ContratProVaeCostComponent[];
  [key: string]: unknown;
};

/**
 * The cap of one component for one contract year of `months` months (12, or fewer for the last
 * year of a path whose length is not a multiple of 12).
 *
 * "Pedagogical costs ≤ 6,000 €, prorated by the path's duration" is read as: 6,000 € is the cap
 * for twelve months of contract, and each month of contract opens one twelfth of it (500 €).
 * So a 6-month path gets 3,000 €, an 18-month path 6,000 € then 3,000 €, a 36-month path
 * 6,000 € a year (18,000 € in all). This is the only place where that reading lives; the other
 * caps are not prorated.
 */
export function contratProVaeComponentCap(
  component: ContratProVaeCostComponent,
  months: number,
): number | null {
  const annual = CONTRAT_PRO_VAE_CAPS.annualComponentCents[component];
  if (component !== 'pedagogical' || annual === null) return annual;
  return Math.floor((annual * Math.min(months, 12)) / 12);
}

/** Sanity bound (10 million €) that keeps every intermediate product a safe integer. */
const CentsSchema = v.pipe(
  v.number(),
  v.integer('Amounts are whole euro cents'),
  v.minValue(0, 'An amount cannot be negative'),
  v.maxValue(1_000_000_000, 'Amounts are limited to 10,000,000 €'),
);
const amountsEntries = {
  pedagogical: v.optional(CentsSchema, 0),
  coordination: v.optional(CentsSchema, 0),
  vaeAccompaniment: v.optional(CentsSchema, 0),
  ancillary: v.optional(CentsSchema, 0),
  tutor: v.optional(CentsSchema, 0),
} satisfies Record<ContratProVaeCostComponent, unknown>;

/**
 * A path's costs for the whole contract, per component, in euro cents; a component left out
 * costs 0. `publicFundingReceivedCents` are the public amounts already received for the same
 * costs, by which the flat amount is reduced.
 */
export const ContratProVaeFundingInputSchema = v.strictObject({
  durationMonths: v.pipe(
    v.number(),
    v.integer('The duration is a whole number of months'),
    v.minValue(1, 'The contract lasts at least one month'),
    v.maxValue(
      CONTRAT_PRO_VAE_CAPS.maxDurationMonths,
      `A contrat de professionnalisation associant la VAE lasts at most ${CONTRAT_PRO_VAE_CAPS.maxDurationMonths} months`,
    ),
  ),
  requestedCents: v.strictObject(amountsEntries),
  publicFundingReceivedCents: v.optional(v.strictObject(amountsEntries), {}),
});
export type ContratProVaeFundingInput = v.InferInput<typeof ContratProVaeFundingInputSchema>;

/** Why a component got less than requested, in the order they are applied. */
const LIMITS = ['COMPONENT_CAP', 'PUBLIC_FUNDING', 'ANNUAL_TOTAL_CAP'] as const;
export type ContratProVaeLimit = (typeof LIMITS)[number];

export interface ContratProVaeYearAmounts {
  requestedCents: number;
  /** Null for tutor costs, bounded only by the yearly envelope. */
  capCents: number | null;
  /** Public funding received for these costs, deducted from this year's flat amount. */
  publicFundingDeductedCents: number;
  /** What the OPCO funds. */
  acceptedCents: number;
  cappedBy: ContratProVaeLimit[];
}

export interface ContratProVaeYear {
  /** 1 for the first twelve months of the contract, and so on. */
  year: number;
  months: number;
  components: Record<ContratProVaeCostComponent, ContratProVaeYearAmounts>;
  /** What the OPCO funds this year, at most 9,000 €. */
  acceptedCents: number;
}

export interface ContratProVaeComponentEstimate {
  requestedCents: number;
  /** The sum of the yearly caps; null for tutor costs. */
  capCents: number | null;
  /** Public funding already received for these costs. */
  publicFundingCents: number;
  /** What the OPCO funds over the whole path. */
  acceptedCents: number;
  /** Left to the employer or the candidate: requested − public funding − accepted, at least 0. */
  remainingCents: number;
  /** Every limit that reduced the component in some year. */
  cappedBy: ContratProVaeLimit[];
}

export interface ContratProVaeFundingEstimate {
  durationMonths: number;
  years: ContratProVaeYear[];
  components: Record<ContratProVaeCostComponent, ContratProVaeComponentEstimate>;
  totals: {
    requestedCents: number;
    publicFundingCents: number;
    acceptedCents: number;
    remainingCents: number;
  };
}

/**
 * Estimates what the OPCO funds for one contrat de pro + VAE path. Costs given for the whole
 * path are spread over its contract years in proportion to their months; each year, each
 * component is capped, then reduced by the public funding received for it (used up from the
 * first year on), then the year's total is held within the 9,000 € envelope. Throws a
 * `ValiError` for an invalid input (such as a duration over 36 months): validate with
 * `ContratProVaeFundingInputSchema` first to get the issues as values.
 */
export function estimateContratProVaeFunding(
  input: ContratProVaeFundingInput,
): ContratProVaeFundingEstimate {
  const { durationMonths, requestedCents, publicFundingReceivedCents } = v.parse(
    ContratProVaeFundingInputSchema,
    input,
  );
  const publicLeft = new Map(
    ContratProVaeCostComponent.values.map((c) => [c, publicFundingReceivedCents[c]]),
  );
  const years: ContratProVaeYear[] = [];
  for (let start = 0; start < durationMonths; start += 12) {
    const months = Math.min(12, durationMonths - start);
    // Cumulative rounding down: the yearly shares add up exactly to the total.
    const share = (total: number) =>
      Math.floor((total * (start + months)) / durationMonths) -
      Math.floor((total * start) / durationMonths);
    years.push(estimateYear(years.length + 1, months, (c) => share(requestedCents[c]), publicLeft));
  }
  return summarise(durationMonths, years, publicFundingReceivedCents);
}

function estimateYear(
  year: number,
  months: number,
  requestedOf: (c: ContratProVaeCostComponent) => number,
  publicLeft: Map<ContratProVaeCostComponent, number>,
): ContratProVaeYear {
  const amounts = new Map<ContratProVaeCostComponent, ContratProVaeYearAmounts>();
  let envelopeLeft = CONTRAT_PRO_VAE_CAPS.annualTotalCents;
  for (const component of CONTRAT_PRO_VAE_CAPS.envelopePriority) {
    const requestedCents = requestedOf(component);
    const capCents = contratProVaeComponentCap(component, months);
    const cappedBy: ContratProVaeLimit[] = [];
    const withinCap = capCents === null ? requestedCents : Math.min(requestedCents, capCents);
    if (withinCap < requestedCents) cappedBy.push('COMPONENT_CAP');
    // The flat amount does not add up with public funding for the same costs: it is reduced by it.
    const publicFundingDeductedCents = Math.min(withinCap, publicLeft.get(component)!);
    publicLeft.set(component, publicLeft.get(component)! - publicFundingDeductedCents);
    if (publicFundingDeductedCents > 0) cappedBy.push('PUBLIC_FUNDING');
    const afterPublic = withinCap - publicFundingDeductedCents;
    const acceptedCents = Math.min(afterPublic, envelopeLeft);
    if (acceptedCents < afterPublic) cappedBy.push('ANNUAL_TOTAL_CAP');
    envelopeLeft -= acceptedCents;
    amounts.set(component, {
      requestedCents,
      capCents,
      publicFundingDeductedCents,
      acceptedCents,
      cappedBy,
    });
  }
  return {
    year,
    months,
    components: byComponent((c) => amounts.get(c)!),
    acceptedCents: CONTRAT_PRO_VAE_CAPS.annualTotalCents - envelopeLeft,
  };
}

/** Builds a record keyed by component, in the vocabulary's order. */
function byComponent<T>(
  amountOf: (c: ContratProVaeCostComponent) => T,
): Record<ContratProVaeCostComponent, T> {
  return Object.fromEntries(
    ContratProVaeCostComponent.values.map((c) => [c, amountOf(c)]),
  ) as Record<ContratProVaeCostComponent, T>;
}

function summarise(
  durationMonths: number,
  years: ContratProVaeYear[],
  publicFundingReceivedCents: Record<ContratProVaeCostComponent, number>,
): ContratProVaeFundingEstimate {
  const sum = (pick: (y: ContratProVaeYear) => number) => years.reduce((t, y) => t + pick(y), 0);
  const components = byComponent((c): ContratProVaeComponentEstimate => {
    const yearly = years.map((y) => y.components[c]);
    const requestedCents = sum((y) => y.components[c].requestedCents);
    const publicFundingCents = publicFundingReceivedCents[c];
    const acceptedCents = sum((y) => y.components[c].acceptedCents);
    return {
      requestedCents,
      capCents: yearly.some((a) => a.capCents === null)
        ? null
        : sum((y) => y.components[c].capCents ?? 0),
      publicFundingCents,
      acceptedCents,
      remainingCents: Math.max(0, requestedCents - publicFundingCents - acceptedCents),
      cappedBy: LIMITS.filter((limit) => yearly.some((a) => a.cappedBy.includes(limit))),
    };
  });
  const total = (pick: (c: ContratProVaeComponentEstimate) => number) =>
    ContratProVaeCostComponent.values.reduce((t, c) => t + pick(components[c]), 0);
  return {
    durationMonths,
    years,
    components,
    totals: {
      requestedCents: total((c) => c.requestedCents),
      publicFundingCents: total((c) => c.publicFundingCents),
      acceptedCents: total((c) => c.acceptedCents),
      remainingCents: total((c) => c.remainingCents),
    },
  };
}
