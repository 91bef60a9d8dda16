import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { bffUrl } from '../test-support/bff.js';
import { createSubmittedCandidacy } from '../test-support/candidacy-driver.js';
import { refusalNotice, UNKNOWN_PARTNER_KEY } from '../test-support/partner-refusal-probe.js';
import './define.js';
import type { StatusChangeDetail, VaeDossierStatus } from './vae-dossier-status.js';

const STORAGE_KEY = 'vae-dossier-status:tracking-code';

const root = (el: VaeDossierStatus) => el.shadowRoot as ShadowRoot;
const statusLabel = (el: VaeDossierStatus) =>
  root(el).querySelector('[part~="status"]')?.textContent?.trim() ?? null;
/** What the element shows: form, loading, ready, expired or failed. */
const stateOf = (el: VaeDossierStatus) =>
  root(el).querySelector('div[data-state]')?.getAttribute('data-state');
const textOf = (el: VaeDossierStatus) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const stages = (el: VaeDossierStatus) => [...root(el).querySelectorAll<HTMLLIElement>('li.stage')];
const currentStage = (el: VaeDossierStatus) => {
  const marked = root(el).querySelectorAll<HTMLLIElement>('li[aria-current="step"]');
  expect(marked.length, 'one stage is marked current').to.equal(1);
  return marked[0] as HTMLLIElement;
};

/** A tracker that reads with this code (as if typed earlier in the tab), never on a timer. */
async function trackerFor(code: string, lang = 'fr') {
  sessionStorage.setItem(STORAGE_KEY, code);
  const el = await fixture<VaeDossierStatus>(html`
    <vae-dossier-status lang=${lang} api-base=${bffUrl} refresh-interval="0"></vae-dossier-status>
  `);
  await waitUntil(
    () => ['ready', 'form', 'failed', 'expired'].includes(stateOf(el) ?? ''),
    'the dossier loads',
    {
      timeout: 5000,
    },
  );
  return el;
}

/** Reads the dossier again and waits for the new rendering. */
async function refreshed(el: VaeDossierStatus) {
  await el.refresh();
  await el.updateComplete;
  return el;
}

/** Records what the element fetches (the real network still answers). */
function spyFetch() {
  const calls: { status: number; ifNoneMatch: string | null }[] = [];
  const original = window.fetch;
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (String(input instanceof Request ? input.url : input).endsWith('/candidate/candidacy')) {
      calls.push({
        status: response.status,
        ifNoneMatch: new Headers(init?.headers).get('If-None-Match'),
      });
    }
    return response;
  };
  return { calls, restore: () => (window.fetch = original) };
}

async function typeCode(el: VaeDossierStatus, code: string) {
  const input = root(el).querySelector<HTMLInputElement>('#code') as HTMLInputElement;
  input.value = code;
  root(el).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await el.updateComplete;
}

