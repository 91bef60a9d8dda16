import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, candidacies, candidates } from '../../db/schema.js';
import {
  dossierForm,
  eligibleAnswers,
  type LifecycleFixtures,
  lifecycleClient,
  PARTNER_ORIGIN,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

const NIR = '295109912611193';

describe('candidate API', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  beforeEach(async () => {
    t = await createTestApp({}, { partner: false });
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
  });
  afterEach(() => t.close());

  async function created(overrides: Record<string, unknown> = {}) {
    const res = await api.createCandidacy(overrides);
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; status: string; trackingCode: string };
  }
  const mine = (code: string) => api.call('GET', '/candidate/candidacy', { bearer: code });

  it('creates a candidacy, answers the tracking code once and records the partner', async () => {
    const res = await api.createCandidacy({ candidate: { ...candidateBase(), nir: NIR } });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as { id: string; status: string; trackingCode: string };
    expect(body.status).toBe('PROJET');
    expect(body.trackingCode).toMatch(/^vae_tc_[\w-]{32}$/);

    const [row] = await t.db.orm.select().from(candidacies).where(eq(candidacies.id, body.id));
    expect(row?.partnerId).toBe(fx.partner.id);
    expect(row?.trackingCodeHash).not.toContain(body.trackingCode);
    const [person] = await t.db.orm.select().from(candidates);
    expect(person?.nirEncrypted).toBeTruthy();
    expect(person?.nirEncrypted).not.toContain(NIR);

    const read = await mine(body.trackingCode);
    expect(read.status).toBe(200);
    const text = await read.text();
    expect(text).not.toContain('trackingCode');
    expect(text).not.toContain(NIR);
    const view = JSON.parse(text);
    expect(view.status).toBe('PROJET');
    expect(view.allowedEvents).toEqual(['SUBMIT_TO_AAP', 'CHANGE_CERTIFICATION', 'ARCHIVE']);
    const logged = JSON.stringify(t.logs);
    for (const secret of [NIR, body.trackingCode, 'camille.martin@example.org', 'Martin']) {
      expect(logged).not.toContain(secret);
    }
  });

  it('creates and sends to the chosen AAP at once on the accompanied path', async () => {
    const body = await created({ aapId: 'site-a1' });
    expect(body.status).toBe('VALIDATION');
    const view = await (await mine(body.trackingCode)).json();
    expect(view.aap).toMatchObject({ id: 'site-a1', email: 'site-a1@aap.example.org' });
  });

  it('re-evaluates eligibility on the server: 422 with the reasons', async () => {
    const res = await api.createCandidacy({
      eligibility: {
        ...eligibleAnswers,
        experience: { inDirectRelation: false },
      },
    });
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await res.json();
    expect(problem.code).toBe('NOT_ELIGIBLE');
    expect(problem.reasons.map((r: { code: string }) => r.code)).toContain('NO_RELATED_EXPERIENCE');
    expect(await t.db.orm.select().from(candidacies)).toHaveLength(0);

    const inactive = await api.createCandidacy({ certificationCode: 'RNCP34826' });
    expect(inactive.status).toBe(422);
    const unknown = await api.createCandidacy({ certificationCode: 'RNCP99999' });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).code).toBe('CERTIFICATION_UNAVAILABLE');
  });

  it('refuses bad input with 400 and never 500', async () => {
    const badNir = await api.createCandidacy({
      candidate: { ...candidateBase(), nir: '295109912611194' },
    });
    expect(badNir.status).toBe(400);
    expect((await badNir.json()).errors[0].path).toBe('candidate.nir');
    const aapOnAutonomous = await api.createCandidacy({
      accompanimentType: 'AUTONOME',
      aapId: 'site-a1',
    });
    expect(aapOnAutonomous.status).toBe(400);
    const closedAap = await api.createCandidacy({ aapId: 'no-such-site' });
    expect(closedAap.status).toBe(422);
  });

  it('makes retries safe with an Idempotency-Key: same key twice → one candidacy', async () => {
    const headers = { 'Idempotency-Key': 'retry-key-0001' };
    const first = await api.createCandidacy({}, headers);
    const second = await api.createCandidacy({}, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const [a, b] = [await first.json(), await second.json()];
    expect(b).toEqual(a);
    expect(await t.db.orm.select().from(candidacies)).toHaveLength(1);

    const otherBody = await api.createCandidacy({ accompanimentType: 'AUTONOME' }, headers);
    expect(otherBody.status).toBe(422);
    expect((await otherBody.json()).code).toBe('IDEMPOTENCY_KEY_REUSED');
    const parallel = await Promise.all(
      [1, 2, 3, 4].map(() => api.createCandidacy({}, { 'Idempotency-Key': 'parallel-key-02' })),
    );
    const ids = new Set(await Promise.all(parallel.map(async (r) => (await r.json()).id)));
    expect(ids.size).toBe(1);
    expect(await t.db.orm.select().from(candidacies)).toHaveLength(2);
  });

  it('needs a partner key whose origins hold the page origin', async () => {
    const body = {
      certificationCode: 'RNCP35830',
      eligibility: eligibleAnswers,
      candidate: candidateBase(),
      accompanimentType: 'ACCOMPAGNE',
    };
    const none = await api.call('POST', '/candidacies', { json: body });
    expect(none.status).toBe(403);
    expect((await none.json()).code).toBe('PARTNER_KEY_MISSING');
    const foreign = await api.call('POST', '/candidacies', {
      json: body,
      headers: { 'X-Vae-Partner': fx.partner.publishableKey, Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).code).toBe('ORIGIN_NOT_ALLOWED');
    const allowed = await api.call('POST', '/candidacies', {
      json: body,
      headers: { 'X-Vae-Partner': fx.partner.publishableKey, Origin: PARTNER_ORIGIN },
    });
    expect(allowed.status).toBe(201);
  });

  it('answers 401 without a tracking code or with a wrong one, 403 for an account key', async () => {
    expect((await api.call('GET', '/candidate/candidacy', {})).status).toBe(401);
    const wrong = await mine('vae_tc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toContain('Bearer');
    expect((await mine('not-a-code')).status).toBe(401);
    expect((await mine(fx.keys.aap)).status).toBe(403);
  });

  it('chooses, then changes the AAP, and changes the certification back to PROJET', async () => {
    const { trackingCode } = await created();
    const submit = await api.call('POST', '/candidate/candidacy/submit', {
      bearer: trackingCode,
      json: { aapId: 'site-a1' },
    });
    expect(submit.status).toBe(200);
    expect((await submit.json()).status).toBe('VALIDATION');
    const again = await api.call('POST', '/candidate/candidacy/submit', {
      bearer: trackingCode,
      json: { aapId: 'site-a1' },
    });
    expect(again.status).toBe(409);
    expect((await again.json()).code).toBe('INVALID_STATUS_FOR_EVENT');

    const change = await api.call('PUT', '/candidate/candidacy/aap', {
      bearer: trackingCode,
      json: { aapId: 'site-b1' },
    });
    expect(change.status).toBe(200);
    const changed = await change.json();
    expect(changed.aap.id).toBe('site-b1');
    expect(changed.status).toBe('VALIDATION');

    const cert = await api.call('PUT', '/candidate/candidacy/certification', {
      bearer: trackingCode,
      json: { certificationCode: 'RNCP37537' },
    });
    expect(cert.status).toBe(200);
    const after = await cert.json();
    expect(after).toMatchObject({ status: 'PROJET', aap: null });
    expect(after.certification.code).toBe('RNCP37537');
    const inactive = await api.call('PUT', '/candidate/candidacy/certification', {
      bearer: trackingCode,
      json: { certificationCode: 'RNCP34826' },
    });
    expect(inactive.status).toBe(422);
  });

  it('sends the feasibility dossier on the autonomous path, to an eligible certificateur only', async () => {
    const { trackingCode } = await created({ accompanimentType: 'AUTONOME' });
    const list = await api.call('GET', '/candidate/candidacy/certificateurs', {
      bearer: trackingCode,
    });
    const names = (await list.json()).items.map((item: { id: string }) => item.id).sort();
    expect(names).toEqual([fx.certificateurs.national, fx.certificateurs.regional].sort());

    const wrong = await api.call('POST', '/candidate/candidacy/feasibility', {
      bearer: trackingCode,
      form: dossierForm({ certificateurId: fx.certificateurs.elsewhere }),
    });
    expect(wrong.status).toBe(422);
    const sent = await api.call('POST', '/candidate/candidacy/feasibility', {
      bearer: trackingCode,
      form: dossierForm({ certificateurId: fx.certificateurs.regional }),
    });
    expect(sent.status).toBe(200);
    const view = await sent.json();
    expect(view.status).toBe('DOSSIER_FAISABILITE_ENVOYE');
    expect(view.documents).toHaveLength(1);
    const file = await api.call('GET', `/candidate/candidacy/documents/${view.documents[0].id}`, {
      bearer: trackingCode,
    });
    expect(file.status).toBe(200);
    expect(new TextDecoder().decode(await file.arrayBuffer())).toMatch(/^%PDF-/);
    const archive = await api.call('POST', '/candidate/candidacy/archive', {
      bearer: trackingCode,
    });
    expect(archive.status).toBe(409);
    expect((await archive.json()).code).toBe('FEASIBILITY_AWAITING_DECISION');
  });

  it('offers the parcours confirmation in its view while the parcours awaits it, once', async () => {
    const { id, trackingCode } = await created({ aapId: 'site-a1' });
    const aap = (act: string) =>
      api.call('POST', `/aap/candidacies/${id}/${act}`, { bearer: fx.keys.aap });
    expect((await aap('take-over')).status).toBe(200);
    expect((await (await mine(trackingCode)).json()).allowedEvents).not.toContain(
      'CONFIRM_PARCOURS',
    );
    expect((await aap('parcours')).status).toBe(200);
    const sent = await (await mine(trackingCode)).json();
    expect(sent.status).toBe('PARCOURS_ENVOYE');
    expect(sent.allowedEvents).toContain('CONFIRM_PARCOURS');
    // What <vae-dossier-status> shows of it: who sent it (public contact) and when.
    expect(sent.aap).toMatchObject({ id: 'site-a1' });
    expect(sent.history.at(-1)).toMatchObject({ status: 'PARCOURS_ENVOYE' });

    const confirm = () =>
      api.call('POST', '/candidate/candidacy/parcours/confirm', { bearer: trackingCode });
    const confirmed = await confirm();
    expect(confirmed.status).toBe(200);
    const view = await confirmed.json();
    expect(view.status).toBe('PARCOURS_CONFIRME');
    expect(view.allowedEvents).not.toContain('CONFIRM_PARCOURS');
    expect(view.history.at(-1)).toMatchObject({ status: 'PARCOURS_CONFIRME' });
    // A second confirmation (another tab, a double submit) changes nothing: 409, a problem.
    const again = await confirm();
    expect(again.status).toBe(409);
    expect(again.headers.get('content-type')).toContain('application/problem+json');
    expect((await again.json()).code).toBe('INVALID_STATUS_FOR_EVENT');
  });

  it('archives its own candidacy and keeps an audit row per change', async () => {
    const { id, trackingCode } = await created({ aapId: 'site-a1' });
    const res = await api.call('POST', '/candidate/candidacy/archive', { bearer: trackingCode });
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('ARCHIVE');
    const audit = await t.db.orm.select().from(auditLog).where(eq(auditLog.candidacyId, id));
    expect(audit.map((row) => [row.action, row.statusBefore, row.statusAfter])).toEqual([
      ['CREATE_AND_SUBMIT_TO_AAP', null, 'VALIDATION'],
      ['ARCHIVE', 'VALIDATION', 'ARCHIVE'],
    ]);
    expect(audit.every((row) => row.requestId)).toBe(true);
  });
});

function candidateBase() {
  return { givenName: 'Camille', familyName: 'Martin', email: 'camille.martin@example.org' };
}
