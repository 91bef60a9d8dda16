import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../vae-journey/define.js';
import type { VaeEligibilityQuestionnaire } from '../vae-eligibility-questionnaire/vae-eligibility-questionnaire.js';
import type { VaeJourney } from '../vae-journey/vae-journey.js';
import { bffUrl, partnerKey } from './bff.js';
import {
  chooseByKeyboard,
  continueByKeyboard,
  seeResult,
  typeByKeyboard,
} from './eligibility-questionnaire-driver.js';

// Drives <vae-journey> as a person does, by keyboard or by mouse, for the browser tests.

export const AIDE_SOIGNANT = 'RNCP35830';

export async function mountJourney(
  attributes: { certification?: string; department?: string; lang?: string; partner?: string } = {},
): Promise<VaeJourney> {
  const el =
    await fixture<VaeJourney>(html`<vae-journey api-base=${bffUrl} partner=${attributes.partner ?? partnerKey}
    lang=${attributes.lang ?? 'fr'} certification=${attributes.certification ?? ''}
    department=${attributes.department ?? ''} privacy-url="https://partenaire.example.fr/confidentialite"></vae-journey>`);
  await el.updateComplete;
  return el;
}

export const root = (el: VaeJourney) => el.shadowRoot as ShadowRoot;
export const focused = (el: VaeJourney) => root(el).activeElement;
export const step = (el: VaeJourney) =>
  root(el).querySelector<HTMLElement>('[part="step"]')?.dataset['step'];
export const heading = (el: VaeJourney) =>
  root(el).getElementById('step-heading')?.textContent?.trim() ?? '';

/** The step element once loaded, defined and rendered. */
export async function inner<E extends HTMLElement>(el: VaeJourney, tag: string): Promise<E> {
  await waitUntil(() => customElements.get(tag) && root(el).querySelector(tag), `${tag} shown`, {
    timeout: 5000,
  });
  const child = root(el).querySelector(tag) as E & { updateComplete?: Promise<unknown> };
  await child.updateComplete;
  return child;
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Tabs until the journey's own focused control matches (its step elements are passed over). */
export async function tabTo(el: VaeJourney, matches: (control: Element) => boolean) {
  for (let i = 0; i < 60; i += 1) {
    await press('Tab');
    const control = focused(el);
    if (control && matches(control)) return control;
  }
  throw new Error('Tab never reached the control');
}

export const buttonNamed = (text: string) => (control: Element) =>
  control.matches('button') && control.textContent?.trim() === text;

/** Tabs to a journey button and presses Enter; then the focus is on the new step's heading. */
export async function activateByKeyboard(el: VaeJourney, text: string) {
  await tabTo(el, buttonNamed(text));
  await press('Enter');
  await el.updateComplete;
}

export async function expectHeadingFocused(el: VaeJourney, expected: string) {
  await el.updateComplete;
  expect(step(el)).to.equal(expected);
  expect(focused(el)?.id, 'focus on the step heading').to.equal('step-heading');
}

/** Types a query into the diploma search and picks the first suggestion with the arrows. */
export async function chooseDiplomaByKeyboard(el: VaeJourney, query: string) {
  const search = await inner<HTMLElement>(el, 'vae-diploma-search');
  const input = search.shadowRoot?.querySelector('input');
  await tabTo(el, (control) => control === search);
  expect(search.shadowRoot?.activeElement).to.equal(input);
  await sendKeys({ type: query });
  await waitUntil(() => search.shadowRoot?.querySelector('[role="option"]'), 'suggestions', {
    timeout: 5000,
  });
  await press('ArrowDown');
  await press('Enter');
  await waitUntil(() => root(el).querySelector('.chosen'), 'diploma chosen');
}

/** Answers the questionnaire as an eligible private-sector employee of Paris, by keyboard. */
export async function answerEligibleByKeyboard(el: VaeJourney) {
  const q = await inner<VaeEligibilityQuestionnaire>(el, 'vae-eligibility-questionnaire');
  await waitUntil(() => q.shadowRoot?.querySelector('.target'), 'questionnaire ready', {
    timeout: 5000,
  });
  await chooseByKeyboard(q, 'Salarié du privé');
  await continueByKeyboard(q);
  await chooseByKeyboard(q, 'Oui');
  await continueByKeyboard(q);
  await chooseByKeyboard(q, 'Plus de 3 ans');
  await continueByKeyboard(q);
  await chooseByKeyboard(q, 'Première demande de recevabilité');
  await continueByKeyboard(q);
  await chooseByKeyboard(q, 'Non');
  await continueByKeyboard(q);
  await chooseByKeyboard(q, 'Aucune');
  await continueByKeyboard(q);
  await typeByKeyboard(q, '75');
  await continueByKeyboard(q);
  const detail = await seeResult(q);
  expect(detail.outcome).to.equal('ELIGIBLE');
}

/** Types into the contact field the Tab key reaches next with this id. */
export async function typeField(el: VaeJourney, id: string, value: string) {
  await tabTo(el, (control) => control.id === id);
  await sendKeys({ type: value });
}