describe('<vae-dossier-status>', () => {
  beforeEach(() => sessionStorage.removeItem(STORAGE_KEY));
  afterEach(() => sessionStorage.removeItem(STORAGE_KEY));

  it('asks for the tracking code and explains a missing, malformed or unknown one', async () => {
    const el = await fixture<VaeDossierStatus>(
      html`<vae-dossier-status api-base=${bffUrl}></vae-dossier-status>`,
    );
    await el.updateComplete;
    expect(root(el).querySelector('form')).to.exist;
    await expect(el).to.be.accessible();

    await typeCode(el, '');
    expect(textOf(el)).to.contain('Saisissez votre code de suivi.');
    const input = root(el).querySelector('#code') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.contain('code-error');

    await typeCode(el, 'ABC-123');
    expect(textOf(el)).to.contain('ne ressemble pas à un code de suivi');

    await typeCode(el, 'vae_tc_unknownunknownunknownunknown12');
    await waitUntil(() => stateOf(el) === 'form' && textOf(el).includes('n’est pas reconnu'));
    await el.updateComplete;
    expect(textOf(el)).to.contain('Ce code de suivi n’est pas reconnu');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
    // The refused code stays in the field, focused, to be corrected.
    const field = root(el).querySelector('#code') as HTMLInputElement;
    expect(field.value).to.equal('vae_tc_unknownunknownunknownunknown12');
    expect(root(el).activeElement).to.equal(field);
    await expect(el).to.be.accessible();
  });

  it('shows a candidacy from its typed tracking code, kept for the tab only', async () => {
    const candidacy = await createSubmittedCandidacy();
    const el = await fixture<VaeDossierStatus>(
      html`<vae-dossier-status api-base=${bffUrl} refresh-interval="0"></vae-dossier-status>`,
    );
    await typeCode(el, `  ${candidacy.trackingCode} `);
    await waitUntil(() => stateOf(el) === 'ready', 'the dossier shows');
    await el.updateComplete;
    expect(statusLabel(el)).to.equal('Candidature envoyée');
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(candidacy.trackingCode);

    const list = root(el).querySelector('ol[part~="timeline"]');
    expect(list, 'an ordered list of stages').to.exist;
    expect(stages(el).map((li) => li.dataset['phase'])).to.deep.equal([
      'application',
      'accompaniment',
      'feasibility',
      'validation',
      'jury',
    ]);
    expect(currentStage(el).dataset['phase']).to.equal('application');
    expect(currentStage(el).textContent).to.contain('Candidature envoyée');
    expect(stages(el)[2]?.textContent).to.contain('étape à venir');
    expect(root(el).querySelector('time')?.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(textOf(el)).to.contain('L’organisme d’accompagnement étudie votre candidature');
    const contacts = root(el).querySelector('[part~="contacts"]');
    expect(contacts?.textContent).to.contain('Votre organisme d’accompagnement');
    await expect(el).to.be.accessible();

    // Another tracker in the same tab reads the same dossier without asking again.
    const again = await trackerFor(candidacy.trackingCode);
    expect(stateOf(again)).to.equal('ready');

    // "Use another code" forgets it.
    const forget = [...root(el).querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Changer de code'),
    );
    forget?.click();
    await el.updateComplete;
    expect(sessionStorage.getItem(STORAGE_KEY)).to.equal(null);
    expect(root(el).querySelector('form')).to.exist;
    expect(root(el).activeElement?.id).to.equal('code');
  });

  it('reads with the trackingCode property of the host page, never shown nor kept, and hides Print on hide-print', async () => {
    const candidacy = await createSubmittedCandidacy();
    const el = await fixture<VaeDossierStatus>(html`
      <vae-dossier-status api-base=${bffUrl} refresh-interval="0" hide-print
        .trackingCode=${candidacy.trackingCode}></vae-dossier-status>
    `);
    await waitUntil(() => stateOf(el) === 'ready', 'the dossier shows', { timeout: 5000 });
    expect(statusLabel(el)).to.equal('Candidature envoyée');
    expect(el.getAttribute('tracking-code'), 'a credential is not reflected').to.equal(null);
    expect(el.outerHTML).not.to.contain(candidacy.trackingCode);
    expect(sessionStorage.getItem(STORAGE_KEY), 'only a typed code is kept').to.equal(null);
    const buttons = [...root(el).querySelectorAll('button')].map((b) => b.textContent?.trim());
    expect(buttons, 'no Print, and no “other code” for a code the host gave').to.deep.equal([]);
    await expect(el).to.be.accessible();

    el.hidePrint = false;
    await el.updateComplete;
    expect(
      [...root(el).querySelectorAll('button')].map((b) => b.textContent?.trim()),
    ).to.deep.equal(['Imprimer']);

    // A refused code from the host: the form, once, not a loop of readings.
    el.trackingCode = 'vae_tc_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    await waitUntil(() => stateOf(el) === 'form', 'the form', { timeout: 5000 });
    expect(textOf(el)).to.contain('n’est pas reconnu');
  });

  it('follows the candidacy as professionals move it and emits vae-status-change', async () => {
    const candidacy = await createSubmittedCandidacy();
    const el = await trackerFor(candidacy.trackingCode);
    const changes: StatusChangeDetail[] = [];
    el.addEventListener('vae-status-change', (event) => changes.push(event.detail));

    await candidacy.takeOver();
    await refreshed(el);
    expect(changes).to.deep.equal([{ status: 'PRISE_EN_CHARGE', previousStatus: 'VALIDATION' }]);
    expect(statusLabel(el)).to.equal('Candidature prise en charge');
    expect(currentStage(el).dataset['phase']).to.equal('accompaniment');
    expect(stages(el)[0]?.dataset['state']).to.equal('done');
    expect(root(el).querySelector('[role="status"]')?.textContent).to.contain(
      'Votre dossier a évolué : Candidature prise en charge.',
    );
    await expect(el).to.be.accessible();

    await candidacy.sendParcours();
    await candidacy.confirmParcours();
    await candidacy.sendFeasibility();
    await refreshed(el);
    expect(changes.at(-1)).to.deep.equal({
      status: 'DOSSIER_FAISABILITE_ENVOYE',
      previousStatus: 'PRISE_EN_CHARGE',
    });
    expect(statusLabel(el)).to.equal('Dossier de faisabilité envoyé au certificateur');
    expect(currentStage(el).dataset['phase']).to.equal('feasibility');
    expect(textOf(el)).to.contain('Le certificateur, pour ses décisions');

    await candidacy.decideFeasibility('INCOMPLETE', 'Il manque l’attestation employeur.');
    await refreshed(el);
    expect(statusLabel(el)).to.equal('Dossier de faisabilité incomplet');
    expect(currentStage(el).textContent).to.contain(
      'Commentaire du certificateur : Il manque l’attestation employeur.',
    );
    await expect(el).to.be.accessible();

    await candidacy.sendFeasibility();
    await candidacy.decideFeasibility('ADMISSIBLE');
    await refreshed(el);
    expect(statusLabel(el)).to.equal('Recevable');

    await candidacy.sendValidationDossier();
    await candidacy.decideValidationDossier('COMPLETE');
    await candidacy.scheduleJuryToday('Maison des examens, Arcueil');
    await refreshed(el);
    expect(currentStage(el).dataset['phase']).to.equal('jury');
    // The session is today: held, awaiting its result (DOMAIN.md tracker labels).
    expect(statusLabel(el)).to.equal('Jury passé, en attente du résultat');
    expect(currentStage(el).textContent).to.contain('Lieu : Maison des examens, Arcueil');
    expect(currentStage(el).textContent).to.contain('14:00');
    await expect(el).to.be.accessible();

    await candidacy.recordJuryResult('FULL_SUCCESS_OF_FULL_CERTIFICATION');
    await refreshed(el);
    expect(statusLabel(el)).to.equal('Réussite totale');
    expect(currentStage(el).textContent).to.contain('Résultat : Réussite totale');
    expect(textOf(el)).to.contain('Félicitations');
    // Jury progress is not a status: no event for it.
    expect(changes.map((change) => change.status)).to.deep.equal([
      'PRISE_EN_CHARGE',
      'DOSSIER_FAISABILITE_ENVOYE',
      'DOSSIER_FAISABILITE_INCOMPLET',
      'DOSSIER_FAISABILITE_RECEVABLE',
      'DOSSIER_DE_VALIDATION_ENVOYE',
    ]);
    await expect(el).to.be.accessible();
  });

  it('reads again with If-None-Match: an unchanged dossier costs a 304 and keeps its view', async () => {
    const candidacy = await createSubmittedCandidacy();
    const spy = spyFetch();
    try {
      const el = await trackerFor(candidacy.trackingCode);
      await refreshed(el);
      expect(spy.calls.map((call) => call.status)).to.deep.equal([200, 304]);
      expect(spy.calls[0]?.ifNoneMatch).to.equal(null);
      expect(spy.calls[1]?.ifNoneMatch).to.match(/^(W\/)?"/);
      expect(statusLabel(el)).to.equal('Candidature envoyée');

      await candidacy.takeOver();
      await refreshed(el);
      expect(spy.calls.at(-1)?.status).to.equal(200);
      expect(statusLabel(el)).to.equal('Candidature prise en charge');
    } finally {
      spy.restore();
    }
  });

  it('reads nothing while the page is hidden, and reads again when it becomes visible', async () => {
    const candidacy = await createSubmittedCandidacy();
    const el = await trackerFor(candidacy.trackingCode);
    const changes: StatusChangeDetail[] = [];
    el.addEventListener('vae-status-change', (event) => changes.push(event.detail));
    await candidacy.takeOver();
    let visibility: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => visibility,
    });
    const spy = spyFetch();
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await aTimeout(300);
      expect(spy.calls, 'no reading while hidden').to.deep.equal([]);
      visibility = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => changes.length === 1, 'a visible page reads the dossier again');
      await el.updateComplete;
      expect(statusLabel(el)).to.equal('Candidature prise en charge');
      expect(spy.calls.map((call) => call.status)).to.deep.equal([200]);
    } finally {
      spy.restore();
      // Back to the document's own getter.
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('reads again every refresh-interval seconds while a dossier is shown', async () => {
    const candidacy = await createSubmittedCandidacy();
    sessionStorage.setItem(STORAGE_KEY, candidacy.trackingCode);
    // The periodic timer is taken out of the clock's hands: the test fires it.
    const periodic: (() => void)[] = [];
    const setTimeoutBefore = window.setTimeout;
    window.setTimeout = ((handler: () => void, delay?: number) => {
      // A negative id: clearing it never clears a real timer.
      if (delay === 20_000) return -periodic.push(handler);
      return setTimeoutBefore(handler, delay);
    }) as typeof window.setTimeout;
    try {
      const el = await fixture<VaeDossierStatus>(html`
        <vae-dossier-status api-base=${bffUrl} refresh-interval="20"></vae-dossier-status>
      `);
      await waitUntil(() => stateOf(el) === 'ready', 'the dossier shows');
      expect(periodic, 'one reading scheduled').to.have.length(1);
      await candidacy.takeOver();
      periodic[0]?.();
      await waitUntil(() => statusLabel(el) === 'Candidature prise en charge', 'read again');
      await waitUntil(() => periodic.length === 2, 'the next reading is scheduled');
    } finally {
      window.setTimeout = setTimeoutBefore;
    }
  });

  it('leaves out the accompaniment stage on the autonomous path', async () => {
    const candidacy = await createSubmittedCandidacy({ autonomous: true });
    const el = await trackerFor(candidacy.trackingCode);
    expect(statusLabel(el)).to.equal('En brouillon');
    expect(stages(el).map((li) => li.dataset['phase'])).to.deep.equal([
      'application',
      'feasibility',
      'validation',
      'jury',
    ]);
    expect(textOf(el)).to.contain('Envoyez votre dossier de faisabilité à un certificateur.');
    expect(root(el).querySelector('[part~="contacts"]'), 'no AAP to contact yet').to.equal(null);
  });

  it('shows an archived candidacy as such, with the stage it had reached', async () => {
    const candidacy = await createSubmittedCandidacy();
    await candidacy.takeOver();
    await candidacy.archive();
    const el = await trackerFor(candidacy.trackingCode);
    expect(statusLabel(el)).to.equal('Candidature archivée');
    expect(textOf(el)).to.contain('Étape atteinte : Candidature prise en charge');
    const stopped = currentStage(el);
    expect(stopped.dataset['phase']).to.equal('accompaniment');
    expect(stopped.dataset['state']).to.equal('stopped');
    expect(stopped.textContent).to.contain('étape où la candidature s’est arrêtée');
    await expect(el).to.be.accessible();
  });

  it('shows an abandonment declared by the AAP, with its reason, in English', async () => {
    const candidacy = await createSubmittedCandidacy();
    await candidacy.takeOver();
    await candidacy.declareAbandonment('Plus de nouvelles depuis trois mois');
    const el = await trackerFor(candidacy.trackingCode, 'en');
    expect(statusLabel(el)).to.equal('Abandonment declared, awaiting your answer');
    expect(textOf(el)).to.contain('contact it to confirm or contest this');
    expect(currentStage(el).dataset['phase']).to.equal('accompaniment');
    expect(root(el).querySelector('h2')?.textContent).to.equal('My VAE application');
    await expect(el).to.be.accessible();
  });

  it('renews a refused session token silently through fetchSessionToken', async () => {
    const candidacy = await createSubmittedCandidacy();
    let asked = 0;
    const errors: unknown[] = [];
    // The API takes any candidate bearer: the tracking code stands in for a fresh session token.
    const fetchSessionToken = async () => {
      asked += 1;
      return { token: candidacy.trackingCode, expiresAt: new Date(Date.now() + 9e5).toISOString() };
    };
    const el = await fixture<VaeDossierStatus>(html`
      <vae-dossier-status
        api-base=${bffUrl}
        refresh-interval="0"
        session-token="vae_es_expiredexpiredexpiredexpired00"
        .fetchSessionToken=${fetchSessionToken}
        @vae-error=${(event: CustomEvent) => errors.push(event.detail)}
      ></vae-dossier-status>
    `);
    await waitUntil(() => stateOf(el) === 'ready', 'the dossier shows after a renewal');
    expect(asked).to.equal(1);
    expect(errors).to.deep.equal([]);
    expect(root(el).querySelector('form'), 'no tracking code form').to.equal(null);
    await refreshed(el);
    expect(asked, 'a valid token is kept').to.equal(1);
  });

  it('asks fetchSessionToken for a first token when a script sets it after adding the element', async () => {
    const candidacy = await createSubmittedCandidacy();
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('vae-dossier-status');
    el.apiBase = bffUrl;
    host.append(el);
    el.fetchSessionToken = async () => candidacy.trackingCode;
    await waitUntil(() => stateOf(el) === 'ready', 'the dossier shows with the fetched token');
    expect(root(el).querySelector('form')).to.equal(null);
  });

  it('renews a session token shortly before the expiry fetchSessionToken announced', async () => {
    const candidacy = await createSubmittedCandidacy();
    let asked = 0;
    const el = await fixture<VaeDossierStatus>(html`
      <vae-dossier-status
        api-base=${bffUrl}
        refresh-interval="0"
        .fetchSessionToken=${async () => {
          asked += 1;
          // Expires in 30 s: within the renewal margin, so due again at the next reading.
          return {
            token: candidacy.trackingCode,
            expiresAt: new Date(Date.now() + 30_000).toISOString(),
          };
        }}
      ></vae-dossier-status>
    `);
    await waitUntil(() => stateOf(el) === 'ready', 'the dossier shows');
    expect(asked).to.equal(1);
    await refreshed(el);
    expect(asked, 'renewed before reading again').to.equal(2);
    expect(stateOf(el)).to.equal('ready');
  });

  it('says a session expired, without spinning, when there is no way to renew it', async () => {
    const errors: { code: string }[] = [];
    const el = await fixture<VaeDossierStatus>(html`
      <vae-dossier-status
        api-base=${bffUrl}
        session-token="vae_es_expiredexpiredexpiredexpired00"
        @vae-error=${(event: CustomEvent) => errors.push(event.detail)}
      ></vae-dossier-status>
    `);
    await waitUntil(() => stateOf(el) === 'expired', 'the expiry is told');
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')?.textContent).to.contain(
      'Votre session a expiré',
    );
    expect(errors.map((error) => error.code)).to.deep.equal(['SESSION_EXPIRED']);
    await expect(el).to.be.accessible();

    // The host page gives a new token: the element reads with it at once.
    const candidacy = await createSubmittedCandidacy();
    el.sessionToken = candidacy.trackingCode;
    await waitUntil(() => stateOf(el) === 'ready', 'a new token from the host is used');
  });

  it('tells a failed reading and offers a retry, never an endless spinner', async () => {
    sessionStorage.setItem(STORAGE_KEY, 'vae_tc_whateverwhateverwhateverwhat');
    const errors: { code: string }[] = [];
    // Nothing listens on port 9 (discard): the request fails at once.
    const el = await fixture<VaeDossierStatus>(html`
      <vae-dossier-status
        api-base="http://127.0.0.1:9"
        @vae-error=${(event: CustomEvent) => errors.push(event.detail)}
      ></vae-dossier-status>
    `);
    await waitUntil(() => stateOf(el) === 'failed', 'the failure is told', { timeout: 8000 });
    await el.updateComplete;
    expect(errors[0]?.code).to.equal('NETWORK_ERROR');
    const retry = root(el).querySelector<HTMLButtonElement>('.actions button');
    expect(retry?.textContent).to.equal('Réessayer');
    await expect(el).to.be.accessible();
    retry?.click();
    await aTimeout(0);
    await waitUntil(() => stateOf(el) === 'failed', 'the retry fails again, and says so');
    expect(errors).to.have.length(2);
  });

  it('says the service is not available on this site when the partner key is refused, once', async () => {
    const spy = spyFetch();
    try {
      const el = await fixture<VaeDossierStatus>(html`
        <vae-dossier-status api-base=${bffUrl} partner=${UNKNOWN_PARTNER_KEY} refresh-interval="0"
          .trackingCode=${'vae_tc_not-a-real-code-0000'}></vae-dossier-status>
      `);
      const notice = await refusalNotice(el);
      expect(stateOf(el)).to.equal('refused');
      expect(notice.textContent).to.contain('Ce service n’est pas disponible sur ce site.');
      expect(notice.dataset['code']).to.equal('PARTNER_KEY_INVALID');
      // No retry button, no code form: a new key from the host page is the only way out.
      expect(root(el).querySelector('button, form')).to.equal(null);
      document.dispatchEvent(new Event('visibilitychange'));
      await aTimeout(300);
      expect(spy.calls.map((call) => call.status)).to.deep.equal([403]);
      await expect(el).to.be.accessible();
    } finally {
      spy.restore();
    }
  });

  it('keeps the dossier on screen when a later refresh fails', async () => {
    const candidacy = await createSubmittedCandidacy();
    const el = await trackerFor(candidacy.trackingCode);
    el.apiBase = 'http://127.0.0.1:9';
    await refreshed(el);
    expect(statusLabel(el)).to.equal('Candidature envoyée');
    expect(root(el).querySelector('.notice.warning')?.textContent).to.contain(
      'La mise à jour automatique a échoué',
    );
    el.apiBase = bffUrl;
    await refreshed(el);
    expect(root(el).querySelector('.notice.warning')).to.equal(null);
  });
});

