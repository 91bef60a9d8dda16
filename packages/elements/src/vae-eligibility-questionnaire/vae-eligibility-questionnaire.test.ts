import { expect, fixture, html } from '@open-wc/testing';
import { estimateContratProVaeFunding } from '@vae/core';
import type { VaeErrorDetail } from '../shared/events.js';
import { bffUrl, partnerKey } from '../test-support/bff.js';
import {
  AIDE_SOIGNANT,
  activate,
  CHAUDRONNERIE_INACTIVE,
  chooseByKeyboard,
  continueByKeyboard,
  focused,
  heading,
  mountQuestionnaire,
  press,
  progress,
  root,
  seeResult,
  selectAll,
  tabTo,
  typeByKeyboard,
  until,
} from '../test-support/eligibility-questionnaire-driver.js';
import {
  recordWarnings,
  refusalNotice,
  textOf,
  UNKNOWN_PARTNER_KEY,
} from '../test-support/partner-refusal-probe.js';
import type { VaeEligibilityQuestionnaire } from './vae-eligibility-questionnaire.js';

const STORAGE_KEY = `vae-eligibility-questionnaire:${AIDE_SOIGNANT}`;
const reasonCodes = (el: VaeEligibilityQuestionnaire) =>
  [...root(el).querySelectorAll('.reasons li')].map((li) => li.getAttribute('data-code'));
const fundingNames = (el: VaeEligibilityQuestionnaire) =>
  [...root(el).querySelectorAll('.funding strong')].map((s) => s.textContent?.trim());

/** Answers every question of a private-sector employee, checking axe and focus on each step. */
async function answerAsPrivateEmployee(el: VaeEligibilityQuestionnaire, related: boolean) {
  expect(progress(el)).to.equal('Étape 1 sur 6');
  await expect(el).to.be.accessible();
  await chooseByKeyboard(el, 'Salarié du privé');
  await continueByKeyboard(el);
  expect(heading(el)).to.equal(
    'Avez-vous une expérience en rapport direct avec cette certification ?',
  );
  await chooseByKeyboard(el, related ? 'Oui' : 'Non');
  await continueByKeyboard(el);
  await expect(el).to.be.accessible();
  if (related) {
    expect(progress(el)).to.equal('Étape 3 sur 7');
    await chooseByKeyboard(el, 'Plus de 3 ans');
    await continueByKeyboard(el);
  }
  await chooseByKeyboard(el, 'Première demande de recevabilité');
  await continueByKeyboard(el);
  await chooseByKeyboard(el, 'Non');
  await continueByKeyboard(el);
  await expect(el).to.be.accessible();
  await chooseByKeyboard(el, 'Aucune');
  await continueByKeyboard(el);
  expect(heading(el)).to.equal('Dans quel département habitez-vous ?');
  await typeByKeyboard(el, '2a');
  await expect(el).to.be.accessible();
  await continueByKeyboard(el);
}

