import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { bffUrl, testAccess } from '../test-support/bff.js';
import { callApi, createSubmittedCandidacy } from '../test-support/candidacy-driver.js';
import '../vae-aap-inbox/define.js';
import '../vae-dossier-status/define.js';
import './define.js';
import type { VaeAapInbox } from '../vae-aap-inbox/vae-aap-inbox.js';
import type { VaeDossierStatus } from '../vae-dossier-status/vae-dossier-status.js';
import type { VaeCertificateurInbox } from './vae-certificateur-inbox.js';

type Inbox = VaeCertificateurInbox;
const shadow = (el: HTMLElement) => el.shadowRoot as ShadowRoot;
const textOf = (node: ParentNode | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const $ = <E extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  shadow(el).querySelector<E>(selector);

async function certificateurInbox(key: string): Promise<Inbox> {
  const el = await fixture<Inbox>(
    html`<vae-certificateur-inbox lang="fr" api-base=${bffUrl} session-token=${key}></vae-certificateur-inbox>`,
  );
  await waitUntil(() => $(el, 'table, .empty'), 'the list loads', { timeout: 5000 });
  return el;
}

const rowOf = (el: Inbox, id: string) => $(el, `tr[data-candidacy="${id}"]`);

/** Opens the dossier from the pending list and sends one decision through the dialog. */
async function decide(el: Inbox, id: string, decision: string, comment?: string) {
  await waitUntil(() => rowOf(el, id)?.querySelector('button'), 'the dossier is listed', {
    timeout: 5000,
  });
  rowOf(el, id)?.querySelector('button')?.click();
  await waitUntil(() => $(el, '#dossier-title'), 'the dossier opens', { timeout: 5000 });
  $(el, `[data-action="${decision}"]`)?.click();
  const dialog = () => $<HTMLDialogElement>(el, 'dialog');
  await waitUntil(() => dialog()?.open, 'the dialog opens');
  const field = dialog()?.querySelector<HTMLTextAreaElement>('[name="comment"]');
  if (comment && field) field.value = comment;
  dialog()?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  await waitUntil(() => !dialog()?.open, 'the server answered', { timeout: 5000 });
}

/** The candidate's tracker, read with the tracking code, refreshed on demand only. */
async function tracker(trackingCode: string) {
  sessionStorage.setItem('vae-dossier-status:tracking-code', trackingCode);
  const el = await fixture<VaeDossierStatus>(html`
    <vae-dossier-status lang="fr" api-base=${bffUrl} refresh-interval="0"></vae-dossier-status>
  `);
  const status = () => textOf($(el, '[part~="status"]'));
  return {
    el,
    /** Reads the dossier again and answers the status it shows. */
    async status() {
      await el.refresh();
      await el.updateComplete;
      return status();
    },
  };
}

/** The AAP resends the feasibility dossier through `<vae-aap-inbox>`, choosing `certificateur`. */
async function resendThroughAapInbox(id: string, certificateur: string) {
  const el = await fixture<VaeAapInbox>(html`
    <vae-aap-inbox lang="fr" api-base=${bffUrl} session-token=${testAccess.aapKey}></vae-aap-inbox>
  `);
  await waitUntil(() => $(el, `button[data-id="${id}"]`), 'the candidacy is listed', {
    timeout: 5000,
  });
  $(el, `button[data-id="${id}"]`)?.click();
  await waitUntil(() => $(el, 'button[data-action="SEND_FEASIBILITY"]'), 'resend is offered');
  $(el, 'button[data-action="SEND_FEASIBILITY"]')?.click();
  const dialog = () => $<HTMLDialogElement>(el, 'dialog') as HTMLDialogElement;
  await waitUntil(() => dialog().querySelector('select option[value]:not([value=""])'), 'choices');
  const select = dialog().querySelector('select') as HTMLSelectElement;
  const option = [...select.options].find((candidate) => candidate.text === certificateur);
  expect(option, `${certificateur} is offered`).to.exist;
  select.value = option?.value ?? '';
  const input = dialog().querySelector('input[type="file"]') as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(
    new File(['%PDF-1.4\n% complété\n%%EOF\n'], 'complet.pdf', { type: 'application/pdf' }),
  );
  input.files = transfer.files;
  (dialog().querySelector('form') as HTMLFormElement).requestSubmit();
  await waitUntil(() => !dialog().open, 'the server accepted the dossier', { timeout: 5000 });
  expect(textOf($(el, '.panel dd strong'))).to.equal(
    'Dossier de faisabilité envoyé au certificateur',
  );
}

describe('<vae-certificateur-inbox>: a dossier resent elsewhere, and the scopes', () => {
  it('marks it incomplete; the AAP resends it to another certificateur, who declares it admissible; the tracker shows each step', async () => {
    // A candidate of Paris: both the national and the Île-de-France certificateurs cover it.
    const c = await createSubmittedCandidacy();
    await c.takeOver();
    await c.sendParcours();
    await c.confirmParcours();
    await c.sendFeasibility();
    const track = await tracker(c.trackingCode);
    expect(await track.status()).to.equal('Dossier de faisabilité envoyé au certificateur');

    const national = await certificateurInbox(testAccess.certificateurKey);
    await decide(national, c.id, 'INCOMPLETE', 'Attestation d’employeur manquante');
    expect(textOf($(national, '.facts'))).to.include('incomplet');
    expect(await track.status()).to.equal('Dossier de faisabilité incomplet');
    expect(textOf(shadow(track.el))).to.include('Attestation d’employeur manquante');

    // The regional certificateur has not received it yet.
    const regionalBefore = await certificateurInbox(testAccess.regionalCertificateurKey);
    expect(rowOf(regionalBefore, c.id) === null, 'not sent to it yet').to.be.true;

    await resendThroughAapInbox(c.id, 'Certificateur Île-de-France (démo)');
    expect(await track.status()).to.equal('Dossier de faisabilité envoyé au certificateur');

    const regional = await certificateurInbox(testAccess.regionalCertificateurKey);
    await decide(regional, c.id, 'ADMISSIBLE');
    await waitUntil(() => textOf($(regional, '.facts')).includes('Recevable'), 'admissible');
    await expect(regional).to.be.accessible();
    expect(await track.status()).to.match(/^Dossier de faisabilité recevable|^Recevable/);
    expect(textOf(shadow(track.el))).to.include('Certificateur Île-de-France (démo)');

    // The first certificateur no longer has it to decide: its pending list has let it go.
    await national.refresh();
    expect(rowOf(national, c.id) === null, 'gone from the first one').to.be.true;
  });

  it('never shows a local certificateur account a dossier outside its departments', async () => {
    // Paris (75) and Marseille (13), both sent to the national certificateur.
    const paris = await createSubmittedCandidacy();
    const marseilleCreated = await callApi('POST', '/candidacies', {
      headers: { 'X-Vae-Partner': testAccess.partnerKey },
      json: {
        certificationCode: 'RNCP35830',
        eligibility: {
          typology: 'SALARIE_PRIVE',
          experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
          recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
          dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
          department: '13',
        },
        candidate: { givenName: 'Noa', familyName: 'Marseille', email: 'noa@example.org' },
        accompanimentType: 'ACCOMPAGNE',
        aapId: testAccess.aapSiteIds[0],
      },
    });
    const aap = (id: string, act: string, options: Parameters<typeof callApi>[2] = {}) =>
      callApi('POST', `/aap/candidacies/${id}/${act}`, { bearer: testAccess.aapKey, ...options });
    const marseilleCode = marseilleCreated.trackingCode ?? '';
    for (const id of [paris.id, marseilleCreated.id]) {
      await aap(id, 'take-over');
      await aap(id, 'parcours');
    }
    await paris.confirmParcours();
    await callApi('POST', '/candidate/candidacy/parcours/confirm', { bearer: marseilleCode });
    await paris.sendFeasibility();
    const choices = (await (
      await fetch(`${bffUrl}/api/v1/aap/candidacies/${marseilleCreated.id}/certificateurs`, {
        headers: { Authorization: `Bearer ${testAccess.aapKey}` },
      })
    ).json()) as { items: { id: string; name: string }[] };
    const nationalId = choices.items.find((item) => item.name.includes('national'))?.id ?? '';
    const form = new FormData();
    form.set('certificateurId', nationalId);
    form.set('dossier', new File(['%PDF-1.4\n%%EOF\n'], 'd.pdf', { type: 'application/pdf' }));
    await aap(marseilleCreated.id, 'feasibility', { form });

    const national = await certificateurInbox(testAccess.certificateurKey);
    await waitUntil(() => rowOf(national, paris.id), 'the national certificateur sees Paris');
    expect(rowOf(national, marseilleCreated.id) !== null, 'Marseille listed').to.be.true;

    const local = await certificateurInbox(testAccess.localCertificateurKey);
    await waitUntil(() => rowOf(local, marseilleCreated.id), 'the local unit sees Marseille');
    // Booleans: a failing assertion on a DOM node would serialise the whole element.
    expect(rowOf(local, paris.id) === null, 'Paris is hidden from the unit of the 13').to.be.true;
    expect(textOf(shadow(local))).not.to.include(paris.id);
    // Not even by its id: the dossier of Paris does not exist for this account.
    const direct = await fetch(`${bffUrl}/api/v1/certificateur/candidacies/${paris.id}`, {
      headers: { Authorization: `Bearer ${testAccess.localCertificateurKey}` },
    });
    expect(direct.status).to.equal(404);
    await expect(local).to.be.accessible();
  });
});
