import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CandidacyActionDetail } from '../shared/candidacy-action-event.js';
import type { VaeErrorDetail } from '../shared/events.js';
import { bffUrl, testAccess } from '../test-support/bff.js';
import { createSubmittedCandidacy } from '../test-support/candidacy-driver.js';
import './define.js';
import type { VaeCertificateurInbox } from './vae-certificateur-inbox.js';

type Inbox = VaeCertificateurInbox;
const root = (el: Inbox) => el.shadowRoot as ShadowRoot;
const $ = <E extends Element = HTMLElement>(el: Inbox, selector: string) =>
  root(el).querySelector<E>(selector);
const textOf = (el: Inbox) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const categoryButton = (el: Inbox, category: string) =>
  $<HTMLButtonElement>(el, `[data-category="${category}"]`);
const countOf = (el: Inbox, category: string) =>
  Number(categoryButton(el, category)?.querySelector('.count')?.textContent);
const dialogOf = (el: Inbox) => $<HTMLDialogElement>(el, 'dialog');

async function inbox(key = testAccess.certificateurKey, lang = 'fr'): Promise<Inbox> {
  const el = await fixture<Inbox>(
    html`<vae-certificateur-inbox lang=${lang} api-base=${bffUrl} session-token=${key}></vae-certificateur-inbox>`,
  );
  await waitUntil(() => !Number.isNaN(countOf(el, 'feasibility.pending')), 'counts load', {
    timeout: 5000,
  });
  await waitUntil(() => $(el, 'table, .empty'), 'the list loads', { timeout: 5000 });
  return el;
}

/** A candidacy the demo AAP took over and whose feasibility dossier it sent, through the API. */
async function feasibilitySent() {
  const c = await createSubmittedCandidacy();
  await c.takeOver();
  await c.sendParcours();
  await c.confirmParcours();
  await c.sendFeasibility();
  return c;
}

async function select(el: Inbox, category: string) {
  categoryButton(el, category)?.click();
  await waitUntil(() => $(el, 'table, .empty'), `${category} loads`, { timeout: 5000 });
}

async function openDossier(el: Inbox, id: string) {
  await waitUntil(() => $(el, `tr[data-candidacy="${id}"] button`), 'the row shows', {
    timeout: 5000,
  });
  $(el, `tr[data-candidacy="${id}"] button`)?.click();
  await waitUntil(() => $(el, '#dossier-title'), 'the dossier opens', { timeout: 5000 });
}

