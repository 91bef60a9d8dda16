import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog, candidacyStatusHistory, feasibilityDecisions } from '../../db/schema.js';
import {
  dossierForm,
  type LifecycleFixtures,
  lifecycleClient,
  pdfBytes,
  seedLifecycleFixtures,
} from '../../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../../test-support/lifecycle-journey.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('professional API', () => {
  let t: TestApp;
  let fx: LifecycleFixtures;
  let api: ReturnType<typeof lifecycleClient>;
  let journey: ReturnType<typeof lifecycleJourney>;
  beforeEach(async () => {
    t = await createTestApp();
    fx = await seedLifecycleFixtures(t);
    api = lifecycleClient(t, fx);
    journey = lifecycleJourney(api, fx);
  });
  afterEach(() => t.close());

  const get = (path: string, bearer: string) => api.call('GET', path, { bearer });
  const post = (path: string, bearer: string, json?: unknown) =>
    api.call('POST', path, { bearer, json });

  describe('AAP', () => {
    it('takes over and sends the parcours; the candidate confirms it', async () => {
      const c = await journey.submitted();
      const taken = await post(`/aap/candidacies/${c.id}/take-over`, fx.keys.antennaA1);
      expect(taken.status).toBe(200);
      const view = await taken.json();
      expect(view).toMatchObject({ status: 'PRISE_EN_CHARGE', version: 2 });
      expect(view.candidate).toMatchObject({ familyName: 'Martin', hasNir: false });
      expect(view.allowedEvents).toContain('SEND_PARCOURS');
      const again = await post(`/aap/candidacies/${c.id}/take-over`, fx.keys.aap);
      expect(again.status).toBe(409);
      expect((await again.json()).code).toBe('INVALID_STATUS_FOR_EVENT');
      expect((await post(`/aap/candidacies/${c.id}/parcours`, fx.keys.aap)).status).toBe(200);
      const confirmed = await api.call('POST', '/candidate/candidacy/parcours/confirm', {
        bearer: c.trackingCode,
      });
      expect((await confirmed.json()).status).toBe('PARCOURS_CONFIRME');
      const history = await t.db.orm
        .select()
        .from(candidacyStatusHistory)
        .where(eq(candidacyStatusHistory.candidacyId, c.id));
      expect(history.map((row) => `${row.status}:${row.actor}`)).toEqual([
        'PROJET:CANDIDATE',
        'VALIDATION:CANDIDATE',
        'PRISE_EN_CHARGE:AAP',
        'PARCOURS_ENVOYE:AAP',
        'PARCOURS_CONFIRME:CANDIDATE',
      ]);
    });

    it('sees its organism (admin) or its site (antenna) only: 404 elsewhere', async () => {
      const c = await journey.submitted();
      expect((await get(`/aap/candidacies/${c.id}`, fx.keys.aap)).status).toBe(200);
      expect((await get(`/aap/candidacies/${c.id}`, fx.keys.antennaA1)).status).toBe(200);
      for (const key of [fx.keys.antennaA2, fx.keys.otherAap]) {
        expect((await get(`/aap/candidacies/${c.id}`, key)).status).toBe(404);
        expect((await post(`/aap/candidacies/${c.id}/take-over`, key)).status).toBe(404);
      }
      expect((await get(`/aap/candidacies/${c.id}`, fx.keys.certificateur)).status).toBe(403);
      expect((await get('/aap/candidacies/not-a-uuid', fx.keys.aap)).status).toBe(400);
    });

    it('lists with filters and pagination, and counts by status', async () => {
      const first = await journey.submitted();
      await journey.submitted({
        candidate: { givenName: 'Léa', familyName: 'Dupont', email: 'lea@example.org' },
      });
      await journey.submitted({ aapId: 'site-a2', certificationCode: 'RNCP37537' });
      await journey.submitted({ aapId: 'site-b1' });
      t.clock.set(new Date('2026-03-02T10:00:00.000Z'));
      await post(`/aap/candidacies/${first.id}/take-over`, fx.keys.aap);

      const all = await (await get('/aap/candidacies?pageSize=2', fx.keys.aap)).json();
      expect(all).toMatchObject({ total: 3, page: 1, pageSize: 2, pageCount: 2 });
      expect(all.items).toHaveLength(2);
      expect(all.items[0].id).toBe(first.id);
      const second = await (await get('/aap/candidacies?pageSize=2&page=2', fx.keys.aap)).json();
      expect(second.items).toHaveLength(1);

      const byText = await (await get('/aap/candidacies?q=dupont', fx.keys.aap)).json();
      expect(
        byText.items.map((i: { candidate: { familyName: string } }) => i.candidate.familyName),
      ).toEqual(['Dupont']);
      const byStatus = await (
        await get('/aap/candidacies?status=PRISE_EN_CHARGE', fx.keys.aap)
      ).json();
      expect(byStatus.total).toBe(1);
      const byCert = await (
        await get('/aap/candidacies?certification=rncp37537', fx.keys.aap)
      ).json();
      expect(byCert.total).toBe(1);
      const byDate = await (
        await get('/aap/candidacies?createdFrom=2026-03-03', fx.keys.aap)
      ).json();
      expect(byDate.total).toBe(0);
      const onDay = await (
        await get('/aap/candidacies?createdFrom=2026-03-02&createdTo=2026-03-02', fx.keys.aap)
      ).json();
      expect(onDay.total).toBe(3);
      const antenna = await (await get('/aap/candidacies', fx.keys.antennaA2)).json();
      expect(antenna.total).toBe(1);

      const counts = await (await get('/aap/candidacies/counts', fx.keys.aap)).json();
      expect(counts.total).toBe(3);
      expect(counts.counts).toMatchObject({ VALIDATION: 2, PRISE_EN_CHARGE: 1, PROJET: 0 });
      expect((await get('/aap/candidacies?pageSize=500', fx.keys.aap)).status).toBe(400);
      expect((await get('/aap/candidacies?status=NOPE', fx.keys.aap)).status).toBe(400);
    });

    it('archives and unarchives back to the status before archiving', async () => {
      const c = await journey.parcoursConfirmed();
      const archived = await post(`/aap/candidacies/${c.id}/archive`, fx.keys.aap);
      expect((await archived.json()).status).toBe('ARCHIVE');
      const blocked = await post(`/aap/candidacies/${c.id}/parcours`, fx.keys.aap);
      expect((await blocked.json()).code).toBe('CANDIDACY_ARCHIVED');
      const restored = await post(`/aap/candidacies/${c.id}/unarchive`, fx.keys.aap);
      expect((await restored.json()).status).toBe('PARCOURS_CONFIRME');
    });

    it('declares an abandonment that the candidate confirms or contests', async () => {
      const c = await journey.parcoursConfirmed();
      const empty = await post(`/aap/candidacies/${c.id}/abandonment`, fx.keys.aap, {});
      expect(empty.status).toBe(400);
      const declared = await post(`/aap/candidacies/${c.id}/abandonment`, fx.keys.aap, {
        reason: 'Plus de nouvelles depuis trois mois',
      });
      expect(declared.status).toBe(200);
      const view = await (await get('/candidate/candidacy', c.trackingCode)).json();
      expect(view.abandonment).toMatchObject({ declaredBy: 'AAP', confirmed: null });
      expect(view.allowedEvents).toEqual(['ARCHIVE', 'CONFIRM_ABANDONMENT', 'REFUSE_ABANDONMENT']);
      const refused = await post('/candidate/candidacy/abandonment/refuse', c.trackingCode);
      expect((await refused.json()).abandonment.confirmed).toBe(false);

      await post(`/aap/candidacies/${c.id}/abandonment`, fx.keys.aap, { reason: 'Second avis' });
      const confirmed = await post('/candidate/candidacy/abandonment/confirm', c.trackingCode);
      expect((await confirmed.json()).abandonment.confirmed).toBe(true);
      const after = await post(`/aap/candidacies/${c.id}/parcours`, fx.keys.aap);
      expect((await after.json()).code).toBe('CANDIDACY_ABANDONED');
    });
  });

  describe('feasibility dossier', () => {
    it('lists the certificateurs covering the department and the certification', async () => {
      const c = await journey.parcoursConfirmed();
      const res = await get(`/aap/candidacies/${c.id}/certificateurs`, fx.keys.aap);
      const ids = (await res.json()).items.map((item: { id: string }) => item.id).sort();
      expect(ids).toEqual([fx.certificateurs.national, fx.certificateurs.regional].sort());
    });

    it('accepts a PDF only, recognised by its bytes: 415 otherwise', async () => {
      const c = await journey.parcoursConfirmed();
      const send = (form: FormData) =>
        api.call('POST', `/aap/candidacies/${c.id}/feasibility`, { bearer: fx.keys.aap, form });
      const id = fx.certificateurs.national;
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
      expect((await send(dossierForm({ certificateurId: id }, png))).status).toBe(415);
      const text = new TextEncoder().encode('Bonjour, ceci est un PDF, promis.');
      expect((await send(dossierForm({ certificateurId: id }, text))).status).toBe(415);
      const json = await api.call('POST', `/aap/candidacies/${c.id}/feasibility`, {
        bearer: fx.keys.aap,
        json: { certificateurId: id },
      });
      expect(json.status).toBe(415);
      const noField = await send(dossierForm({}));
      expect(noField.status).toBe(400);
      const view = await (await get(`/aap/candidacies/${c.id}`, fx.keys.aap)).json();
      expect(view.status).toBe('PARCOURS_CONFIRME');
    });

    it('downloads documents for those allowed only', async () => {
      const c = await journey.feasibilitySent();
      const view = await (await get(`/aap/candidacies/${c.id}`, fx.keys.aap)).json();
      const documentId = view.documents[0].id;
      const allowed = [
        [`/aap/candidacies/${c.id}/documents/${documentId}`, fx.keys.aap],
        [`/certificateur/candidacies/${c.id}/documents/${documentId}`, fx.keys.certificateur],
        [`/admin/candidacies/${c.id}/documents/${documentId}`, fx.keys.admin],
        [`/candidate/candidacy/documents/${documentId}`, c.trackingCode],
      ] as const;
      for (const [path, key] of allowed) {
        const res = await get(path, key);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        expect(new Uint8Array(await res.arrayBuffer())).toEqual(pdfBytes());
      }
      const other = await journey.submitted();
      const refused = [
        [`/aap/candidacies/${c.id}/documents/${documentId}`, fx.keys.otherAap],
        [`/certificateur/candidacies/${c.id}/documents/${documentId}`, fx.keys.regional],
        [`/certificateur/candidacies/${c.id}/documents/${documentId}`, fx.keys.localLyon],
        [`/candidate/candidacy/documents/${documentId}`, other.trackingCode],
      ] as const;
      for (const [path, key] of refused) expect((await get(path, key)).status, path).toBe(404);
    });

    it('is resent after INCOMPLETE, possibly to another certificateur', async () => {
      const c = await journey.feasibilitySent(fx.certificateurs.national);
      await journey.decide(c.id, 'INCOMPLETE', fx.keys.certificateur, 'Pièce 3 manquante');
      const resent = await api.call('POST', `/aap/candidacies/${c.id}/feasibility`, {
        bearer: fx.keys.aap,
        form: dossierForm({ certificateurId: fx.certificateurs.regional }, pdfBytes('v2')),
      });
      expect(resent.status).toBe(200);
      expect((await resent.json()).certificateur.id).toBe(fx.certificateurs.regional);
      // The first certificateur still sees its own decision but may no longer act.
      expect((await get(`/certificateur/candidacies/${c.id}`, fx.keys.certificateur)).status).toBe(
        200,
      );
      const late = await post(
        `/certificateur/candidacies/${c.id}/feasibility/decision`,
        fx.keys.certificateur,
        {
          decision: 'ADMISSIBLE',
        },
      );
      expect(late.status).toBe(403);
      const decided = await journey.decide(c.id, 'ADMISSIBLE', fx.keys.regional);
      expect(decided.status).toBe('DOSSIER_FAISABILITE_RECEVABLE');
      const final = await post(
        `/certificateur/candidacies/${c.id}/feasibility/decision`,
        fx.keys.regional,
        {
          decision: 'REJECTED',
          comment: 'Revirement',
        },
      );
      expect(final.status).toBe(409);
      expect((await final.json()).code).toBe('FEASIBILITY_DECISION_FINAL');
      const candidateView = await (await get('/candidate/candidacy', c.trackingCode)).json();
      expect(
        candidateView.feasibility.history.map((row: { decision: string }) => row.decision),
      ).toEqual(['PENDING', 'INCOMPLETE', 'PENDING', 'ADMISSIBLE']);
      expect(candidateView.documents).toHaveLength(2);
    });

    it('lists by category for the certificateur, with counts, within a local account’s scope', async () => {
      const a = await journey.feasibilitySent();
      const b = await journey.feasibilitySent();
      await journey.decide(b.id, 'COMPLETE');
      const pending = await (
        await get('/certificateur/feasibility?category=pending', fx.keys.certificateur)
      ).json();
      expect(pending.items.map((i: { candidacyId: string }) => i.candidacyId)).toEqual([a.id]);
      const all = await (await get('/certificateur/feasibility', fx.keys.certificateur)).json();
      expect(all.items.map((i: { candidacyId: string }) => i.candidacyId)).toEqual([b.id, a.id]);
      const counts = await (await get('/certificateur/counts', fx.keys.certificateur)).json();
      expect(counts.feasibility).toEqual({
        pending: 1,
        complete: 1,
        incomplete: 0,
        admissible: 0,
        rejected: 0,
      });
      expect(
        (await (await get('/certificateur/feasibility', fx.keys.localParis)).json()).total,
      ).toBe(2);
      expect(
        (await (await get('/certificateur/feasibility', fx.keys.localLyon)).json()).total,
      ).toBe(0);
      expect((await (await get('/certificateur/feasibility', fx.keys.regional)).json()).total).toBe(
        0,
      );
      expect((await get(`/certificateur/candidacies/${a.id}`, fx.keys.localLyon)).status).toBe(404);
      expect((await journey.decide(a.id, 'ADMISSIBLE', fx.keys.localParis)).status).toBe(
        'DOSSIER_FAISABILITE_RECEVABLE',
      );
      expect(
        (await get('/certificateur/feasibility?category=nope', fx.keys.certificateur)).status,
      ).toBe(400);
    });

    it('serialises 20 concurrent decisions: exactly one wins, the others get 409', async () => {
      const c = await journey.feasibilitySent();
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          post(`/certificateur/candidacies/${c.id}/feasibility/decision`, fx.keys.certificateur, {
            decision: i % 2 ? 'ADMISSIBLE' : 'REJECTED',
            comment: `Décision ${i}`,
          }),
        ),
      );
      const statuses = responses.map((res) => res.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const codes = await Promise.all(
        responses.filter((r) => r.status === 409).map(async (r) => (await r.json()).code),
      );
      expect(new Set(codes)).toEqual(new Set(['FEASIBILITY_DECISION_FINAL']));
      const rows = await t.db.orm
        .select()
        .from(feasibilityDecisions)
        .where(eq(feasibilityDecisions.candidacyId, c.id));
      expect(rows.map((row) => row.decision)).toHaveLength(2);
      const history = await t.db.orm
        .select()
        .from(candidacyStatusHistory)
        .where(eq(candidacyStatusHistory.candidacyId, c.id));
      const decided = history.filter((row) => row.status.startsWith('DOSSIER_FAISABILITE_'));
      expect(decided.map((row) => row.status)).toEqual([
        'DOSSIER_FAISABILITE_ENVOYE',
        rows[1]?.decision === 'ADMISSIBLE'
          ? 'DOSSIER_FAISABILITE_RECEVABLE'
          : 'DOSSIER_FAISABILITE_NON_RECEVABLE',
      ]);
      const audit = await t.db.orm.select().from(auditLog).where(eq(auditLog.candidacyId, c.id));
      expect(audit.filter((row) => row.action === 'DECIDE_FEASIBILITY')).toHaveLength(1);
      const view = await (
        await get(`/certificateur/candidacies/${c.id}`, fx.keys.certificateur)
      ).json();
      expect(view.version).toBe(6);
    });
  });

  describe('validation dossier and jury', () => {
    it('requires a comment for INCOMPLETE, lets the dossier be resent, then checks it', async () => {
      const c = await journey.validationSent();
      const decide = (json: unknown) =>
        post(
          `/certificateur/candidacies/${c.id}/validation-dossier/decision`,
          fx.keys.certificateur,
          json,
        );
      const noComment = await decide({ decision: 'INCOMPLETE' });
      expect(noComment.status).toBe(422);
      expect((await noComment.json()).code).toBe('COMMENT_REQUIRED');
      const signalled = await decide({ decision: 'INCOMPLETE', comment: 'Annexe 3 absente' });
      expect((await signalled.json()).status).toBe('DOSSIER_DE_VALIDATION_SIGNALE');
      const candidateView = await (await get('/candidate/candidacy', c.trackingCode)).json();
      expect(candidateView.validationDossier).toMatchObject({
        decision: 'INCOMPLETE',
        comment: 'Annexe 3 absente',
      });
      const resent = await api.call('POST', '/candidate/candidacy/validation-dossier', {
        bearer: c.trackingCode,
        form: dossierForm({}, pdfBytes('validation v2')),
      });
      expect((await resent.json()).status).toBe('DOSSIER_DE_VALIDATION_ENVOYE');
      const pendingList = await (
        await get('/certificateur/validation-dossiers?category=pending', fx.keys.certificateur)
      ).json();
      expect(pendingList.total).toBe(1);
      expect((await decide({ decision: 'COMPLETE' })).status).toBe(200);
      expect((await decide({ decision: 'COMPLETE' })).status).toBe(409);
    });

    it('records the jury result only once the session date is reached, and only once', async () => {
      const c = await journey.jurySchedule('2026-03-10');
      const record = () =>
        post(`/certificateur/candidacies/${c.id}/jury/result`, fx.keys.certificateur, {
          result: 'FULL_SUCCESS_OF_FULL_CERTIFICATION',
        });
      const early = await record();
      expect(early.status).toBe(409);
      expect((await early.json()).code).toBe('JURY_SESSION_NOT_REACHED');
      const upcoming = await (
        await get('/certificateur/juries?category=scheduled', fx.keys.certificateur)
      ).json();
      expect(upcoming.items[0]).toMatchObject({
        candidacyId: c.id,
        date: '2026-03-10',
        place: 'Lyon',
      });

      t.clock.set(new Date('2026-03-10T08:00:00.000Z'));
      const counts = await (await get('/certificateur/counts', fx.keys.certificateur)).json();
      expect(counts.juries).toEqual({ scheduled: 0, 'awaiting-result': 1, done: 0 });
      const recorded = await record();
      expect(recorded.status).toBe(200);
      expect((await recorded.json()).jury.result).toBe('FULL_SUCCESS_OF_FULL_CERTIFICATION');
      const twice = await record();
      expect((await twice.json()).code).toBe('JURY_RESULT_ALREADY_RECORDED');
      const view = await (await get('/candidate/candidacy', c.trackingCode)).json();
      expect(view.jury).toMatchObject({ date: '2026-03-10', resultLabel: expect.any(Object) });
    });

    it('refuses an invalid jury date with 400', async () => {
      const c = await journey.validationSent();
      const res = await post(`/certificateur/candidacies/${c.id}/jury`, fx.keys.certificateur, {
        date: '2026-02-30',
      });
      expect(res.status).toBe(400);
    });
  });

  describe('admin', () => {
    it('revokes a final feasibility decision with a reason; it returns to COMPLETE', async () => {
      const c = await journey.admissible();
      const path = `/admin/candidacies/${c.id}/feasibility/revocation`;
      expect((await post(path, fx.keys.certificateur, { reason: 'x' })).status).toBe(403);
      const noReason = await post(path, fx.keys.admin, { reason: ' ' });
      expect((await noReason.json()).code).toBe('COMMENT_REQUIRED');
      const revoked = await post(path, fx.keys.admin, { reason: 'Erreur de dossier' });
      expect(revoked.status).toBe(200);
      const view = await revoked.json();
      expect(view.status).toBe('DOSSIER_FAISABILITE_COMPLET');
      expect(view.feasibility.history.at(-1)).toMatchObject({
        decision: 'COMPLETE',
        comment: 'Erreur de dossier',
      });
      expect(
        (await journey.decide(c.id, 'REJECTED', fx.keys.certificateur, 'Non recevable')).status,
      ).toBe('DOSSIER_FAISABILITE_NON_RECEVABLE');
    });

    it('revokes a jury result', async () => {
      const c = await journey.jurySchedule('2026-03-02');
      await post(`/certificateur/candidacies/${c.id}/jury/result`, fx.keys.certificateur, {
        result: 'FAILURE',
      });
      const res = await post(`/admin/candidacies/${c.id}/jury/revocation`, fx.keys.admin, {
        reason: 'Mauvais candidat',
      });
      expect(res.status).toBe(200);
      expect((await res.json()).jury.result).toBeNull();
    });
  });

  it('refuses an upload above documentMaxBytes with 413', async () => {
    const small = await createTestApp({ documentMaxBytes: 1024 });
    try {
      const smallFx = await seedLifecycleFixtures(small);
      const smallApi = lifecycleClient(small, smallFx);
      const c = await lifecycleJourney(smallApi, smallFx).parcoursConfirmed();
      const big = new Uint8Array(4096).fill(0x20);
      big.set(pdfBytes().subarray(0, 8));
      const res = await smallApi.call('POST', `/aap/candidacies/${c.id}/feasibility`, {
        bearer: smallFx.keys.aap,
        form: dossierForm({ certificateurId: smallFx.certificateurs.national }, big),
      });
      expect(res.status).toBe(413);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    } finally {
      small.close();
    }
  });
});
