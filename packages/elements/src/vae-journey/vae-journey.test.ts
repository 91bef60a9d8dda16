import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  sendKeys,
  sendMouse,
  setViewport,
} from '@web/test-runner-commands';
import { bffUrl, partnerKey } from '../test-support/bff.js';
import {
  AIDE_SOIGNANT,
  activateByKeyboard,
  answerEligibleByKeyboard,
  buttonNamed,
  chooseDiplomaByKeyboard,
  expectHeadingFocused,
  focused,
  inner,
  mountJourney,
  press,
  root,
  step,
  tabTo,
  typeField,
} from '../test-support/journey-driver.js';
import {
  refusalNotice,
  textOf,
  UNKNOWN_PARTNER_KEY,
} from '../test-support/partner-refusal-probe.js';
import type { VaeEligibilityQuestionnaire } from '../vae-eligibility-questionnaire/vae-eligibility-questionnaire.js';
import type { JourneyPrefill } from './prefill.js';
import type { VaeJourney } from './vae-journey.js';

const CONTACT = {
  'contact-givenName': 'Camille',
  'contact-familyName': 'Martin',
  'contact-email': 'camille.martin@example.org',
  'contact-phone': '06 12 34 56 78',
};

const cleanups: (() => void)[] = [];

/** The browser's viewport in the tests (wtr's default), put back after each screenshot. */
const TEST_VIEWPORT = { width: 800, height: 600 };

/**
 * Saves the page at 1280 and 375 px wide to .test-results/screenshots/ (see
 * tools/wtr-screenshot-plugin.mjs), to be looked at.
 */
async function screenshot(name: string) {
  try {
    for (const width of [1280, 375]) {
      await setViewport({ width, height: 900 });
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      await executeServerCommand('save-screenshot', { name: `journey-${name}-${width}` });
    }
  } finally {
    await setViewport(TEST_VIEWPORT);
  }
}

/** A journey saved at the contact step of an eligible, autonomous candidate of Paris. */
const contactStep = () => ({
  step: 'contact',
  certification: { rncpCode: AIDE_SOIGNANT, label: 'Aide-soignant' },
  eligibility: {
    outcome: 'ELIGIBLE',
    reasons: [],
    answers: {
      typology: 'SALARIE_PRIVE',
      experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
      recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
      dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
      department: '75',
    },
  },
  accompaniment: 'AUTONOME',
  aap: null,
  contact: {
    givenName: '',
    familyName: '',
    email: '',
    phone: '',
    department: '75',
    nir: '',
    consent: false,
  },
  attempt: null,
  created: null,
});

/** Records the events that reach the host page (from before the journey is mounted). */
function record() {
  const events: { type: string; detail: unknown }[] = [];
  const types = ['vae-journey-step', 'vae-candidacy-create', 'vae-eligibility-complete'];
  const listener = (event: Event) =>
    events.push({ type: event.type, detail: (event as CustomEvent).detail });
  for (const type of types) document.addEventListener(type, listener);
  cleanups.push(() => {
    for (const type of types) document.removeEventListener(type, listener);
  });
  return events;
}

async function clickOn(element: Element) {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

const journeyButton = (el: VaeJourney, text: string) =>
  [...root(el).querySelectorAll('button')].find(buttonNamed(text)) as HTMLButtonElement;

async function clickLabel(host: Element, text: string) {
  const label = [...(host.shadowRoot?.querySelectorAll('label') ?? [])].find(
    (candidate) => candidate.textContent?.trim() === text,
  );
  expect(label, `label ${text}`).to.exist;
  await clickOn(label as Element);
}

async function clickButton(host: Element, text: string) {
  const button = [...(host.shadowRoot?.querySelectorAll('button') ?? [])].find((candidate) =>
    candidate.textContent?.trim().startsWith(text),
  );
  expect(button, `button ${text}`).to.exist;
  await clickOn(button as Element);
  await (host as VaeJourney).updateComplete;
}

/** Answers as an eligible employee of Paris, by mouse. */
async function answerEligibleByMouse(el: VaeJourney) {
  const q = await inner<VaeEligibilityQuestionnaire>(el, 'vae-eligibility-questionnaire');
  await waitUntil(() => q.shadowRoot?.querySelector('.target'), 'questionnaire', { timeout: 5000 });
  for (const answer of [
    'Salarié du privé',
    'Oui',
    'Plus de 3 ans',
    'Première demande de recevabilité',
    'Non',
    'Aucune',
  ]) {
    await clickLabel(q, answer);
    await clickButton(q, 'Continuer');
  }
  const department = q.shadowRoot?.querySelector<HTMLInputElement>('input[type="text"]');
  await clickOn(department as Element);
  await sendKeys({ type: '75' });
  await clickButton(q, 'Continuer');
  await clickButton(q, 'Voir le résultat');
  await waitUntil(() => journeyButton(el, 'Continuer'), 'eligible', { timeout: 5000 });
}

async function fillContactByMouse(el: VaeJourney) {
  for (const [id, value] of Object.entries(CONTACT)) {
    await clickOn(root(el).getElementById(id) as Element);
    await sendKeys({ type: value });
  }
  await clickOn(root(el).querySelector('label[for="contact-consent"]') as Element);
}

/** The answers of POST /candidacies the page received, in order. */
function watchCreations() {
  const original = window.fetch;
  const answers: { status: number; id: string }[] = [];
  window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (String(input).endsWith('/api/v1/candidacies') && init?.method === 'POST') {
      const body = (await response.clone().json()) as { id?: string };
      answers.push({
        status: response.status,
        id: body.id ?? '',
      });
    }
    return response;
  };
  return { answers, restore: () => (window.fetch = original) };
}