/** Records the element's parcours confirmations; `answer` replaces the network for one call. */
function spyConfirmations(answer?: () => Promise<Response>) {
  const statuses: number[] = [];
  let replace = answer;
  const original = window.fetch;
  window.fetch = async (input, init) => {
    if (!String(input).endsWith('/candidate/candidacy/parcours/confirm')) {
      return original(input, init);
    }
    const stub = replace;
    replace = undefined;
    const response = await (stub ? stub() : original(input, init));
    statuses.push(response.status);
    return response;
  };
  return { statuses, restore: () => (window.fetch = original) };
}

const confirmButton = (el: VaeDossierStatus) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('[part~="parcours"] button')].at(0) ?? null;

/** A candidacy whose AAP has sent the parcours, and its tracker (typed tracking code). */
async function trackerAwaitingConfirmation(lang = 'fr') {
  const candidacy = await createSubmittedCandidacy();
  await candidacy.takeOver();
  await candidacy.sendParcours();
  const el = await trackerFor(candidacy.trackingCode, lang);
  const changes: StatusChangeDetail[] = [];
  el.addEventListener('vae-status-change', (event) => changes.push(event.detail));
  return { candidacy, el, changes };
}

describe('<vae-dossier-status> confirming the parcours', () => {
  beforeEach(() => sessionStorage.removeItem(STORAGE_KEY));
  afterEach(() => sessionStorage.removeItem(STORAGE_KEY));

  it('offers the confirmation only while the parcours awaits the candidate', async () => {
    const candidacy = await createSubmittedCandidacy();
    const el = await trackerFor(candidacy.trackingCode);
    expect(confirmButton(el), 'VALIDATION').to.equal(null);
    await candidacy.takeOver();
    await refreshed(el);
    expect(confirmButton(el), 'PRISE_EN_CHARGE').to.equal(null);

    await candidacy.sendParcours();
    await refreshed(el);
    expect(statusLabel(el)).to.equal('Parcours reçu');
    const next = root(el).querySelector('[part~="next"]');
    expect(next?.textContent).to.contain('En confirmant votre parcours, vous les acceptez');
    expect(next?.textContent).to.match(/Envoyé par .+ le \d{1,2} \S+ \d{4}\./);
    expect(confirmButton(el)?.textContent?.trim()).to.equal('Confirmer mon parcours');
    await expect(el).to.be.accessible();
    await executeServerCommand('save-screenshot', { name: 'dossier-status-parcours-to-confirm' });

    await candidacy.confirmParcours();
    await refreshed(el);
    expect(statusLabel(el)).to.equal('Parcours validé');
    expect(confirmButton(el), 'PARCOURS_CONFIRME').to.equal(null);
  });

  it('confirms with the keyboard alone: the answer shows at once, focus on where the dossier stands', async () => {
    const { el, changes } = await trackerAwaitingConfirmation();
    const spy = spyConfirmations();
    try {
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement, 'the first stop is the confirmation').to.equal(
        confirmButton(el),
      );
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => statusLabel(el) === 'Parcours validé', 'the confirmed parcours shows');
      await el.updateComplete;
      expect(spy.statuses).to.deep.equal([200]);
      expect(changes).to.deep.equal([
        { status: 'PARCOURS_CONFIRME', previousStatus: 'PARCOURS_ENVOYE' },
      ]);
      expect(currentStage(el).textContent).to.contain('Parcours validé');
      expect(confirmButton(el)).to.equal(null);
      expect(root(el).activeElement?.id).to.equal('summary-title');
      expect(root(el).querySelector('p[role="status"]')?.textContent).to.contain(
        'Votre dossier a évolué : Parcours validé.',
      );
      expect(textOf(el)).to.contain('Préparez votre dossier de faisabilité');
      await expect(el).to.be.accessible();
      await executeServerCommand('save-screenshot', { name: 'dossier-status-parcours-confirmed' });
    } finally {
      spy.restore();
    }
  });

  it('confirms once on a double click', async () => {
    const { el, changes } = await trackerAwaitingConfirmation();
    const spy = spyConfirmations();
    try {
      const button = confirmButton(el);
      button?.click();
      button?.click();
      await el.updateComplete;
      expect(button?.getAttribute('aria-disabled'), 'busy while on its way').to.equal('true');
      await waitUntil(() => statusLabel(el) === 'Parcours validé', 'confirmed');
      expect(spy.statuses, 'one request').to.deep.equal([200]);
      expect(changes).to.have.length(1);
      expect(root(el).querySelector('.notice')).to.equal(null);
    } finally {
      spy.restore();
    }
  });

  it('shows a parcours confirmed meanwhile elsewhere (409) as it now stands', async () => {
    const { candidacy, el, changes } = await trackerAwaitingConfirmation();
    // Another tab, or the partner's other page, confirmed it first.
    await candidacy.confirmParcours();
    const spy = spyConfirmations();
    try {
      confirmButton(el)?.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => statusLabel(el) === 'Parcours validé', 'the dossier as it stands');
      await el.updateComplete;
      expect(spy.statuses).to.deep.equal([409]);
      const notice = root(el).querySelector<HTMLElement>('#confirm-notice');
      expect(notice?.textContent?.trim()).to.equal('Votre parcours était déjà confirmé.');
      expect(root(el).activeElement, 'focus on the notice, not lost with the button').to.equal(
        notice,
      );
      expect(confirmButton(el)).to.equal(null);
      expect(changes).to.deep.equal([
        { status: 'PARCOURS_CONFIRME', previousStatus: 'PARCOURS_ENVOYE' },
      ]);
      await expect(el).to.be.accessible();
    } finally {
      spy.restore();
    }
  });

  it('tells a failed confirmation and lets the candidate try again', async () => {
    const { el, changes } = await trackerAwaitingConfirmation();
    const errors: { code: string }[] = [];
    el.addEventListener('vae-error', (event) => errors.push(event.detail));
    const spy = spyConfirmations(() => Promise.reject(new TypeError('Failed to fetch')));
    try {
      confirmButton(el)?.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).querySelector('[part~="next"] [role="alert"]'), 'told');
      await el.updateComplete;
      expect(root(el).querySelector('[part~="next"] [role="alert"]')?.textContent).to.equal(
        'La confirmation a échoué. Vérifiez votre connexion puis réessayez.',
      );
      expect(errors.map((error) => error.code)).to.deep.equal(['NETWORK_ERROR']);
      expect(statusLabel(el)).to.equal('Parcours reçu');
      const button = confirmButton(el);
      expect(button?.getAttribute('aria-disabled'), 'ready again').to.equal('false');
      expect(root(el).activeElement, 'focus stays on the button').to.equal(button);
      await expect(el).to.be.accessible();
      await executeServerCommand('save-screenshot', { name: 'dossier-status-parcours-failed' });

      await sendKeys({ press: 'Enter' });
      await waitUntil(() => statusLabel(el) === 'Parcours validé', 'the second try confirms');
      expect(changes).to.have.length(1);
    } finally {
      spy.restore();
    }
  });

  it('says the session expired when the API refuses the token and none can be had', async () => {
    const candidacy = await createSubmittedCandidacy();
    await candidacy.takeOver();
    await candidacy.sendParcours();
    const errors: { code: string }[] = [];
    // The API takes any candidate bearer: the tracking code stands in for a session token.
    const el = await fixture<VaeDossierStatus>(html`
      <vae-dossier-status
        api-base=${bffUrl}
        refresh-interval="0"
        session-token=${candidacy.trackingCode}
        @vae-error=${(event: CustomEvent) => errors.push(event.detail)}
      ></vae-dossier-status>
    `);
    await waitUntil(() => confirmButton(el), 'the confirmation is offered');
    const spy = spyConfirmations(async () =>
      Response.json({ type: 'about:blank', title: 'Unauthorized', status: 401 }, { status: 401 }),
    );
    try {
      confirmButton(el)?.click();
      await waitUntil(() => stateOf(el) === 'expired', 'the expiry is told');
      await el.updateComplete;
      expect(spy.statuses).to.deep.equal([401]);
      expect(errors.map((error) => error.code)).to.deep.equal(['SESSION_EXPIRED']);
      expect(root(el).querySelector('[role="alert"]')?.textContent).to.contain(
        'Votre session a expiré',
      );
      expect(confirmButton(el)).to.equal(null);
    } finally {
      spy.restore();
    }
  });

  it('confirms in English', async () => {
    const { el } = await trackerAwaitingConfirmation('en');
    expect(statusLabel(el)).to.equal('Path received');
    expect(root(el).querySelector('[part~="next"]')?.textContent).to.match(
      /Sent by .+ on \d{1,2} \S+ \d{4}\./,
    );
    const button = confirmButton(el);
    expect(button?.textContent?.trim()).to.equal('Confirm my path');
    await expect(el).to.be.accessible();
    button?.click();
    await waitUntil(() => statusLabel(el) === 'Path confirmed', 'confirmed');
    await el.updateComplete;
    expect(root(el).querySelector('p[role="status"]')?.textContent).to.contain(
      'Your dossier has moved on: Path confirmed.',
    );
  });
});