describe('<vae-eligibility-questionnaire>', () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the certification it asks about, fetched from the API', async () => {
    const el = await mountQuestionnaire('35830');
    expect(root(el).querySelector('.target-title')?.textContent).to.equal(
      'Diplôme d’État d’aide-soignant',
    );
    expect(root(el).querySelector('.target')?.textContent).to.contain('niveau 4');
    expect(heading(el)).to.equal('Quelle est votre situation actuelle ?');
  });

  it('says so when the certification is missing, malformed or unknown', async () => {
    const none = await fixture<VaeEligibilityQuestionnaire>(
      html`<vae-eligibility-questionnaire api-base=${bffUrl} partner=${partnerKey}></vae-eligibility-questionnaire>`,
    );
    expect(root(none).textContent).to.contain('Choisissez d’abord une certification');
    const malformed = await mountQuestionnaire('diplôme');
    expect(root(malformed).querySelector('[role="alert"]')?.textContent).to.contain(
      '« diplôme » n’est pas un code de certification RNCP',
    );
    const errors: unknown[] = [];
    document.addEventListener('vae-error', (e) => errors.push(e.detail.code), { once: true });
    const unknown = await mountQuestionnaire('RNCP99999');
    expect(root(unknown).querySelector('[role="alert"]')?.textContent).to.contain(
      'La certification RNCP99999 est introuvable',
    );
    expect(errors).to.deep.equal(['CERTIFICATION_NOT_FOUND']);
    await expect(unknown).to.be.accessible();
  });

  // The refusal tests ask for codes no test fetches with a valid key: the catalogue's answers are
  // cached for an hour whatever the key (X-Vae-Partner is not in their Vary), and the guard
  // refuses the key before the code is even looked at.
  it('says the service is not available on this site when the partner key is refused', async () => {
    const warnings = recordWarnings();
    const problems: (string | undefined)[] = [];
    const onError = (event: Event) =>
      problems.push((event as CustomEvent<VaeErrorDetail>).detail.problem?.code);
    document.addEventListener('vae-error', onError);
    try {
      const host = await fixture<HTMLElement>(html`<div>
        <vae-eligibility-questionnaire certification="RNCP99901" api-base=${bffUrl}
          partner=${UNKNOWN_PARTNER_KEY}></vae-eligibility-questionnaire>
        <vae-eligibility-questionnaire certification="RNCP99901" api-base=${bffUrl}
          partner=${UNKNOWN_PARTNER_KEY}></vae-eligibility-questionnaire>
      </div>`);
      const [first, second] = host.querySelectorAll('vae-eligibility-questionnaire');
      if (!first || !second) throw new Error('two questionnaires expected');
      const notice = await refusalNotice(first);
      await refusalNotice(second);
      expect(notice.getAttribute('role')).to.equal('status');
      expect(textOf(notice)).to.contain('Ce service n’est pas disponible sur ce site.');
      // The partner's developer gets the code, discreetly, and once in the console for the page.
      expect(notice.dataset['code']).to.equal('PARTNER_KEY_INVALID');
      expect(textOf(notice.querySelector('code'))).to.equal('PARTNER_KEY_INVALID');
      const explained = warnings.lines.filter((line) => line.includes('PARTNER_KEY_INVALID'));
      expect(explained).to.have.length(1);
      expect(explained[0]).to.contain('<vae-eligibility-questionnaire>');
      // Nothing to retry, nothing loading, no question: the notice stands alone.
      expect(root(first).querySelector('button, form, input')).to.equal(null);
      expect(textOf(root(first))).not.to.contain('Chargement');
      expect(problems).to.deep.equal(['PARTNER_KEY_INVALID', 'PARTNER_KEY_INVALID']);
      await expect(first).to.be.accessible();
    } finally {
      warnings.restore();
      document.removeEventListener('vae-error', onError);
    }
  });

  it('says it in English under lang="en", here for a page that gives no partner key', async () => {
    const warnings = recordWarnings();
    try {
      const el = await fixture<VaeEligibilityQuestionnaire>(
        html`<vae-eligibility-questionnaire lang="en" certification="RNCP99902"
          api-base=${bffUrl}></vae-eligibility-questionnaire>`,
      );
      const notice = await refusalNotice(el);
      expect(textOf(notice)).to.contain('This service is not available on this website.');
      expect(textOf(notice)).to.contain('For the website owner: PARTNER_KEY_MISSING');
      expect(warnings.lines.join('\n')).to.contain('set the `partner` attribute');
      await expect(el).to.be.accessible();
    } finally {
      warnings.restore();
    }
  });

  it('offers another try when the service does not answer', async () => {
    // Chromium refuses port 9 before connecting: fetch rejects exactly as when offline.
    const el = await fixture<VaeEligibilityQuestionnaire>(
      html`<vae-eligibility-questionnaire certification=${AIDE_SOIGNANT}
        api-base="http://127.0.0.1:9" partner=${partnerKey}></vae-eligibility-questionnaire>`,
    );
    const alert = await until(el, () => root(el).querySelector('[role="alert"]'));
    expect(textOf(alert)).to.contain('Le service ne répond pas');
    expect(textOf(alert.querySelector('button'))).to.equal('Réessayer');
    expect(root(el).querySelector('[part="refusal"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('completes an ELIGIBLE path by keyboard alone, with a summary before the result', async () => {
    const el = await mountQuestionnaire(AIDE_SOIGNANT);
    await answerAsPrivateEmployee(el, true);
    expect(heading(el)).to.equal('Vérifiez vos réponses');
    expect(root(el).querySelector('[data-step="department"] dd')?.textContent).to.equal('2a');
    await expect(el).to.be.accessible();
    const detail = await seeResult(el);
    expect(detail.outcome).to.equal('ELIGIBLE');
    expect(detail.certification).to.equal(AIDE_SOIGNANT);
    expect(detail.answers).to.deep.equal({
      typology: 'SALARIE_PRIVE',
      experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
      recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
      dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
      department: '2A',
    });
    expect(heading(el)).to.equal('Vous pouvez faire une VAE pour cette certification');
    expect(root(el).querySelector('.path')?.textContent).to.equal('Parcours complet');
    expect(fundingNames(el)).to.include.members([
      'Compte personnel de formation (CPF)',
      'Votre employeur',
      'Financement personnel',
    ]);
    expect(root(el).querySelector('.next')?.textContent).to.contain(
      'Choisissez un organisme d’accompagnement',
    );
    expect(sessionStorage.getItem(STORAGE_KEY), 'answers forgotten at the end').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('withdraws its verdict with vae-eligibility-reset when the answers are changed or started again', async () => {
    const resets: unknown[] = [];
    const listener = (event: Event) => resets.push((event as CustomEvent).detail);
    document.addEventListener('vae-eligibility-reset', listener);
    try {
      const el = await mountQuestionnaire(AIDE_SOIGNANT);
      await answerAsPrivateEmployee(el, false);
      expect(resets, 'nothing to withdraw before a verdict').to.deep.equal([]);
      await seeResult(el);
      await activate(el, 'Modifier mes réponses');
      expect(heading(el)).to.equal('Vérifiez vos réponses');
      expect(resets).to.deep.equal([{ certification: AIDE_SOIGNANT }]);
      await seeResult(el);
      await activate(el, 'Recommencer');
      expect(resets.length).to.equal(2);
      await answerAsPrivateEmployee(el, false);
      expect(resets.length, 'moving between questions withdraws nothing').to.equal(2);
      await seeResult(el);
      // Another certification: the verdict shown was for the previous one.
      el.certification = CHAUDRONNERIE_INACTIVE;
      await until(el, () => resets.length === 3 || undefined);
      expect(resets[2]).to.deep.equal({ certification: AIDE_SOIGNANT });
    } finally {
      document.removeEventListener('vae-eligibility-reset', listener);
    }
  });

  it('completes a NOT_ELIGIBLE path by keyboard alone and says why', async () => {
    const el = await mountQuestionnaire(AIDE_SOIGNANT);
    await answerAsPrivateEmployee(el, false);
    const detail = await seeResult(el);
    expect(detail.outcome).to.equal('NOT_ELIGIBLE');
    expect(detail.reasons.map((r) => r.code)).to.deep.equal(['NO_RELATED_EXPERIENCE']);
    expect(reasonCodes(el)).to.deep.equal(['NO_RELATED_EXPERIENCE']);
    expect(root(el).querySelector('.reasons')?.textContent).to.contain(
      'La VAE demande une expérience en rapport direct',
    );
    expect(root(el).querySelector('.funding')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('refuses an inactive certification whatever the answers', async () => {
    const el = await mountQuestionnaire(CHAUDRONNERIE_INACTIVE);
    await answerAsPrivateEmployee(el, true);
    const detail = await seeResult(el);
    expect(detail.outcome).to.equal('NOT_ELIGIBLE');
    expect(reasonCodes(el)).to.deep.equal(['CERTIFICATION_INACTIVE']);
  });

  it('redirects a public-sector employee to a counsellor, by keyboard, never to an account form', async () => {
    const el = await mountQuestionnaire(AIDE_SOIGNANT, {
      redirectUrl: 'https://rh.example.fr/vae',
      redirectLabel: 'Contacter le service RH',
    });
    await chooseByKeyboard(el, 'Agent de la fonction publique');
    expect(progress(el)).to.equal('Étape 1 sur 1');
    await continueByKeyboard(el);
    expect(heading(el)).to.equal('Vérifiez vos réponses');
    await expect(el).to.be.accessible();
    const detail = await seeResult(el);
    expect(detail).to.deep.include({ outcome: 'REDIRECT_CONSEIL', certification: AIDE_SOIGNANT });
    expect(detail.answers).to.deep.equal({ typology: 'SALARIE_PUBLIC' });
    expect(reasonCodes(el)).to.deep.equal(['PUBLIC_SECTOR_REDIRECT']);
    const link = root(el).querySelector<HTMLAnchorElement>('.next a');
    expect(link?.href).to.equal('https://rh.example.fr/vae');
    expect(link?.textContent?.trim()).to.equal('Contacter le service RH');
    // Nothing to fill in: no form, no field, no account.
    expect(root(el).querySelectorAll('form, input, select, textarea')).to.have.length(0);
    expect(root(el).textContent).not.to.match(/créer (un|votre) compte|mot de passe|e-mail/i);
    await expect(el).to.be.accessible();
  });

  it('gives the counselling link a default text', async () => {
    const el = await mountQuestionnaire(AIDE_SOIGNANT, { redirectUrl: 'https://rh.example.fr' });
    await chooseByKeyboard(el, 'Agent de la fonction publique');
    await continueByKeyboard(el);
    await seeResult(el);
    expect(root(el).querySelector('.next a')?.textContent?.trim()).to.equal(
      'Contacter un conseiller',
    );
  });

  it('refuses to go on without an answer: one error summary, linked to the field', async () => {
    const el = await mountQuestionnaire(AIDE_SOIGNANT);
    await activate(el, 'Continuer');
    const summary = root(el).getElementById('step-errors');
    expect(summary, 'error summary').to.exist;
    expect(focused(el)).to.equal(summary);
    expect(summary?.textContent)
      .to.contain('Il y a 1 erreur')
      .and.contain('Indiquez votre situation.');
    expect(root(el).querySelectorAll('.error-summary')).to.have.length(1);
    const fieldset = root(el).querySelector('fieldset');
    expect(fieldset?.getAttribute('aria-describedby')).to.contain('error-typology');
    await expect(el).to.be.accessible();
    // The link takes the keyboard to the first option.
    await tabTo(el, (c) => c.matches('.error-summary a'));
    await press('Enter');
    expect(focused(el)?.id).to.equal('field-typology-0');
    expect(progress(el)).to.equal('Étape 1 sur 6');
  });

  it('checks the department and the validity date as the server does', async () => {
    const el = await mountQuestionnaire(AIDE_SOIGNANT);
    await chooseByKeyboard(el, 'Retraité');
    await continueByKeyboard(el);
    await chooseByKeyboard(el, 'Oui');
    await continueByKeyboard(el);
    await chooseByKeyboard(el, "Moins d'un an");
    await continueByKeyboard(el);
    await chooseByKeyboard(el, "Déjà détenteur d'une recevabilité pour cette certification");
    await continueByKeyboard(el);
    await typeByKeyboard(el, '31/02/2030');
    await activate(el, 'Continuer');
    expect(root(el).querySelector('.error-summary')?.textContent).to.contain(
      'Saisissez une date qui existe',
    );
    expect(root(el).querySelector('#field-validUntil')?.getAttribute('aria-invalid')).to.equal(
      'true',
    );
    await expect(el).to.be.accessible();
    await tabTo(el, (c) => c.matches('.error-summary a'));
    await press('Enter');
    expect(focused(el)?.id).to.equal('field-validUntil');
    await selectAll();
    await sendText('31/12/2030');
    await continueByKeyboard(el);
    expect(heading(el)).to.contain('avez-vous déposé un dossier de faisabilité pour cette');
    await chooseByKeyboard(el, 'Non');
    await continueByKeyboard(el);
    await chooseByKeyboard(el, '1');
    await continueByKeyboard(el);
    await typeByKeyboard(el, '20');
    await activate(el, 'Continuer');
    expect(root(el).querySelector('.error-summary')?.textContent).to.contain(
      'Ce département n’existe pas',
    );
    await tabTo(el, (c) => c.id === 'field-department');
    await selectAll();
    await sendText('2B');
    await continueByKeyboard(el);
    const detail = await seeResult(el);
    expect(detail.answers).to.deep.include({
      recevabilite: { situation: 'DETENTEUR_RECEVABILITE', validUntil: '2030-12-31' },
      department: '2B',
    });
    expect(reasonCodes(el)).to.deep.equal(['SHORT_EXPERIENCE', 'RECEVABILITE_STILL_VALID']);
    expect(root(el).querySelector('.path')?.textContent).to.equal('Parcours partiel');
  });

  it('keeps the answers across a reload, where the person left them', async () => {
    const first = await mountQuestionnaire(AIDE_SOIGNANT);
    await chooseByKeyboard(first, "Demandeur d'emploi");
    await continueByKeyboard(first);
    await chooseByKeyboard(first, 'Oui');
    await continueByKeyboard(first);
    expect(progress(first)).to.equal('Étape 3 sur 7');
    first.remove();

    // A reload: a new element, the same sessionStorage.
    const again = await mountQuestionnaire(AIDE_SOIGNANT);
    expect(progress(again)).to.equal('Étape 3 sur 7');
    expect(heading(again)).to.equal(
      'Avez-vous une expérience en rapport direct avec cette certification ?',
    );
    await activate(again, 'Retour');
    const yes = root(again).querySelector<HTMLInputElement>('#field-employerReady-0');
    expect(yes?.checked, 'employer answer kept').to.equal(true);
    await activate(again, 'Retour');
    const checked = root(again).querySelector<HTMLInputElement>('input[name="typology"]:checked');
    expect(checked?.value).to.equal('DEMANDEUR_EMPLOI');
  });

  it('goes back to the summary after changing one answer from it', async () => {
    const el = await mountQuestionnaire(AIDE_SOIGNANT);
    await answerAsPrivateEmployee(el, true);
    await activate(el, 'Modifier');
    expect(heading(el)).to.equal('Quelle est votre situation actuelle ?');
    await chooseByKeyboard(el, 'Bénévole');
    await continueByKeyboard(el);
    expect(heading(el)).to.equal('Vérifiez vos réponses');
    expect(root(el).querySelector('[data-step="typology"] dd')?.textContent).to.equal('Bénévole');
  });

  it('offers a job seeker with an employer ready the contrat pro + VAE estimate, computed by core', async () => {
    const el = await mountQuestionnaire(AIDE_SOIGNANT);
    await chooseByKeyboard(el, "Demandeur d'emploi");
    await continueByKeyboard(el);
    await chooseByKeyboard(el, 'Oui');
    await continueByKeyboard(el);
    await chooseByKeyboard(el, 'Oui');
    await continueByKeyboard(el);
    await chooseByKeyboard(el, 'Plus de 10 ans');
    await continueByKeyboard(el);
    await chooseByKeyboard(el, 'Première demande de recevabilité');
    await continueByKeyboard(el);
    await chooseByKeyboard(el, 'Non');
    await continueByKeyboard(el);
    await chooseByKeyboard(el, '2');
    await continueByKeyboard(el);
    await typeByKeyboard(el, '974');
    await continueByKeyboard(el);
    const detail = await seeResult(el);
    expect(detail.outcome).to.equal('ELIGIBLE');
    expect(reasonCodes(el)).to.deep.equal(['LAST_CROSS_CERTIFICATION_THIS_YEAR']);
    expect(fundingNames(el)).to.include('Contrat de professionnalisation associant la VAE');
    // The estimate's code is loaded on demand.
    await until(el, () => root(el).querySelector('#estimate-duration'));
    await expect(el).to.be.accessible();

    // A refused duration: one error summary, linked to the field.
    await typeByKeyboard(el, '40');
    await activate(el, 'Calculer');
    expect(focused(el)?.id).to.equal('estimate-errors');
    expect(root(el).querySelector('#estimate-errors')?.textContent).to.contain('de 1 à 36 mois');
    await expect(el).to.be.accessible();

    const duration = root(el).querySelector<HTMLInputElement>('#estimate-duration');
    duration?.focus();
    await press('Backspace');
    await press('Backspace');
    await sendText('18');
    await tabTo(el, (c) => c.id === 'estimate-requested-pedagogical');
    await sendText('12000');
    await tabTo(el, (c) => c.id === 'estimate-requested-vaeAccompaniment');
    await sendText('2 500');
    await activate(el, 'Calculer');
    expect(focused(el)?.id).to.equal('estimate-table');
    const expected = estimateContratProVaeFunding({
      durationMonths: 18,
      requestedCents: { pedagogical: 1_200_000, vaeAccompaniment: 250_000 },
    });
    const accepted = (row: string) =>
      root(el).querySelector(`${row} td.accepted`)?.textContent?.replace(/\s+/g, ' ').trim();
    // Pedagogical: 6,000 € the first year, 3,000 € for the last six months.
    expect(expected.components.pedagogical.acceptedCents).to.equal(900_000);
    expect(accepted('tr[data-component="pedagogical"]')).to.equal(
      `${norm(euros(900_000))} limité par : plafond du poste`,
    );
    expect(accepted('tr[data-component="vaeAccompaniment"]')).to.equal(norm(euros(250_000)));
    expect(accepted('tfoot tr')).to.equal(norm(euros(expected.totals.acceptedCents)));
    const remaining = root(el).querySelector('tfoot td:last-child')?.textContent?.trim();
    expect(remaining).to.equal(euros(expected.totals.remainingCents));
    expect(root(el).querySelector('.years')?.textContent).to.contain('Année 2 (6 mois)');
    await expect(el).to.be.accessible();
  });

  it('speaks English under lang="en"', async () => {
    const el = await mountQuestionnaire(AIDE_SOIGNANT, { lang: 'en' });
    expect(progress(el)).to.equal('Step 1 of 6');
    expect(root(el).textContent).to.contain('Public-sector employee');
    await expect(el).to.be.accessible();
  });

  it('takes the certification as a property, e.g. from a vae-diploma-select detail', async () => {
    const el = await fixture<VaeEligibilityQuestionnaire>(
      html`<vae-eligibility-questionnaire api-base=${bffUrl} partner=${partnerKey}></vae-eligibility-questionnaire>`,
    );
    el.certification = { rncpCode: AIDE_SOIGNANT };
    await until(el, () => root(el).querySelector('.target-title'));
    expect(root(el).querySelector('.target-title')?.textContent).to.equal(
      'Diplôme d’État d’aide-soignant',
    );
  });

  it('registers once: loading define.ts a second time does not throw', async () => {
    const Questionnaire = customElements.get('vae-eligibility-questionnaire');
    const again = new URL('./define.ts?again', import.meta.url).href;
    const module = (await import(/* @vite-ignore */ again)) as {
      VaeEligibilityQuestionnaire: unknown;
    };
    expect(module.VaeEligibilityQuestionnaire).to.equal(Questionnaire);
  });
});

async function sendText(text: string) {
  const { sendKeys } = await import('@web/test-runner-commands');
  await sendKeys({ type: text });
}

function norm(text: string) {
  return text.replace(/\s+/g, ' ');
}

function euros(cents: number) {
  return new Intl.NumberFormat('fr-FR', {
    style: 'currency',
    currency: 'EUR',
    trailingZeroDisplay: 'stripIfInteger',
  }).format(cents / 100);
}
