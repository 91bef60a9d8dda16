import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { ExperienceDuration, RecevabiliteSituation, Typology } from '@vae/core';
import { sendKeys } from '@web/test-runner-commands';
import { bffUrl, testAccess } from '../test-support/bff.js';
import { callApi, createSubmittedCandidacy } from '../test-support/candidacy-driver.js';
import './define.js';
import type { CandidacyActionDetail } from '../shared/candidacy-action-event.js';
import type { VaeAapInbox } from './vae-aap-inbox.js';

const root = (el: VaeAapInbox) => el.shadowRoot as ShadowRoot;
const textOf = (node: ParentNode | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rows = (el: VaeAapInbox) => [...root(el).querySelectorAll('tbody tr')];
const dialogOf = (el: VaeAapInbox) => root(el).querySelector('dialog') as HTMLDialogElement;
const stateOf = (el: VaeAapInbox) =>
  root(el).querySelector('[data-state]')?.getAttribute('data-state');
const panelStatus = (el: VaeAapInbox) => textOf(root(el).querySelector('.panel dd strong'));

/** A candidacy sent to a site of the demo AAP, with a family name no other test uses. */
async function submitted(familyName: string, site = 0) {
  return callApi('POST', '/candidacies', {
    headers: { 'X-Vae-Partner': testAccess.partnerKey },
    json: {
      certificationCode: 'RNCP35830',
      eligibility: {
        typology: 'SALARIE_PRIVE',
        experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
        recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
        dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
        department: '75',
      },
      candidate: {
        givenName: 'Alix',
        familyName,
        email: `${familyName.toLowerCase()}@example.org`,
      },
      accompanimentType: 'ACCOMPAGNE',
      aapId: testAccess.aapSiteIds[site],
    },
  });
}

const unique = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 8)}`;

async function inbox(options: { key?: string; lang?: string; pageSize?: number } = {}) {
  const el = await fixture<VaeAapInbox>(html`
    <vae-aap-inbox lang=${options.lang ?? 'fr'} api-base=${bffUrl} page-size=${options.pageSize ?? 25}
      session-token=${options.key ?? testAccess.aapKey}></vae-aap-inbox>
  `);
  await waitUntil(() => stateOf(el) !== 'loading', 'the list loads', {
    timeout: 5000,
  });
  return el;
}

/** Types `q` in the search and submits it; resolves once the table shows the answer. */
/** Searches `q` and resolves once the table shows the `total` candidacies that match. */
async function search(el: VaeAapInbox, q: string, total: number) {
  const input = root(el).querySelector('input[name="q"]') as HTMLInputElement;
  input.value = q;
  (root(el).querySelector('form.filters') as HTMLFormElement).requestSubmit();
  await waitUntil(
    () =>
      textOf(root(el).querySelector('caption')).includes(`(${total} au total)`) &&
      rows(el).every((row) => textOf(row).includes(q)),
    `${total} candidacies match ${q}`,
  );
}

async function openDossier(el: VaeAapInbox, id: string) {
  const button = () => root(el).querySelector<HTMLButtonElement>(`button[data-id="${id}"]`);
  await waitUntil(button, 'the row is listed');
  button()?.click();
  await waitUntil(() => root(el).querySelector('.panel'), 'the panel opens');
}

/** The inbox open on a candidacy whose parcours the candidate confirmed: the feasibility is next. */
async function dossierReadyForFeasibility() {
  const driver = await createSubmittedCandidacy();
  await driver.takeOver();
  await driver.sendParcours();
  await driver.confirmParcours();
  const el = await inbox();
  await openDossier(el, driver.id);
  return el;
}

async function startAction(el: VaeAapInbox, action: string) {
  const button = root(el).querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  expect(button, `${action} is offered`).to.exist;
  button?.click();
  await waitUntil(() => dialogOf(el).open, 'the dialog opens');
}

const confirm = (el: VaeAapInbox) =>
  (dialogOf(el).querySelector('form') as HTMLFormElement).requestSubmit();

function chooseFile(el: VaeAapInbox, bytes: string, name: string, type: string) {
  const input = dialogOf(el).querySelector('input[type="file"]') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name, { type }));
  input.files = transfer.files;
}

describe('<vae-aap-inbox>', () => {
  it('lists the AAP’s candidacies with the counts by status, and filters them', async () => {
    const family = unique('Liste');
    await submitted(family);
    await submitted(family);
    const el = await inbox();
    const counts = await (
      await fetch(`${bffUrl}/api/v1/aap/candidacies/counts`, {
        headers: { Authorization: `Bearer ${testAccess.aapKey}` },
      })
    ).json();
    const chips = [...root(el).querySelectorAll('.chips button')].map(textOf);
    expect(chips[0]).to.equal(`Toutes (${counts.total})`);
    expect(chips).to.include(`Candidature envoyée (${counts.counts.VALIDATION})`);

    await search(el, family, 2);
    expect(rows(el)).to.have.length(2);
    const cells = [...(rows(el)[0]?.querySelectorAll('th, td') ?? [])].map(textOf);
    expect(cells[0]).to.equal(`Alix ${family}`);
    // The certification's label from the server, then its code.
    expect(cells[1]).to.match(/^\S.* RNCP35830$/);
    expect(cells[2]).to.equal('Candidature envoyée');
    expect(cells[4]).to.equal('0');
    await expect(el).to.be.accessible();

    // A status chip filters the list (and says it is the one pressed).
    const chip = [...root(el).querySelectorAll<HTMLButtonElement>('.chips button')].find((button) =>
      textOf(button).startsWith('Candidature envoyée'),
    ) as HTMLButtonElement;
    chip.click();
    await waitUntil(
      () =>
        root(el)
          .querySelector('.chips button[aria-pressed="true"]')
          ?.textContent?.includes('envoyée') &&
        rows(el).length > 0 &&
        rows(el).every((row) => textOf(row).includes('Candidature envoyée')),
      'the list holds only that status',
    );
  });

  it('pages through the candidacies', async () => {
    const family = unique('Page');
    await submitted(family);
    await submitted(family);
    const el = await inbox({ pageSize: 1 });
    await search(el, family, 2);
    const caption = () => textOf(root(el).querySelector('caption'));
    expect(caption()).to.include('page 1 sur 2 (2 au total)');
    const idOnPage = () => rows(el)[0]?.querySelector('button')?.dataset['id'];
    const first = idOnPage();
    const next = [...root(el).querySelectorAll<HTMLButtonElement>('nav.pages button')][1];
    expect(textOf(next)).to.equal('Page suivante');
    next?.click();
    await waitUntil(() => caption().includes('page 2 sur 2'), 'the second page is shown');
    expect(rows(el)).to.have.length(1);
    expect(idOnPage()).to.be.a('string').and.not.equal(first);
    expect(next?.disabled).to.be.true;
  });

  it('sorts the whole list on the server by a column and announces it with aria-sort', async () => {
    const token = unique('tri');
    await submitted(`Zola${token}`);
    await submitted(`Aubert${token}`);
    // One row a page: only a server-side sort can change which candidacy page 1 shows.
    const el = await inbox({ pageSize: 1 });
    await search(el, token, 2);
    const header = () => root(el).querySelectorAll('thead th')[0] as HTMLTableCellElement;
    const shown = () => textOf(rows(el)[0]?.querySelector('th'));
    expect(header().getAttribute('aria-sort')).to.equal('none');
    header().querySelector('button')?.click();
    await waitUntil(() => shown() === `Alix Aubert${token}`, 'A first, across pages');
    expect(header().getAttribute('aria-sort')).to.equal('ascending');
    header().querySelector('button')?.click();
    await waitUntil(() => shown() === `Alix Zola${token}`, 'Z first, across pages');
    expect(header().getAttribute('aria-sort')).to.equal('descending');
    expect(textOf(root(el).querySelector('caption'))).to.include('page 1 sur 2');
    // The certification column has no sort the server could apply: no sort button.
    const certification = root(el).querySelectorAll('thead th')[1] as HTMLTableCellElement;
    expect(certification.querySelector('button') === null, 'no sort button').to.be.true;
    expect(certification.hasAttribute('aria-sort')).to.be.false;
  });

  it('shows the eligibility answers as submitted in the panel', async () => {
    const family = unique('Reponses');
    const { id } = await submitted(family);
    const el = await inbox();
    await search(el, family, 1);
    await openDossier(el, id);
    const answers = textOf(root(el).querySelector('.panel dl.answers'));
    expect(answers).to.include(`Situation déclarée ${Typology.labels.SALARIE_PRIVE.fr}`);
    expect(answers).to.include(ExperienceDuration.labels.PLUS_DE_TROIS_ANS.fr);
    expect(answers).to.include(RecevabiliteSituation.labels.PREMIERE_DEMANDE_RECEVABILITE.fr);
    expect(answers).to.include('0 pour cette certification, 0 pour d’autres');
    expect(answers).to.include('Département 75');
    expect(answers).not.to.match(/NIR|sécurité sociale/i);
  });

  it('takes a candidacy over after confirmation and emits vae-candidacy-action', async () => {
    const family = unique('Prise');
    const { id } = await submitted(family);
    const el = await inbox();
    await search(el, family, 1);
    await openDossier(el, id);
    expect(textOf(root(el).querySelector('.panel'))).to.include(
      `${family.toLowerCase()}@example.org`,
    );
    expect(panelStatus(el)).to.equal('Candidature envoyée');
    await startAction(el, 'TAKE_OVER');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'vae-candidacy-action');
    confirm(el);
    const { detail } = (await event) as CustomEvent<CandidacyActionDetail>;
    expect(detail).to.deep.equal({ id, action: 'TAKE_OVER', status: 'PRISE_EN_CHARGE' });
    expect(dialogOf(el).open).to.be.false;
    expect(panelStatus(el)).to.equal('Candidature prise en charge');
    expect(root(el).querySelector('button[data-action="SEND_PARCOURS"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('sends the feasibility dossier (a PDF) to a chosen certificateur', async () => {
    const el = await dossierReadyForFeasibility();
    await startAction(el, 'SEND_FEASIBILITY');
    const select = () => dialogOf(el).querySelector('select') as HTMLSelectElement | null;
    await waitUntil(select, 'the eligible certificateurs are listed');
    const options = [...(select()?.options ?? [])].filter((option) => option.value);
    expect(options.map((option) => option.text)).to.include('Certificateur national (démo)');
    await expect(el).to.be.accessible();

    // Without a file, nothing is sent: the dialog says what is missing.
    confirm(el);
    await waitUntil(() => textOf(dialogOf(el).querySelector('[role="alert"]')) !== '');
    expect(textOf(dialogOf(el).querySelector('[role="alert"]'))).to.equal(
      'Choisissez le fichier PDF du dossier.',
    );

    const chosen = select() as HTMLSelectElement;
    chosen.value = options[0]?.value ?? '';
    chooseFile(el, '%PDF-1.4\n% faisabilité\n%%EOF\n', 'faisabilite.pdf', 'application/pdf');
    const event = oneEvent(el, 'vae-candidacy-action');
    confirm(el);
    const { detail } = (await event) as CustomEvent<CandidacyActionDetail>;
    expect(detail.status).to.equal('DOSSIER_FAISABILITE_ENVOYE');
    expect(panelStatus(el)).to.equal('Dossier de faisabilité envoyé au certificateur');
    expect(textOf(root(el).querySelector('.panel'))).to.include('faisabilite.pdf');
  });

  it('keeps the keyboard in the dialog and gives the focus back when it closes', async () => {
    const driver = await createSubmittedCandidacy();
    const el = await inbox();
    await openDossier(el, driver.id);
    expect(root(el).activeElement?.id, 'the panel gets the focus').to.equal('panel-title');
    const trigger = root(el).querySelector('button[data-action="TAKE_OVER"]') as HTMLButtonElement;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'the dialog opens');
    expect(dialogOf(el).contains(root(el).activeElement), 'focus is in the dialog').to.be.true;
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialogOf(el).open, 'Escape closes it');
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(trigger);
    expect(panelStatus(el), 'nothing was sent').to.equal('Candidature envoyée');
  });

  it('shows the dossier next to the table in a portal’s column, right after it on a phone', async () => {
    const driver = await createSubmittedCandidacy();
    const el = await inbox();
    await waitUntil(() => root(el).querySelector('[part="settings"]'), 'the antennas show');
    await openDossier(el, driver.id);
    const box = (selector: string) =>
      (root(el).querySelector(selector) as HTMLElement).getBoundingClientRect();
    const laidOut = async (width: string) => {
      el.style.width = width;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return { table: box('table'), panel: box('.panel'), settings: box('[part="settings"]') };
    };

    // A portal's content column at 1280 px: the dossier beside the list, the antennas under it.
    const wide = await laidOut('1104px');
    expect(wide.panel.left, 'the dossier is beside the table').to.be.at.least(wide.table.right);
    expect(wide.settings.top, 'the antennas come after the list').to.be.at.least(wide.table.bottom);
    expect(wide.settings.right, 'under the list, not under the dossier').to.be.at.most(
      wide.panel.left,
    );
    // What the AAP can do is in view at once, however long the dossier.
    const action = box('.panel [part="actions"] button');
    expect(action.bottom).to.be.at.most(wide.panel.bottom);

    // A phone: one column, the dossier right after the table, the antennas last.
    const narrow = await laidOut('375px');
    expect(narrow.panel.top).to.be.at.least(narrow.table.bottom);
    expect(narrow.settings.top).to.be.at.least(narrow.panel.bottom);
    await expect(el).to.be.accessible();
  });

  it('closes the dialog with Escape from any of its fields', async () => {
    const el = await dossierReadyForFeasibility();
    const trigger = root(el).querySelector('button[data-action="SEND_FEASIBILITY"]') as HTMLElement;
    const status = panelStatus(el);
    for (const [field, tag] of [
      ['select', 'select'],
      ['input[type="file"]', 'input'],
    ] as const) {
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(el).querySelector('select'), 'the certificateurs are listed');
      dialogOf(el).querySelector<HTMLElement>(field)?.focus();
      expect(root(el).activeElement?.localName, field).to.equal(tag);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialogOf(el).open, `Escape in ${field} closes it`);
      await el.updateComplete;
      expect(root(el).activeElement === trigger, `${field}: back on the opener`).to.equal(true);
    }
    expect(panelStatus(el), 'nothing was sent').to.equal(status);
  });

  it('gives the focus back to the candidacy’s row when its dossier closes after an action', async () => {
    const family = unique('Retour');
    const { id } = await submitted(family);
    const el = await inbox();
    await search(el, family, 1);
    const row = () => root(el).querySelector<HTMLButtonElement>(`button[data-id="${id}"]`);
    row()?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.id === 'panel-title', 'the panel opens');
    (root(el).querySelector('button[data-action="TAKE_OVER"]') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el).open, 'the dialog opens');
    // The dialog's first field is its « Confirmer » button.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panelStatus(el) === 'Candidature prise en charge', 'taken over');
    await waitUntil(() => root(el).activeElement?.id === 'panel-title', 'back on the panel');
    await sendKeys({ press: 'Tab' });
    expect(textOf(root(el).activeElement)).to.equal('Fermer le dossier');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !root(el).querySelector('.panel'), 'the panel closes');
    await waitUntil(() => root(el).activeElement === row(), 'the focus is back on the row');
    // Enter on it opens the same dossier again, as the server has it now.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).activeElement?.id === 'panel-title', 'the panel opens again');
    expect(panelStatus(el)).to.equal('Candidature prise en charge');
  });

  it('shows the server’s refusal plainly and changes nothing', async () => {
    const el = await dossierReadyForFeasibility();
    await startAction(el, 'SEND_FEASIBILITY');
    await waitUntil(() => dialogOf(el).querySelector('select'));
    const select = dialogOf(el).querySelector('select') as HTMLSelectElement;
    select.value = [...select.options].find((option) => option.value)?.value ?? '';
    // Not a PDF: the server checks the bytes and refuses (415).
    chooseFile(el, 'just some text', 'dossier.pdf', 'application/pdf');
    confirm(el);
    const alert = () => textOf(dialogOf(el).querySelector('[role="alert"]'));
    await waitUntil(() => alert().startsWith('Action refusée'), 'the refusal is shown', {
      timeout: 5000,
    });
    expect(alert().length).to.be.greaterThan('Action refusée : '.length + 5);
    expect(dialogOf(el).open).to.be.true;
    expect(panelStatus(el)).to.equal('Parcours validé');
    await expect(el).to.be.accessible();
  });

  it('reloads the dossier and says so when someone else acted first (409)', async () => {
    const driver = await createSubmittedCandidacy();
    const el = await inbox();
    await openDossier(el, driver.id);
    await startAction(el, 'TAKE_OVER');
    await driver.takeOver(); // a colleague, in another tab
    confirm(el);
    await waitUntil(() => panelStatus(el) === 'Candidature prise en charge', 'reloaded', {
      timeout: 5000,
    });
    expect(dialogOf(el).open).to.be.false;
    const notice = textOf(root(el).querySelector('.panel [role="alert"]'));
    expect(notice).to.include('Quelqu’un a agi sur ce dossier avant vous');
    expect(root(el).activeElement?.id).to.equal('panel-title');
    await expect(el).to.be.accessible();
  });

  it('shows an antenna only the candidacies of its own site', async () => {
    const family = unique('Antenne');
    const first = await submitted(family, 0);
    const second = await submitted(family, 1);
    const organism = await inbox();
    await search(organism, family, 2);
    expect(rows(organism)).to.have.length(2);
    const antenna = await inbox({ key: testAccess.aapAntennaKey });
    await search(antenna, family, 1);
    const ids = rows(antenna).map((row) => row.querySelector('button')?.dataset['id']);
    expect(ids).to.have.length(1);
    expect([first.id, second.id]).to.include(ids[0]);
  });

  it('lists the organism’s antennas with their counts; a click filters the list', async () => {
    const family = unique('Site');
    const first = await submitted(family, 0);
    await submitted(family, 1);
    const el = await inbox();
    await waitUntil(() => root(el).querySelectorAll('.chips.sites button').length > 2, 'antennas');
    const sites = await (
      await fetch(`${bffUrl}/api/v1/aap/sites`, {
        headers: { Authorization: `Bearer ${testAccess.aapKey}` },
      })
    ).json();
    const site = sites.items.find((item: { id: string }) => item.id === testAccess.aapSiteIds[0]);
    const chip = () =>
      root(el).querySelector<HTMLButtonElement>(
        `.sites button[data-site="${testAccess.aapSiteIds[0]}"]`,
      );
    expect(textOf(chip())).to.equal(`${site.publicName} (${site.total})`);
    await search(el, family, 2);
    chip()?.click();
    await waitUntil(
      () => textOf(root(el).querySelector('caption')).includes('(1 au total)'),
      'only that antenna’s candidacy',
    );
    expect(rows(el)[0]?.querySelector('button')?.dataset['id']).to.equal(first.id);
    expect(chip()?.getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('saves a site’s visibility settings and shows what the server kept', async () => {
    const siteId = testAccess.aapSiteIds.at(-1) as string;
    const el = await inbox();
    const details = () =>
      root(el).querySelector<HTMLDetailsElement>(`details.site[data-site="${siteId}"]`);
    await waitUntil(details, 'the site’s settings');
    details()?.querySelector<HTMLElement>('summary')?.click();
    const form = details()?.querySelector('form') as HTMLFormElement;
    const closed = form.querySelector<HTMLInputElement>('input[name="closed"]') as HTMLInputElement;
    const level = form.querySelector<HTMLInputElement>(
      'input[value="SANTE:7"]',
    ) as HTMLInputElement;
    const wasLevel = level.checked;
    expect(closed.checked).to.be.false;
    closed.click();
    level.click();
    form.requestSubmit();
    const notice = () => textOf(form.querySelector('.notice'));
    await waitUntil(() => notice().startsWith('Enregistré'), 'the server’s answer');
    expect(notice()).to.include('fermée pour absence');
    expect(textOf(details()?.querySelector('summary'))).to.include('fermée pour absence');
    const stored = async () =>
      (
        await (
          await fetch(`${bffUrl}/api/v1/aap/sites`, {
            headers: { Authorization: `Bearer ${testAccess.aapKey}` },
          })
        ).json()
      ).items.find((item: { id: string }) => item.id === siteId);
    const after = await stored();
    expect(after.closedForAbsence).to.be.true;
    expect((after.levels.SANTE ?? []).includes(7)).to.equal(!wasLevel);
    await expect(el).to.be.accessible();

    // Put the site back as it was: other tests send candidacies to it.
    closed.click();
    level.click();
    form.requestSubmit();
    await waitUntil(() => notice().includes('ouverte aux candidats'), 'reopened');
    expect((await stored()).closedForAbsence).to.be.false;
  });

  it('shows an antenna its own site only, without antenna chips', async () => {
    const el = await inbox({ key: testAccess.aapAntennaKey });
    await waitUntil(() => root(el).querySelector('details.site'), 'its site');
    expect(root(el).querySelectorAll('details.site')).to.have.length(1);
    expect(root(el).querySelector('.chips.sites') === null, 'no antenna chips').to.be.true;
  });

  it('renews a refused session token through fetchSessionToken', async () => {
    let asked = 0;
    const el = document.createElement('vae-aap-inbox');
    el.apiBase = bffUrl;
    el.sessionToken = 'vae_es_expired';
    el.fetchSessionToken = async () => {
      asked += 1;
      return testAccess.aapKey;
    };
    await fixture(el);
    await waitUntil(() => root(el).querySelector('table'), 'the list loads after renewal');
    expect(asked).to.equal(1);
  });

  it('says the session is not recognised when the token is refused', async () => {
    const el = await inbox({ key: 'vae_es_unknown' });
    expect(stateOf(el)).to.equal('expired');
    expect(textOf(root(el).querySelector('[role="alert"]'))).to.include('Votre session a expiré');
    await expect(el).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await inbox({ lang: 'en' });
    expect(textOf(root(el).querySelector('h2'))).to.equal('Applications received');
    expect(textOf(root(el).querySelector('.chips button'))).to.match(/^All \(\d+\)$/);
  });
});
