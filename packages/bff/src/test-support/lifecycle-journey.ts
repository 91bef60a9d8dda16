import { expect } from 'vitest';
import {
  dossierForm,
  type LifecycleFixtures,
  type lifecycleClient,
  type TestResponse,
} from './lifecycle-fixtures.js';

type Client = ReturnType<typeof lifecycleClient>;

/**
 * Drives candidacies through the real API, step by step, asserting each step succeeded: the
 * tests of a later step start from a candidacy that really went through the earlier ones.
 */
export function lifecycleJourney(api: Client, fx: LifecycleFixtures) {
  const ok = async (res: TestResponse) => {
    if (res.status >= 300) expect.fail(`${res.status} ${await res.text()}`);
    return res.json();
  };
  const journey = {
    async submitted(overrides: Record<string, unknown> = {}) {
      const res = await api.createCandidacy({ aapId: 'site-a1', ...overrides });
      return (await ok(res)) as { id: string; trackingCode: string; status: string };
    },
    async parcoursConfirmed(aapKey = fx.keys.aap) {
      const c = await journey.submitted();
      await ok(await api.call('POST', `/aap/candidacies/${c.id}/take-over`, { bearer: aapKey }));
      await ok(await api.call('POST', `/aap/candidacies/${c.id}/parcours`, { bearer: aapKey }));
      await ok(
        await api.call('POST', '/candidate/candidacy/parcours/confirm', { bearer: c.trackingCode }),
      );
      return c;
    },
    async feasibilitySent(certificateurId = fx.certificateurs.national) {
      const c = await journey.parcoursConfirmed();
      await ok(
        await api.call('POST', `/aap/candidacies/${c.id}/feasibility`, {
          bearer: fx.keys.aap,
          form: dossierForm({ certificateurId }),
        }),
      );
      return c;
    },
    async decide(id: string, decision: string, key = fx.keys.certificateur, comment?: string) {
      return ok(
        await api.call('POST', `/certificateur/candidacies/${id}/feasibility/decision`, {
          bearer: key,
          json: comment ? { decision, comment } : { decision },
        }),
      );
    },
    async admissible() {
      const c = await journey.feasibilitySent();
      await journey.decide(c.id, 'ADMISSIBLE');
      return c;
    },
    async validationSent() {
      const c = await journey.admissible();
      await ok(
        await api.call('POST', `/aap/candidacies/${c.id}/validation-dossier`, {
          bearer: fx.keys.aap,
          form: dossierForm(),
        }),
      );
      return c;
    },
    async jurySchedule(date: string) {
      const c = await journey.validationSent();
      await ok(
        await api.call('POST', `/certificateur/candidacies/${c.id}/validation-dossier/decision`, {
          bearer: fx.keys.certificateur,
          json: { decision: 'COMPLETE' },
        }),
      );
      await ok(
        await api.call('POST', `/certificateur/candidacies/${c.id}/jury`, {
          bearer: fx.keys.certificateur,
          json: { date, time: '14:00', place: 'Lyon' },
        }),
      );
      return c;
    },
  };
  return journey;
}
