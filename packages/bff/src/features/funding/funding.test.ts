import { estimateContratProVaeFunding } from '@vae/core';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../http/problem-schema.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { ContratProVaeFundingEstimateSchema } from './estimate-schema.js';

const estimateOf = async (res: Response) =>
  v.parse(ContratProVaeFundingEstimateSchema, await res.json());
const problemOf = async (res: Response) => v.parse(ProblemSchema, await res.json());

describe('POST /api/v1/funding/contrat-pro-vae/estimate', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  const estimate = (body: unknown) =>
    t.app.request('/api/v1/funding/contrat-pro-vae/estimate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('caps an 18-month path per contract year and reduces it by the public funding received', async () => {
    const input = {
      durationMonths: 18,
      requestedCents: {
        pedagogical: 1_200_000,
        coordination: 150_000,
        vaeAccompaniment: 300_000,
        ancillary: 60_000,
        tutor: 90_000,
      },
      publicFundingReceivedCents: { vaeAccompaniment: 50_000 },
    };
    const res = await estimate(input);
    expect(res.status).toBe(200);
    const body = await estimateOf(res);
    expect(body).toEqual(estimateContratProVaeFunding(input));
    expect(body.years.map((y: { months: number }) => y.months)).toEqual([12, 6]);
    // Teaching costs: 6,000 € for the first twelve months, 3,000 € for the last six.
    expect(body.components.pedagogical).toMatchObject({
      capCents: 900_000,
      acceptedCents: 900_000,
    });
    expect(body.components.vaeAccompaniment.cappedBy).toContain('PUBLIC_FUNDING');
    for (const year of body.years) expect(year.acceptedCents).toBeLessThanOrEqual(900_000);
    expect(body.totals.requestedCents).toBe(1_800_000);
  });

  it('treats a left-out component as costing nothing', async () => {
    const body = await estimateOf(
      await estimate({ durationMonths: 12, requestedCents: { vaeAccompaniment: 150_000 } }),
    );
    expect(body.totals).toEqual({
      requestedCents: 150_000,
      publicFundingCents: 0,
      acceptedCents: 150_000,
      remainingCents: 0,
    });
  });

  it('answers 400 problem+json naming each bad field', async () => {
    const res = await estimate({
      durationMonths: 37,
      requestedCents: { pedagogical: 12.5, tutor: -1, lodging: 100 },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = await problemOf(res);
    expect(body).toMatchObject({ type: 'urn:vae:problem:invalid-request', status: 400 });
    expect(body.errors?.map((e) => e.path).sort()).toEqual([
      'durationMonths',
      'requestedCents.lodging',
      'requestedCents.pedagogical',
      'requestedCents.tutor',
    ]);
    expect(body.errors?.find((e) => e.path === 'durationMonths')?.message).toMatch(/36 months/);
  });

  it('answers 400 when the costs are missing altogether', async () => {
    const res = await estimate({ durationMonths: 12 });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors?.map((e) => e.path)).toEqual(['requestedCents']);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = v.parse(
      v.object({
        paths: v.record(
          v.string(),
          v.record(v.string(), v.object({ responses: v.record(v.string(), v.unknown()) })),
        ),
      }),
      await (await t.app.request('/api/v1/openapi.json')).json(),
    );
    const operation = doc.paths['/funding/contrat-pro-vae/estimate']?.['post'];
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual(['200', '400']);
  });
});
