import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../vae-eligibility-questionnaire/define.js';
import type {
  EligibilityCompleteDetail,
  VaeEligibilityQuestionnaire,
} from '../vae-eligibility-questionnaire/vae-eligibility-questionnaire.js';
import { bffUrl, partnerKey } from './bff.js';

// Drives <vae-eligibility-questionnaire> the way a keyboard user does (Tab, arrows, Space,
// Enter, typing), for the browser tests.

/** Demo catalogue certifications (seeded into the tests' BFF). */
export const AIDE_SOIGNANT = 'RNCP35830';
export const INFIRMIER_NOT_VAE = 'RNCP8940';
export const CHAUDRONNERIE_INACTIVE = 'RNCP29885';

export async function mountQuestionnaire(
  certification: string,
  attributes: { redirectUrl?: string; redirectLabel?: string; lang?: string } = {},
): Promise<VaeEligibilityQuestionnaire> {
  const el = await fixture<VaeEligibilityQuestionnaire>(html`<vae-eligibility-questionnaire
    certification=${certification}
    api-base=${bffUrl} partner=${partnerKey}
    redirect-url=${attributes.redirectUrl ?? ''}
    redirect-label=${attributes.redirectLabel ?? ''}
    lang=${attributes.lang ?? 'fr'}
  ></vae-eligibility-questionnaire>`);
  await until(el, () => el.shadowRoot?.querySelector('.target, .notice[role="alert"]'));
  return el;
}

export const root = (el: VaeEligibilityQuestionnaire) => el.shadowRoot as ShadowRoot;
export const focused = (el: VaeEligibilityQuestionnaire) => root(el).activeElement;
export const heading = (el: VaeEligibilityQuestionnaire) =>
  root(el).getElementById('step-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const progress = (el: VaeEligibilityQuestionnaire) =>
  root(el).querySelector('.progress')?.textContent?.trim() ?? '';

/** Waits (a few seconds at most) for something the element shows after a network call. */
export async function until<T>(
  el: VaeEligibilityQuestionnaire,
  probe: () => T | null | undefined,
): Promise<T> {
  for (let i = 0; i < 200; i += 1) {
    await el.updateComplete;
    const value = probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The questionnaire never showed what the test waited for');
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Ctrl+A: selects the text of the focused field, so typing replaces it. */
export async function selectAll(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
}

/** Presses Tab until the focus is on a control that matches. */
export async function tabTo(
  el: VaeEligibilityQuestionnaire,
  matches: (control: Element) => boolean,
): Promise<Element> {
  for (let i = 0; i < 40; i += 1) {
    await press('Tab');
    const control = focused(el);
    if (control && matches(control)) return control;
  }
  throw new Error('Tab never reached the control');
}

const labelOf = (el: VaeEligibilityQuestionnaire, control: Element) =>
  root(el).querySelector(`label[for="${control.id}"]`)?.textContent?.trim() ?? '';

/** Tabs into the radio group, moves with the arrow keys to the option, and checks it. */
export async function chooseByKeyboard(el: VaeEligibilityQuestionnaire, label: string) {
  let radio = (await tabTo(
    el,
    (c) => (c as HTMLInputElement).type === 'radio',
  )) as HTMLInputElement;
  for (let i = 0; i < 12 && labelOf(el, radio) !== label; i += 1) {
    await press('ArrowDown');
    radio = focused(el) as HTMLInputElement;
  }
  expect(labelOf(el, radio)).to.equal(label);
  if (!radio.checked) await press('Space');
  expect(radio.checked).to.equal(true);
  await el.updateComplete;
}

/** Tabs to the text field of the step and types into it. */
export async function typeByKeyboard(el: VaeEligibilityQuestionnaire, text: string) {
  await tabTo(el, (c) => c.matches('input[type="text"]'));
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Tabs to a button by its text and presses Enter. */
export async function activate(el: VaeEligibilityQuestionnaire, text: string) {
  await tabTo(el, (c) => c.matches('button, a') && c.textContent?.trim().startsWith(text) === true);
  await press('Enter');
  await el.updateComplete;
  await el.updateComplete;
}

/** Continue, then checks that the focus moved to the next step's heading and that it passes axe. */
export async function continueByKeyboard(el: VaeEligibilityQuestionnaire) {
  await activate(el, 'Continuer');
  expect(focused(el)?.id, 'focus on the step heading').to.equal('step-heading');
  await expect(el).to.be.accessible();
}

/** Shows the result from the summary and returns what the event carried. */
export async function seeResult(el: VaeEligibilityQuestionnaire) {
  const event = oneEvent(el, 'vae-eligibility-complete');
  await activate(el, 'Voir le résultat');
  const { detail } = (await event) as CustomEvent<EligibilityCompleteDetail>;
  expect(focused(el)?.id, 'focus on the result heading').to.equal('step-heading');
  await expect(el).to.be.accessible();
  return detail;
}
