import { EligibilityResultSchema } from '@vae/core';
import * as v from 'valibot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../http/problem-schema.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { upsertCertifications } from '../certifications/repository.js';
import { testCertification } from './test-certifications.js';

const privateEmployee = {
  typology: 'SALARIE_PRIVE',
  experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
  recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
  dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
  department: '75',
};

/** The body of a 200, checked against the documented result schema. */
const resultOf = async (res: Response) => v.parse(EligibilityResultSchema, await res.json());
const problemOf = async (res: Response) => v.parse(ProblemSchema, await res.json());
const codesOf = (list: readonly { code: string }[]) => list.map((item) => item.code);
const badFieldsOf = async (res: Response) =>
  ((await problemOf(res)).errors ?? []).map((error) => error.path).sort();

describe('POST /api/v1/eligibility/evaluate', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
    await upsertCertifications(t.db, [
      testCertification('RNCP35830'),
      testCertification('RNCP34826', { active: false, vaeAccessible: false }),
      testCertification('RNCP37000', { registrationEnd: '2026-03-01' }),
      testCertification('RNCP12345', { level: null }),
    ]);
  });
  afterEach(() => t.close());

  const evaluate = (body: unknown) =>
    t.app.request('/api/v1/eligibility/evaluate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('finds an eligible private-sector employee, with a full path and the funding routes', async () => {
    const res = await evaluate({ certification: 'RNCP35830', answers: privateEmployee });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const result = await resultOf(res);
    expect(result.outcome).toBe('ELIGIBLE');
    expect(result.reasons).toEqual([]);
    expect(result.path).toEqual({
      kind: 'FULL',
      label: { fr: 'Parcours complet', en: 'Full path' },
    });
    expect(codesOf(result.funding)).toEqual([
      'CPF',
      'EMPLOYEUR',
      'OPCO',
      'REGION',
      'FONDS_PROPRES',
    ]);
  });

  it('accepts the bare RNCP number and a lower-case Corsican department', async () => {
    const res = await evaluate({
      certification: ' 35830 ',
      answers: { ...privateEmployee, department: '2a' },
    });
    expect(res.status).toBe(200);
    expect((await resultOf(res)).outcome).toBe('ELIGIBLE');
  });

  it('redirects a public-sector employee on the typology alone, whatever the certification', async () => {
    const res = await evaluate({
      certification: 'RNCP34826',
      answers: { typology: 'SALARIE_PUBLIC' },
    });
    expect(res.status).toBe(200);
    expect(await resultOf(res)).toMatchObject({
      outcome: 'REDIRECT_CONSEIL',
      reasons: [{ code: 'PUBLIC_SECTOR_REDIRECT', severity: 'blocking' }],
      path: null,
      funding: [],
    });
  });

  it('gives every blocking reason of the certification and of the answers', async () => {
    const res = await evaluate({
      certification: 'RNCP34826',
      answers: {
        ...privateEmployee,
        experience: { inDirectRelation: false },
        dossiersFiledThisYear: { forThisCertification: 1, forOtherCertifications: 3 },
      },
    });
    const result = await resultOf(res);
    expect(result.outcome).toBe('NOT_ELIGIBLE');
    expect(codesOf(result.reasons)).toEqual([
      'CERTIFICATION_INACTIVE',
      'CERTIFICATION_NOT_VAE_ACCESSIBLE',
      'NO_RELATED_EXPERIENCE',
      'MAX_SUBMISSIONS_UNIQUE_CERTIFICATION_REACHED',
      'MAX_SUBMISSIONS_CROSS_CERTIFICATION_REACHED',
    ]);
  });

  it('offers the contrat pro + VAE to a job seeker whose employer is ready, and only then', async () => {
    const jobSeeker = { ...privateEmployee, typology: 'DEMANDEUR_EMPLOI' };
    const ready = await resultOf(
      await evaluate({
        certification: 'RNCP35830',
        answers: { ...jobSeeker, employerReadyForContratPro: true },
      }),
    );
    expect(codesOf(ready.funding)).toEqual(
      expect.arrayContaining(['CONTRAT_PRO_VAE', 'FRANCE_TRAVAIL']),
    );
    const notReady = await resultOf(
      await evaluate({
        certification: 'RNCP35830',
        answers: { ...jobSeeker, employerReadyForContratPro: false },
      }),
    );
    expect(codesOf(notReady.funding)).not.toContain('CONTRAT_PRO_VAE');
  });

  describe('today is the date in Europe/Paris', () => {
    // RNCP37000's registration ends on 2026-03-01 (still open on its last day).
    it.each([
      ['2026-03-01T22:59:00Z', 'ELIGIBLE', []],
      // 23:00 UTC on 1 March is already 2 March in Paris (UTC+1).
      ['2026-03-01T23:00:00Z', 'NOT_ELIGIBLE', ['CERTIFICATION_REGISTRATION_ENDED']],
    ])('at %s the verdict is %s', async (instant, outcome, reasons) => {
      t.clock.set(new Date(instant));
      const result = await resultOf(
        await evaluate({ certification: 'RNCP37000', answers: privateEmployee }),
      );
      expect(result.outcome).toBe(outcome);
      expect(codesOf(result.reasons)).toEqual(reasons);
    });

    it('decides whether a held recevabilité is still valid on the Paris date', async () => {
      const answers = {
        ...privateEmployee,
        recevabilite: { situation: 'DETENTEUR_RECEVABILITE', validUntil: '2026-06-30' },
      };
      t.clock.set(new Date('2026-06-30T21:59:00Z'));
      const onLastDay = await resultOf(await evaluate({ certification: 'RNCP35830', answers }));
      expect(onLastDay.path?.kind).toBe('PARTIAL');
      // 22:00 UTC on 30 June is 1 July in Paris (UTC+2).
      t.clock.set(new Date('2026-06-30T22:00:00Z'));
      const dayAfter = await resultOf(await evaluate({ certification: 'RNCP35830', answers }));
      expect(dayAfter.path?.kind).toBe('FULL');
      expect(codesOf(dayAfter.reasons)).toEqual(['RECEVABILITE_EXPIRED']);
    });
  });

  it('never reads a verdict sent by the client: such a body is refused', async () => {
    const res = await evaluate({
      certification: 'RNCP34826',
      answers: privateEmployee,
      outcome: 'ELIGIBLE',
    });
    expect(res.status).toBe(400);
    expect((await problemOf(res)).errors).toEqual([
      { path: 'outcome', in: 'body', message: expect.any(String) },
    ]);
  });

  it('answers 404 problem+json for a certification the catalogue does not have', async () => {
    const res = await evaluate({ certification: 'RNCP99999', answers: privateEmployee });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await problemOf(res)).toMatchObject({
      type: 'urn:vae:problem:not-found',
      status: 404,
      detail: expect.stringContaining('RNCP99999'),
    });
  });

  it('answers 422 for a certification without a level (it cannot be evaluated)', async () => {
    const res = await evaluate({ certification: 'RNCP12345', answers: privateEmployee });
    expect(res.status).toBe(422);
    expect(await problemOf(res)).toMatchObject({ type: 'urn:vae:problem:unprocessable' });
  });

  it('answers 400 problem+json naming each bad field', async () => {
    const res = await evaluate({
      certification: 'RS5483',
      answers: {
        ...privateEmployee,
        experience: { inDirectRelation: true },
        department: '20',
        dossiersFiledThisYear: { forThisCertification: -1, forOtherCertifications: 0 },
      },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await problemOf(res);
    expect(problem).toMatchObject({ type: 'urn:vae:problem:invalid-request', status: 400 });
    expect(problem.errors?.map((error) => error.path).sort()).toEqual([
      'answers.department',
      'answers.dossiersFiledThisYear.forThisCertification',
      'answers.experience.duration',
      'certification',
    ]);
    for (const error of problem.errors ?? []) {
      expect(error).toEqual({ path: expect.any(String), in: 'body', message: expect.any(String) });
    }
  });

  it('names the missing answers of a typology and refuses an unknown typology', async () => {
    const missing = await evaluate({
      certification: 'RNCP35830',
      answers: { typology: 'DEMANDEUR_EMPLOI' },
    });
    expect(missing.status).toBe(400);
    expect(await badFieldsOf(missing)).toEqual([
      'answers.department',
      'answers.dossiersFiledThisYear',
      'answers.employerReadyForContratPro',
      'answers.experience',
      'answers.recevabilite',
    ]);
    const unknown = await evaluate({
      certification: 'RNCP35830',
      answers: { typology: 'ETUDIANT' },
    });
    expect(unknown.status).toBe(400);
    expect(await badFieldsOf(unknown)).toEqual(['answers.typology']);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await t.app.request('/api/v1/eligibility/evaluate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"certification":',
    });
    expect(res.status).toBe(400);
    expect(await problemOf(res)).toMatchObject({ type: 'urn:vae:problem:malformed-json' });
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
    const operation = doc.paths['/eligibility/evaluate']?.['post'];
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual(['200', '400', '404', '422']);
  });
});