describe('<vae-journey>', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    sessionStorage.clear();
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('completes the accompanied journey by keyboard alone, heading focused and axe clean at each step', async function () {
    // Screenshots of each step at two widths: more than the default 10 s.
    this.timeout(40_000);
    const events = record();
    const el = await mountJourney();
    expect(step(el)).to.equal('certification');
    expect(root(el).querySelector('[aria-current="step"]')?.textContent).to.contain('Diplôme');
    await chooseDiplomaByKeyboard(el, 'aide-soignant');
    await expect(el).to.be.accessible();
    await screenshot('1-certification');
    await activateByKeyboard(el, 'Continuer');
    await expectHeadingFocused(el, 'eligibility');

    await answerEligibleByKeyboard(el);
    await expect(el).to.be.accessible();
    await screenshot('2-eligibility');
    await activateByKeyboard(el, 'Continuer');
    await expectHeadingFocused(el, 'accompaniment');

    await tabTo(el, (control) => control.id === 'accompaniment-ACCOMPAGNE');
    await press('Space');
    const picker = await inner<HTMLElement>(el, 'vae-aap-picker');
    await waitUntil(() => picker.shadowRoot?.querySelector('input[name="organism"]'), 'AAPs', {
      timeout: 5000,
    });
    await expect(el).to.be.accessible();
    await tabTo(
      el,
      (control) =>
        control === picker && picker.shadowRoot?.activeElement?.getAttribute('name') === 'organism',
    );
    await press('Space');
    await waitUntil(() => (picker as HTMLElement & { value: string }).value, 'AAP chosen');
    await screenshot('3-accompaniment');
    await activateByKeyboard(el, 'Continuer');
    await expectHeadingFocused(el, 'contact');
    expect(root(el).querySelector<HTMLInputElement>('#contact-department')?.value).to.equal('75');

    for (const [id, value] of Object.entries(CONTACT)) await typeField(el, id, value);
    await tabTo(el, (control) => control.id === 'contact-consent');
    await press('Space');
    await expect(el).to.be.accessible();
    await screenshot('4-contact');
    await activateByKeyboard(el, 'Envoyer ma candidature');
    await waitUntil(() => step(el) === 'confirmation', 'confirmation', { timeout: 5000 });
    await expectHeadingFocused(el, 'confirmation');
    const code = root(el).querySelector('.code code')?.textContent ?? '';
    expect(code).to.match(/^vae_tc_/);
    const status = await inner<HTMLElement>(el, 'vae-dossier-status');
    await waitUntil(() => status.shadowRoot?.querySelector('[part~="timeline"]'), 'live status', {
      timeout: 5000,
    });
    await expect(el).to.be.accessible();
    const printButtons = [
      ...root(el).querySelectorAll('button'),
      ...(status.shadowRoot?.querySelectorAll('button') ?? []),
    ].filter(buttonNamed('Imprimer'));
    expect(printButtons.length, 'one Print button on the confirmation').to.equal(1);
    expect(status.getAttribute('tracking-code'), 'the code is not in the DOM').to.equal(null);
    await screenshot('5-confirmation');
    await emulateMedia({ media: 'print' });
    try {
      await executeServerCommand('save-screenshot', { name: 'journey-5-confirmation-print' });
    } finally {
      await emulateMedia({ media: 'screen' });
    }

    expect(events.filter((e) => e.type === 'vae-journey-step').map((e) => e.detail)).to.deep.equal(
      ['certification', 'eligibility', 'accompaniment', 'contact', 'confirmation'].map((s) => ({
        step: s,
      })),
    );
    const created = events.find((e) => e.type === 'vae-candidacy-create')?.detail as Record<
      string,
      string
    >;
    expect(Object.keys(created).sort()).to.deep.equal(['id', 'status']);
    expect(created['status']).to.equal('VALIDATION');
    expect(JSON.stringify(events)).not.to.contain(code).and.not.to.contain('Camille');
    expect(
      events.some((e) => e.type === 'vae-eligibility-complete'),
      'answers stay inside',
    ).to.equal(false);

    await clickButton(el, 'Copier le code');
    await waitUntil(() => root(el).querySelector('.copy-status')?.textContent, 'copy status', {
      timeout: 3000,
    });
    expect(root(el).querySelector('.copy-status')?.textContent).to.match(
      /Code copié|La copie a échoué/,
    );
    fixtureCleanup();
    const reloaded = await mountJourney();
    expect(step(reloaded), 'the confirmation survives a reload').to.equal('confirmation');
    expect(root(reloaded).querySelector('.code code')?.textContent).to.equal(code);
    const saved = sessionStorage.getItem('vae-journey:state') ?? '';
    expect(saved, 'personal data dropped once sent')
      .not.to.contain('Camille')
      .and.not.to.contain('example.org');
  });

  it('completes the autonomous journey by mouse from a preselected certification, without an AAP', async () => {
    const events = record();
    const el = await mountJourney({ certification: AIDE_SOIGNANT });
    expect(step(el)).to.equal('eligibility');
    await answerEligibleByMouse(el);
    await clickButton(el, 'Continuer');
    await clickLabel(el, 'En autonomie');
    expect(root(el).querySelector('vae-aap-picker')).to.equal(null);
    await expect(el).to.be.accessible();
    await clickButton(el, 'Continuer');
    expect(step(el)).to.equal('contact');
    await fillContactByMouse(el);
    await clickButton(el, 'Envoyer ma candidature');
    await waitUntil(() => step(el) === 'confirmation', 'confirmation', { timeout: 5000 });
    const created = events.find((e) => e.type === 'vae-candidacy-create')?.detail as {
      status: string;
    };
    expect(created.status).to.equal('PROJET');
    expect(root(el).querySelector('.recap')?.textContent).to.contain('En autonomie');
    await expect(el).to.be.accessible();
  });

  it('keeps the journey through a reload until the candidacy is sent, the NIR excepted', async () => {
    const el = await mountJourney({ certification: AIDE_SOIGNANT });
    await answerEligibleByMouse(el);
    await clickButton(el, 'Continuer');
    await clickLabel(el, 'En autonomie');
    await clickButton(el, 'Continuer');
    await typeField(el, 'contact-givenName', 'Camille');
    await typeField(el, 'contact-nir', '2 95 10 99 126 111 93');
    fixtureCleanup();

    const reloaded = await mountJourney();
    expect(step(reloaded)).to.equal('contact');
    expect(focused(reloaded), 'a reload does not steal the focus').to.equal(null);
    expect(root(reloaded).querySelector<HTMLInputElement>('#contact-givenName')?.value).to.equal(
      'Camille',
    );
    expect(root(reloaded).querySelector<HTMLInputElement>('#contact-nir')?.value).to.equal('');
    expect(sessionStorage.getItem('vae-journey:state')).not.to.contain('126 111');
    await clickButton(reloaded, 'Retour');
    await clickButton(reloaded, 'Retour');
    expect(step(reloaded)).to.equal('eligibility');
    expect(root(reloaded).querySelector('.verdict')?.textContent).to.contain(
      'vous pouvez faire une VAE',
    );
    await expect(reloaded).to.be.accessible();
  });

  it('creates one candidacy for a double click, and one for a retry after a lost answer', async () => {
    const el = await mountJourney({ certification: AIDE_SOIGNANT });
    await answerEligibleByMouse(el);
    await clickButton(el, 'Continuer');
    await clickLabel(el, 'En autonomie');
    await clickButton(el, 'Continuer');
    await fillContactByMouse(el);
    const watch = watchCreations();
    // The first answer is lost on the way back: the candidacy exists, the page does not know.
    const original = window.fetch;
    let lose = true;
    window.fetch = async (input, init) => {
      const response = await original(input, init);
      if (lose && String(input).endsWith('/candidacies')) {
        lose = false;
        throw new TypeError('Failed to fetch');
      }
      return response;
    };
    try {
      // Two clicks in the same task: the second lands while the first request is on its way.
      const submit = journeyButton(el, 'Envoyer ma candidature');
      submit.click();
      submit.click();
      await waitUntil(() => root(el).querySelector('[part="alert"]'), 'network error', {
        timeout: 5000,
      });
      expect(root(el).querySelector('[part="alert"]')?.textContent).to.contain(
        'Vos informations sont conservées',
      );
      expect(root(el).querySelector<HTMLInputElement>('#contact-givenName')?.value).to.equal(
        'Camille',
      );
      await expect(el).to.be.accessible();
      const retry = journeyButton(el, 'Réessayer l’envoi');
      expect(watch.answers.length, 'the double click sent one request').to.equal(1);
      await clickOn(retry);
      await waitUntil(() => step(el) === 'confirmation', 'confirmation', { timeout: 5000 });
      expect(watch.answers.length, 'one request per attempt').to.equal(2);
    } finally {
      window.fetch = original;
      watch.restore();
    }
    expect(watch.answers.map((a) => a.status)).to.deep.equal([201, 201]);
    // A second creation would have another id (the Idempotent-Replayed header is not exposed
    // to a cross-origin page).
    expect(watch.answers[1]?.id, 'the retry replays the first creation').to.equal(
      watch.answers[0]?.id,
    );
  });

  it('never submits an ineligible candidacy: no way on, and the server’s reasons when forced', async () => {
    const el = await mountJourney({ certification: AIDE_SOIGNANT });
    const q = await inner<VaeEligibilityQuestionnaire>(el, 'vae-eligibility-questionnaire');
    await waitUntil(() => q.shadowRoot?.querySelector('.target'), 'questionnaire', {
      timeout: 5000,
    });
    await clickLabel(q, 'Agent de la fonction publique');
    await clickButton(q, 'Continuer');
    await clickButton(q, 'Voir le résultat');
    await waitUntil(() => q.shadowRoot?.querySelector('[part~="outcome"]'), 'redirect screen', {
      timeout: 5000,
    });
    expect(journeyButton(el, 'Continuer'), 'public sector: no way on').to.equal(undefined);
    await expect(el).to.be.accessible();
    fixtureCleanup();

    // A tampered tab: ELIGIBLE claimed for answers without experience. The server says no.
    const saved = contactStep();
    const state = {
      ...saved,
      eligibility: {
        ...saved.eligibility,
        answers: { ...saved.eligibility.answers, experience: { inDirectRelation: false } },
      },
    };
    sessionStorage.setItem('vae-journey:state', JSON.stringify(state));
    const forced = await mountJourney();
    await fillContactByMouse(forced);
    await clickButton(forced, 'Envoyer ma candidature');
    await waitUntil(() => root(forced).querySelector('[part="alert"] li'), 'reasons', {
      timeout: 5000,
    });
    expect(journeyButton(forced, 'Envoyer ma candidature')).to.equal(undefined);
    expect(step(forced)).to.equal('contact');
    await expect(forced).to.be.accessible();
  });

  it('never shows a step whose prerequisites are missing, even from an edited tab', async () => {
    sessionStorage.setItem(
      'vae-journey:state',
      JSON.stringify({ ...contactStep(), eligibility: null }),
    );
    const el = await mountJourney();
    expect(step(el)).to.equal('eligibility');
    await inner(el, 'vae-eligibility-questionnaire');
  });

  it('keeps the data and says so when the partner key is refused, with a vae-error', async () => {
    sessionStorage.setItem('vae-journey:state', JSON.stringify(contactStep()));
    const errors: string[] = [];
    const listener = (event: Event) => errors.push((event as CustomEvent).detail.code);
    document.addEventListener('vae-error', listener);
    cleanups.push(() => document.removeEventListener('vae-error', listener));
    const el = await mountJourney({ partner: 'pk_unknown_key_of_nobody' });
    await fillContactByMouse(el);
    await clickButton(el, 'Envoyer ma candidature');
    // The shared notice, as an alert: it answers the person's click.
    const notice = await refusalNotice(el);
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(textOf(notice)).to.contain('Ce service n’est pas disponible sur ce site.');
    expect(notice.dataset['code']).to.equal('PARTNER_KEY_INVALID');
    expect(root(el).querySelector('[part="alert"]')).to.equal(null);
    await screenshot('contact-refused');
    expect(errors).to.deep.equal(['API_ERROR']);
    expect(root(el).querySelector<HTMLInputElement>('#contact-email')?.value).to.equal(
      CONTACT['contact-email'],
    );
    await expect(el).to.be.accessible();
  });

  it('shows the notice in its step when the partner key is refused from the start', async () => {
    // A code no test fetches with a valid key: the catalogue's answers are cached for an hour,
    // whatever the key (X-Vae-Partner is not in their Vary); the guard refuses before any lookup.
    const el = await mountJourney({ partner: UNKNOWN_PARTNER_KEY, certification: 'RNCP99903' });
    expect(step(el)).to.equal('eligibility');
    const questionnaire = await inner<VaeEligibilityQuestionnaire>(
      el,
      'vae-eligibility-questionnaire',
    );
    const notice = await refusalNotice(questionnaire);
    expect(textOf(notice)).to.contain('Ce service n’est pas disponible sur ce site.');
    expect(questionnaire.shadowRoot?.querySelector('form, button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('validates the contact details inline, NIR key included, in French and in English', async () => {
    const contactState = (lang: string) => {
      sessionStorage.setItem(
        'vae-journey:state',
        JSON.stringify({
          step: 'contact',
          certification: { rncpCode: AIDE_SOIGNANT, label: 'Aide-soignant' },
          eligibility: {
            outcome: 'ELIGIBLE',
            reasons: [],
            answers: { typology: 'SALARIE_PRIVE', department: '75' },
          },
          accompaniment: 'AUTONOME',
          aap: null,
          contact: {
            givenName: '',
            familyName: '',
            email: 'x@',
            phone: '',
            department: '20',
            nir: '',
            consent: false,
          },
          attempt: null,
          created: null,
        }),
      );
      return mountJourney({ lang });
    };
    const el = await contactState('fr');
    await typeField(el, 'contact-nir', '2 95 10 99 126 111 94');
    await clickButton(el, 'Envoyer ma candidature');
    const error = (field: string) =>
      root(el).getElementById(`contact-${field}-error`)?.textContent ?? '';
    expect(error('givenName')).to.equal('Indiquez votre prénom.');
    expect(error('email')).to.contain('adresse e-mail valide');
    expect(error('department')).to.contain('département');
    expect(error('nir')).to.contain('clé');
    expect(error('consent')).to.contain('Cochez');
    expect(focused(el)?.id, 'focus on the first field in error').to.equal('contact-givenName');
    expect(
      root(el).getElementById('contact-givenName')?.getAttribute('aria-describedby'),
    ).to.contain('contact-givenName-error');
    await expect(el).to.be.accessible();
    await sendKeys({ type: 'Camille' });
    await el.updateComplete;
    expect(error('givenName'), 'the error goes once fixed').to.equal('');
    fixtureCleanup();

    const en = await contactState('en');
    await clickButton(en, 'Send my application');
    expect(root(en).getElementById('contact-email-error')?.textContent).to.contain('valid e-mail');
    expect(root(en).querySelector('[part="privacy-link"]')?.textContent).to.contain(
      'Privacy policy',
    );
    await expect(en).to.be.accessible();
  });

  it('hides Continue as soon as the questionnaire’s verdict is withdrawn, until the next one', async () => {
    const el = await mountJourney({ certification: AIDE_SOIGNANT });
    await answerEligibleByMouse(el);
    const q = await inner<VaeEligibilityQuestionnaire>(el, 'vae-eligibility-questionnaire');
    const resets: unknown[] = [];
    q.addEventListener('vae-eligibility-reset', (event) => resets.push(event.detail));
    const leaked: Event[] = [];
    const leak = (event: Event) => leaked.push(event);
    document.addEventListener('vae-eligibility-reset', leak);
    cleanups.push(() => document.removeEventListener('vae-eligibility-reset', leak));
    const saved = () => JSON.parse(sessionStorage.getItem('vae-journey:state') ?? '{}');

    await clickButton(q, 'Modifier mes réponses');
    await el.updateComplete;
    expect(resets).to.deep.equal([{ certification: AIDE_SOIGNANT }]);
    expect(journeyButton(el, 'Continuer'), 'no Continue on the summary').to.equal(undefined);
    expect(saved().eligibility, 'nor after a reload').to.equal(null);
    await expect(el).to.be.accessible();

    await clickButton(q, 'Voir le résultat');
    await waitUntil(() => journeyButton(el, 'Continuer'), 'Continue with the new verdict', {
      timeout: 5000,
    });
    expect(saved().eligibility.outcome).to.equal('ELIGIBLE');

    await clickButton(q, 'Recommencer');
    await el.updateComplete;
    expect(resets.length).to.equal(2);
    expect(journeyButton(el, 'Continuer'), 'no Continue on the first question').to.equal(undefined);
    expect(step(el)).to.equal('eligibility');
    expect(leaked.length, 'the reset stays inside the journey').to.equal(0);
  });

  it('completes the whole journey in English by mouse, from the diploma search to the live status', async () => {
    const events = record();
    const el = await mountJourney({ lang: 'en' });
    expect(root(el).getElementById('step-heading')?.textContent).to.equal(
      'Which diploma do you want to obtain through VAE?',
    );
    const search = await inner<HTMLElement>(el, 'vae-diploma-search');
    await clickOn(search.shadowRoot?.querySelector('input') as Element);
    await sendKeys({ type: 'aide-soignant' });
    await waitUntil(() => search.shadowRoot?.querySelector('[role="option"]'), 'suggestions', {
      timeout: 5000,
    });
    await clickOn(search.shadowRoot?.querySelector('[role="option"]') as Element);
    await waitUntil(() => root(el).querySelector('.chosen'), 'diploma chosen');
    await clickButton(el, 'Continue');
    expect(step(el)).to.equal('eligibility');

    const q = await inner<VaeEligibilityQuestionnaire>(el, 'vae-eligibility-questionnaire');
    await waitUntil(() => q.shadowRoot?.querySelector('.target'), 'questionnaire', {
      timeout: 5000,
    });
    for (const answer of [
      'Private-sector employee',
      'Yes',
      'More than 3 years',
      'First admissibility request',
      'No',
      'None',
    ]) {
      await clickLabel(q, answer);
      await clickButton(q, 'Continue');
    }
    await clickOn(q.shadowRoot?.querySelector('input[type="text"]') as Element);
    await sendKeys({ type: '75' });
    await clickButton(q, 'Continue');
    await clickButton(q, 'See the result');
    await waitUntil(() => journeyButton(el, 'Continue'), 'eligible', { timeout: 5000 });
    await expect(el).to.be.accessible();
    await clickButton(el, 'Continue');

    expect(root(el).getElementById('step-heading')?.textContent).to.equal(
      'How do you want to be supported?',
    );
    await clickLabel(el, 'With an accompanying organisation');
    const picker = await inner<HTMLElement & { value: string }>(el, 'vae-aap-picker');
    await waitUntil(() => picker.shadowRoot?.querySelector('input[name="organism"]'), 'AAPs', {
      timeout: 5000,
    });
    await clickOn(picker.shadowRoot?.querySelector('input[name="organism"]') as Element);
    await waitUntil(() => picker.value, 'AAP chosen');
    await expect(el).to.be.accessible();
    await clickButton(el, 'Continue');

    expect(step(el)).to.equal('contact');
    expect(root(el).getElementById('step-heading')?.textContent).to.equal('Your contact details');
    await clickButton(el, 'Send my application');
    expect(root(el).getElementById('contact-givenName-error')?.textContent).to.match(/first name/i);
    await fillContactByMouse(el);
    await clickButton(el, 'Send my application');
    await waitUntil(() => step(el) === 'confirmation', 'confirmation', { timeout: 5000 });
    expect(root(el).getElementById('step-heading')?.textContent).to.equal(
      'Your application has been sent',
    );
    expect(root(el).querySelector('.tracking-label')?.textContent).to.equal('Your tracking code');
    const status = await inner<HTMLElement>(el, 'vae-dossier-status');
    await waitUntil(() => status.shadowRoot?.querySelector('[part~="status"]'), 'live status', {
      timeout: 5000,
    });
    expect(status.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim()).to.equal(
      'Application sent',
    );
    expect(status.shadowRoot?.querySelector('h2')?.textContent).to.equal('My VAE application');
    await expect(el).to.be.accessible();
    expect(events.filter((e) => e.type === 'vae-journey-step').map((e) => e.detail)).to.deep.equal(
      ['certification', 'eligibility', 'accompaniment', 'contact', 'confirmation'].map((s) => ({
        step: s,
      })),
    );
  });
});

/** What the questionnaire's `vae-eligibility-complete` carries for an eligible employee of Lyon. */
const eligibleDetail = () => ({
  ...contactStep().eligibility,
  answers: { ...contactStep().eligibility.answers, department: '69' },
  certification: AIDE_SOIGNANT,
});

/** An open AAP for the aide-soignant diploma, as `vae-aap-select` carries it (`organism`). */
async function anOrganism(): Promise<{ id: string; publicName: string }> {
  const url = `${bffUrl}/api/v1/organisms?certification=${AIDE_SOIGNANT}&modality=A_DISTANCE&limit=1`;
  const response = await fetch(url, { headers: { 'X-Vae-Partner': partnerKey } });
  expect(response.status).to.equal(200);
  const { items } = (await response.json()) as { items: { id: string; publicName: string }[] };
  expect(items.length, 'an AAP for the aide-soignant diploma').to.be.greaterThan(0);
  return items[0] as { id: string; publicName: string };
}

async function mountPrefilled(prefill: unknown): Promise<VaeJourney> {
  // Set before the element is connected, as React 19 and Vue set a property.
  const el = await fixture<VaeJourney>(html`<vae-journey api-base=${bffUrl} partner=${partnerKey}
    lang="fr" .prefill=${prefill}></vae-journey>`);
  await el.updateComplete;
  return el;
}

/** The AAP picker of the journey, once its organisms are listed (the layout has settled). */
async function pickerListed(el: VaeJourney) {
  const picker = await inner<HTMLElement & { value: string }>(el, 'vae-aap-picker');
  await waitUntil(() => picker.shadowRoot?.querySelector('input[name="organism"]'), 'AAPs', {
    timeout: 5000,
  });
  return picker;
}

async function prefillAgain(el: VaeJourney, prefill: unknown) {
  el.prefill = prefill as JourneyPrefill;
  await el.updateComplete;
}

describe('<vae-journey> prefill, for a host page that chained the individual elements', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    sessionStorage.clear();
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('starts at the contact details, goes back to the AAP step, and sends the candidacy to the handed AAP', async function () {
    this.timeout(20_000);
    const organism = await anOrganism();
    const events = record();
    const prefill = {
      certification: { rncpCode: AIDE_SOIGNANT, label: 'Aide-soignant', level: 4, type: null },
      eligibility: eligibleDetail(),
      aap: organism,
    };
    const el = await mountPrefilled(prefill);
    expect(step(el)).to.equal('contact');
    expect(events.map((e) => e.detail)).to.deep.equal([{ step: 'contact' }]);
    expect(focused(el), 'the host page decides where the focus goes').to.equal(null);
    expect(root(el).querySelector<HTMLInputElement>('#contact-department')?.value).to.equal('69');
    await expect(el).to.be.accessible();

    await clickButton(el, 'Retour');
    expect(step(el)).to.equal('accompaniment');
    expect(root(el).querySelector<HTMLInputElement>('#accompaniment-ACCOMPAGNE')?.checked).to.equal(
      true,
    );
    const picker = await pickerListed(el);
    expect(picker.value, 'the handed AAP is the chosen one').to.equal(organism.id);
    await clickButton(el, 'Retour');
    expect(step(el)).to.equal('eligibility');
    expect(root(el).querySelector('.verdict')?.textContent).to.contain('vous pouvez faire une VAE');
    await clickButton(el, 'Continuer');
    await pickerListed(el);
    await clickButton(el, 'Continuer');
    expect(step(el)).to.equal('contact');

    await fillContactByMouse(el);
    await clickButton(el, 'Envoyer ma candidature');
    await waitUntil(() => step(el) === 'confirmation', 'confirmation', { timeout: 5000 });
    expect(root(el).querySelector('.recap')?.textContent).to.contain(organism.publicName);
    const code = root(el).querySelector('.code code')?.textContent ?? '';
    const read = await fetch(`${bffUrl}/api/v1/candidate/candidacy`, {
      headers: { Authorization: `Bearer ${code}`, 'X-Vae-Partner': partnerKey },
    });
    const candidacy = (await read.json()) as { aap: { id: string } | null; status: string };
    expect(candidacy.aap?.id, 'the candidacy went to the handed AAP').to.equal(organism.id);
    expect(candidacy.status).to.equal('VALIDATION');

    // A framework re-rendering the host hands an equal object again: nothing moves.
    await prefillAgain(el, { ...prefill, eligibility: eligibleDetail() });
    expect(step(el)).to.equal('confirmation');
    expect(root(el).querySelector('.code code')?.textContent).to.equal(code);
  });

  it('starts at the first step still missing, and ignores what cannot be used', async () => {
    const organism = await anOrganism();
    const certification = { rncpCode: AIDE_SOIGNANT, label: 'Aide-soignant' };
    const events = record();
    const el = await mountPrefilled('RNCP35830');
    expect(step(el), 'not a prefill').to.equal('certification');

    await prefillAgain(el, { eligibility: eligibleDetail(), aap: organism });
    expect(step(el), 'no certification: ignored').to.equal('certification');

    await prefillAgain(el, { certification });
    expect(step(el)).to.equal('eligibility');
    const q = await inner<VaeEligibilityQuestionnaire>(el, 'vae-eligibility-questionnaire');
    expect(q.getAttribute('certification')).to.equal(AIDE_SOIGNANT);

    await prefillAgain(el, { certification, eligibility: eligibleDetail() });
    expect(step(el)).to.equal('accompaniment');
    expect(root(el).querySelector<HTMLInputElement>('#accompaniment-ACCOMPAGNE')?.checked).to.equal(
      false,
    );

    const ineligible = { ...eligibleDetail(), outcome: 'INELIGIBLE' };
    await prefillAgain(el, { certification, eligibility: ineligible, aap: organism });
    expect(step(el), 'not eligible: the questions again, no AAP').to.equal('eligibility');

    await prefillAgain(el, { certification, eligibility: eligibleDetail(), aap: { name: 'x' } });
    expect(step(el), 'an AAP without id').to.equal('accompaniment');

    const otherDiploma = { ...eligibleDetail(), certification: 'RNCP12296' };
    await prefillAgain(el, { certification, eligibility: otherDiploma, aap: organism });
    expect(step(el), 'a verdict for another diploma').to.equal('eligibility');

    await prefillAgain(el, { certification, eligibility: eligibleDetail(), aap: organism });
    expect(step(el)).to.equal('contact');
    await prefillAgain(el, null);
    expect(step(el), 'taking the prefill away leaves the journey as it is').to.equal('contact');
    expect(
      events.filter((e) => e.type === 'vae-journey-step').map((e) => e.detail),
      'the host page hears each step a prefill leads to',
    ).to.deep.equal(
      [
        'certification',
        'eligibility',
        'accompaniment',
        'eligibility',
        'accompaniment',
        'eligibility',
        'contact',
      ].map((s) => ({ step: s })),
    );
  });

  it('keeps the contact details typed, and the progress after a reload with the same choices', async () => {
    const organism = await anOrganism();
    const prefill = {
      certification: { rncpCode: AIDE_SOIGNANT, label: 'Aide-soignant' },
      eligibility: eligibleDetail(),
      aap: organism,
    };
    const el = await mountPrefilled(prefill);
    await typeField(el, 'contact-givenName', 'Camille');
    // The host page (re)chained its elements and hands another verdict: the name stays.
    const otherAnswers = { ...eligibleDetail(), answers: { ...eligibleDetail().answers } };
    otherAnswers.answers.department = '13';
    await prefillAgain(el, { ...prefill, eligibility: otherAnswers });
    expect(step(el)).to.equal('contact');
    expect(root(el).querySelector<HTMLInputElement>('#contact-department')?.value).to.equal('13');
    expect(root(el).querySelector<HTMLInputElement>('#contact-givenName')?.value).to.equal(
      'Camille',
    );
    await clickButton(el, 'Retour');
    fixtureCleanup();

    const reloaded = await mountPrefilled({ ...prefill, eligibility: otherAnswers });
    expect(step(reloaded), 'the step reached before the reload').to.equal('accompaniment');
    const picker = await pickerListed(reloaded);
    // The candidate picks another AAP in the journey; the host re-renders with its own prefill.
    const other = [
      ...(picker.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="organism"]') ?? []),
    ].find((radio) => radio.value !== organism.id);
    expect(other, 'another AAP listed').to.exist;
    await clickOn(other as HTMLInputElement);
    await waitUntil(() => picker.value === other?.value, 'other AAP chosen');
    await prefillAgain(reloaded, { ...prefill, eligibility: otherAnswers });
    expect(step(reloaded)).to.equal('accompaniment');
    expect(picker.value, 'the candidate’s own choice stays').to.equal(other?.value);
    await clickButton(reloaded, 'Continuer');
    expect(step(reloaded)).to.equal('contact');
    expect(root(reloaded).querySelector<HTMLInputElement>('#contact-givenName')?.value).to.equal(
      'Camille',
    );
  });
});