/** Opens the dialog of an action, fills its comment or fields, confirms. */
async function act(
  el: Inbox,
  action: string,
  fill: (dialog: HTMLDialogElement) => void = () => {},
) {
  $(el, `[data-action="${action}"]`)?.click();
  await waitUntil(() => dialogOf(el)?.open, 'the dialog opens');
  const dialog = dialogOf(el) as HTMLDialogElement;
  fill(dialog);
  dialog.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

const setField = (dialog: HTMLDialogElement, name: string, value: string) => {
  const field = dialog.querySelector<HTMLInputElement>(`[name="${name}"]`);
  if (field) field.value = value;
};

const statusShown = (el: Inbox, label: string) =>
  waitUntil(() => !dialogOf(el)?.open && textOf(el).includes(label), `shows ${label}`, {
    timeout: 5000,
  });

/** Holds the answers of document downloads (the real ones) until `release()`. */
function holdDocuments() {
  const original = window.fetch;
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const response = await original(input, init);
    if (/\/documents\//.test(url)) await gate;
    return response;
  };
  return { release, restore: () => (window.fetch = original) };
}

function parisDay(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(day);
}

describe('<vae-certificateur-inbox>', () => {
  it('shows the 90-day figures and the categories with their counts', async () => {
    const el = await inbox();
    expect($(el, '[part~="stats"]')?.textContent).to.match(
      /Recevabilité sur les 90 derniers jours/,
    );
    expect(root(el).querySelectorAll('[part~="category"]').length).to.equal(9);
    expect(categoryButton(el, 'feasibility.pending')?.getAttribute('aria-pressed')).to.equal(
      'true',
    );
    await expect(el).to.be.accessible();
  });

  it('takes a dossier from pending to incomplete, then admissible once resent', async () => {
    const c = await feasibilitySent();
    const el = await inbox();
    const pending = countOf(el, 'feasibility.pending');
    const incomplete = countOf(el, 'feasibility.incomplete');
    const admissible = countOf(el, 'feasibility.admissible');
    await openDossier(el, c.id);
    expect(root(el).activeElement?.id).to.equal('dossier-title');
    expect(textOf(el)).to.include('Camille Martin');
    // The feasibility PDF, fetched with the bearer, shown by the browser's viewer.
    await waitUntil(() => $<HTMLIFrameElement>(el, 'iframe')?.src.startsWith('blob:'), 'PDF');
    await expect(el).to.be.accessible();

    const actions: CandidacyActionDetail[] = [];
    el.addEventListener('vae-candidacy-action', (event) => actions.push(event.detail));
    await act(el, 'INCOMPLETE');
    await waitUntil(() => textOf(el).includes('Indiquez le motif'), 'the reason is required');
    expect(dialogOf(el)?.querySelector('textarea')?.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
    setField(dialogOf(el) as HTMLDialogElement, 'comment', 'Attestation d’employeur manquante');
    dialogOf(el)?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await statusShown(el, 'Dossier de faisabilité incomplet');
    expect(textOf(el)).to.include('Attestation d’employeur manquante');
    expect(actions).to.deep.equal([
      { id: c.id, action: 'DECIDE_FEASIBILITY', status: 'DOSSIER_FAISABILITE_INCOMPLET' },
    ]);
    await waitUntil(() => countOf(el, 'feasibility.incomplete') === incomplete + 1, 'counts');
    expect(countOf(el, 'feasibility.pending')).to.equal(pending - 1);
    expect($(el, '[data-action]')).to.equal(null);

    await c.sendFeasibility();
    await el.refresh();
    expect(countOf(el, 'feasibility.pending')).to.equal(pending);
    $(el, '.back')?.click();
    await openDossier(el, c.id);
    await act(el, 'ADMISSIBLE');
    await statusShown(el, 'Recevable');
    expect(actions.at(-1)).to.deep.equal({
      id: c.id,
      action: 'DECIDE_FEASIBILITY',
      status: 'DOSSIER_FAISABILITE_RECEVABLE',
    });
    await waitUntil(() => countOf(el, 'feasibility.admissible') === admissible + 1, 'counts');
    expect(countOf(el, 'feasibility.pending')).to.equal(pending - 1);
    await expect(el).to.be.accessible();
  });

  it('reads the dossier again and says so when someone else decided first (409)', async () => {
    const c = await feasibilitySent();
    const el = await inbox();
    await openDossier(el, c.id);
    await c.decideFeasibility('ADMISSIBLE');
    await act(el, 'REJECTED');
    await waitUntil(() => textOf(el).includes('Quelqu’un d’autre a agi'), 'the conflict is told');
    expect(dialogOf(el)?.open).to.equal(false);
    expect($(el, '.notice')?.getAttribute('role')).to.equal('alert');
    expect($(el, '.facts')?.textContent).to.include('Recevable');
    await expect(el).to.be.accessible();
  });

  it('checks the validation dossier, schedules the jury and explains why the result must wait', async () => {
    const c = await feasibilitySent();
    await c.decideFeasibility('ADMISSIBLE');
    await c.sendValidationDossier();
    const el = await inbox();
    await select(el, 'validation.pending');
    const scheduled = countOf(el, 'juries.scheduled');
    await openDossier(el, c.id);
    await act(el, 'VALIDATION_COMPLETE');
    await waitUntil(() => $(el, '[data-action="SCHEDULE_JURY"]'), 'the jury can be scheduled');

    const opener = $(el, '[data-action="SCHEDULE_JURY"]') as HTMLElement;
    opener.focus();
    opener.click();
    await waitUntil(() => dialogOf(el)?.open, 'the dialog opens');
    await expect(el).to.be.accessible();
    // Escape cancels from the date field the dialog opens on; focus goes back to the opener.
    await waitUntil(
      () => root(el).activeElement?.getAttribute('name') === 'date',
      'the date field has the focus',
    );
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el)?.open, 'Escape closes it');
    expect(root(el).activeElement).to.equal(opener);

    const date = parisDay(30);
    await act(el, 'SCHEDULE_JURY', (dialog) => {
      setField(dialog, 'date', date);
      setField(dialog, 'time', '09:30');
      setField(dialog, 'place', 'Rectorat de Paris');
    });
    await waitUntil(() => textOf(el).includes('Rectorat de Paris'), 'the session shows');
    const result = $(el, '[data-action="RECORD_JURY_RESULT"]') as HTMLButtonElement;
    expect(result.getAttribute('aria-disabled')).to.equal('true');
    const why = root(el).getElementById(result.getAttribute('aria-describedby') ?? '');
    expect(why?.textContent).to.match(/à partir du .*2\d{3}/);
    result.click();
    expect(dialogOf(el)?.open).to.equal(false);
    // The server refuses it too: the button tells the rule, it does not make it.
    const refused = await fetch(`${bffUrl}/api/v1/certificateur/candidacies/${c.id}/jury/result`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${testAccess.certificateurKey}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ result: 'FAILURE' }),
    });
    expect(refused.status).to.equal(409);
    await waitUntil(() => countOf(el, 'juries.scheduled') === scheduled + 1, 'counts');
    await expect(el).to.be.accessible();
  });

  it('keeps the keyboard in the dialog when the PDF viewer behind it loads', async () => {
    const c = await feasibilitySent();
    await c.decideFeasibility('ADMISSIBLE');
    await c.sendValidationDossier();
    // The dossier's PDF arrives only once the jury dialog is open (a slow network).
    const pdf = holdDocuments();
    try {
      const el = await inbox();
      await select(el, 'validation.pending');
      await openDossier(el, c.id);
      await act(el, 'VALIDATION_COMPLETE');
      await waitUntil(() => $(el, '[data-action="SCHEDULE_JURY"]'), 'the jury can be scheduled');
      expect($(el, 'iframe'), 'the PDF is not there yet').to.equal(null);
      const opener = $(el, '[data-action="SCHEDULE_JURY"]') as HTMLElement;
      opener.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(el)?.open, 'the dialog opens');
      // What has the focus, by name (comparing elements would print whole DOM trees).
      const focused = () => {
        const active = root(el).activeElement;
        return active?.getAttribute('name') ?? active?.localName ?? null;
      };
      expect(focused()).to.equal('date');

      pdf.release();
      await waitUntil(() => $(el, 'iframe[part="viewer"]'), 'the viewer shows', { timeout: 5000 });
      // Chromium's PDF viewer takes the focus once it has loaded: the dialog takes it back.
      await aTimeout(1500);
      expect(focused(), 'the focus stays in the date field').to.equal('date');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(el)?.open, 'Escape in the date field closes it');
      expect(root(el).activeElement === opener, 'back on the opener').to.equal(true);
    } finally {
      pdf.restore();
    }
  });

  it('keeps the focus on the dossier heading when its PDF viewer loads after it', async () => {
    const c = await feasibilitySent();
    const pdf = holdDocuments();
    try {
      const el = await inbox();
      await waitUntil(() => $(el, `tr[data-candidacy="${c.id}"] button`), 'the row shows');
      $(el, `tr[data-candidacy="${c.id}"] button`)?.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => root(el).activeElement?.id === 'dossier-title', 'on the heading');
      expect($(el, 'iframe'), 'the PDF is not there yet').to.equal(null);

      pdf.release();
      await waitUntil(() => $(el, 'iframe[part="viewer"]'), 'the viewer shows', { timeout: 5000 });
      // Chromium's PDF viewer takes the focus once it has loaded: the element takes it back.
      await aTimeout(1500);
      expect(root(el).activeElement?.id, 'the focus stays on the heading').to.equal(
        'dossier-title',
      );
      // The keyboard still leads into the viewer when the user asks.
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.not.equal('dossier-title');
    } finally {
      pdf.restore();
    }
  });

  it('signals a validation dossier only with a comment', async () => {
    const c = await feasibilitySent();
    await c.decideFeasibility('ADMISSIBLE');
    await c.sendValidationDossier();
    const el = await inbox();
    await select(el, 'validation.pending');
    const signalled = countOf(el, 'validation.incomplete');
    await openDossier(el, c.id);
    await act(el, 'VALIDATION_INCOMPLETE');
    await waitUntil(() => textOf(el).includes('Indiquez le motif'), 'the comment is required');
    setField(dialogOf(el) as HTMLDialogElement, 'comment', 'Preuves de l’activité 3 à compléter');
    dialogOf(el)?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await statusShown(el, 'Dossier de validation signalé');
    await waitUntil(() => countOf(el, 'validation.incomplete') === signalled + 1, 'counts');
    expect($(el, '[data-action]')).to.equal(null);
  });

  it('records the jury result from the session date, with the keyboard alone', async () => {
    const c = await feasibilitySent();
    await c.decideFeasibility('ADMISSIBLE');
    await c.sendValidationDossier();
    await c.decideValidationDossier('COMPLETE');
    await c.scheduleJuryToday('Lycée Voltaire');
    const el = await inbox();
    await select(el, 'juries.awaiting-result');
    const awaiting = countOf(el, 'juries.awaiting-result');
    await waitUntil(() => $(el, `tr[data-candidacy="${c.id}"] button`), 'the row shows');
    $(el, `tr[data-candidacy="${c.id}"] button`)?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '[data-action="RECORD_JURY_RESULT"]'), 'the dossier opens');
    const record = $(el, '[data-action="RECORD_JURY_RESULT"]') as HTMLButtonElement;
    expect(record.hasAttribute('aria-disabled')).to.equal(false);
    record.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el)?.open, 'the dialog opens');
    expect(root(el).activeElement?.getAttribute('name')).to.equal('result');
    await sendKeys({ press: 'ArrowDown' }); // FULL_SUCCESS_OF_PARTIAL_CERTIFICATION
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => textOf(el).includes('Résultat : Réussite totale (certification partielle'),
      'result',
    );
    // The focus moves once the dossier has re-rendered, which may come after its text.
    await waitUntil(
      () => root(el).activeElement?.id === 'dossier-title',
      'focus goes to the dossier heading',
      { timeout: 5000 },
    );
    await waitUntil(() => countOf(el, 'juries.awaiting-result') === awaiting - 1, 'counts');
    await expect(el).to.be.accessible();
  });

  it('announces sort order on the column headers and keeps it on click', async () => {
    await feasibilitySent();
    const el = await inbox();
    const headers = () => [...root(el).querySelectorAll('thead th')];
    expect(headers().map((th) => th.getAttribute('scope'))).to.deep.equal(Array(5).fill('col'));
    expect(headers()[3]?.getAttribute('aria-sort')).to.equal('descending');
    headers()[0]?.querySelector('button')?.click();
    await el.updateComplete;
    expect(headers()[0]?.getAttribute('aria-sort')).to.equal('ascending');
    expect(headers()[3]?.getAttribute('aria-sort')).to.equal('none');
    const names = [...root(el).querySelectorAll('tbody th')].map(
      (th) => th.textContent?.trim() ?? '',
    );
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('renews a refused token once through fetchSessionToken', async () => {
    let calls = 0;
    const el = document.createElement('vae-certificateur-inbox');
    el.apiBase = bffUrl;
    // The portal's first token is refused (revoked): the three parallel reads share one renewal.
    el.fetchSessionToken = async () => {
      calls += 1;
      const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
      return { token: calls === 1 ? 'vae_es_revoked' : testAccess.certificateurKey, expiresAt };
    };
    await fixture(html`<div></div>`).then((host) => host.append(el));
    await waitUntil(() => !Number.isNaN(countOf(el, 'feasibility.pending')), 'loads', {
      timeout: 5000,
    });
    expect(calls).to.equal(2);
    expect($(el, '.problem')).to.equal(null);
  });

  it('says the session expired and emits vae-error when the token is refused', async () => {
    const errors: VaeErrorDetail[] = [];
    document.addEventListener('vae-error', (event) => errors.push(event.detail));
    const el = await fixture<Inbox>(
      html`<vae-certificateur-inbox api-base=${bffUrl} session-token="vae_es_revoked"></vae-certificateur-inbox>`,
    );
    await waitUntil(() => $(el, '.problem'), 'the problem shows', { timeout: 5000 });
    expect($(el, '.problem')?.textContent).to.include('Votre session a expiré');
    expect(errors[0]?.code).to.equal('SESSION_EXPIRED');
    await expect(el).to.be.accessible();
    const none = await fixture<Inbox>(
      html`<vae-certificateur-inbox api-base=${bffUrl}></vae-certificateur-inbox>`,
    );
    await waitUntil(() => $(none, '.problem'), 'no credential', { timeout: 5000 });
    expect($(none, '.problem')?.textContent).to.include('jeton de session');
  });

  it('refuses an AAP key and speaks English under lang="en"', async () => {
    const el = await fixture<Inbox>(
      html`<vae-certificateur-inbox lang="en" api-base=${bffUrl} session-token=${testAccess.aapKey}></vae-certificateur-inbox>`,
    );
    await waitUntil(() => $(el, '.problem'), 'refused', { timeout: 5000 });
    expect($(el, 'h2')?.textContent).to.equal('Certificateur space');
    expect($(el, '.problem')?.textContent).to.include('Loading failed');
    const ok = await inbox(testAccess.certificateurKey, 'en');
    expect($(ok, '[part~="stats"]')?.textContent).to.include('Admissibility over the last 90 days');
    await expect(ok).to.be.accessible();
  });
});
