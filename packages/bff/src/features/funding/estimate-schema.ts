import {
  ContratProVaeCostComponent,
  type ContratProVaeFundingEstimate,
  type ContratProVaeLimit,
} from '@vae/core';
import * as v from 'valibot';

// The response shape of the estimate, for the OpenAPI document and the tests. The estimate itself
// is computed by @vae/core; the tests parse real responses with this schema, and the type check
// at the bottom keeps it in step with the core's interface.

const Cents = v.pipe(v.number(), v.integer(), v.minValue(0), v.description('Euro cents'));
const Limits = v.array(
  v.picklist([
    'COMPONENT_CAP',
    'PUBLIC_FUNDING',
    'ANNUAL_TOTAL_CAP',
  ] satisfies ContratProVaeLimit[]),
);

const byComponent = <S extends v.GenericSchema>(schema: S) =>
  v.strictObject(
    Object.fromEntries(ContratProVaeCostComponent.values.map((c) => [c, schema])) as Record<
      ContratProVaeCostComponent,
      S
    >,
  );

const YearAmountsSchema = v.strictObject({
  requestedCents: Cents,
  capCents: v.nullable(Cents),
  publicFundingDeductedCents: Cents,
  acceptedCents: Cents,
  cappedBy: Limits,
});

const ComponentEstimateSchema = v.strictObject({
  requestedCents: Cents,
  capCents: v.nullable(Cents),
  publicFundingCents: Cents,
  acceptedCents: Cents,
  remainingCents: Cents,
  cappedBy: Limits,
});

export const ContratProVaeFundingEstimateSchema = v.strictObject({
  durationMonths: v.number(),
  years: v.array(
    v.strictObject({
      year: v.number(),
      months: v.number(),
      components: byComponent(YearAmountsSchema),
      acceptedCents: Cents,
    }),
  ),
  components: byComponent(ComponentEstimateSchema),
  totals: v.strictObject({
    requestedCents: Cents,
    publicFundingCents: Cents,
    acceptedCents: Cents,
    remainingCents: Cents,
  }),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<
  v.InferOutput<typeof ContratProVaeFundingEstimateSchema>,
  ContratProVaeFundingEstimate
> = true;
void inStep;
