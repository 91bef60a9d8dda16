import type { Locator, Page } from 'playwright-core';
import { DEMO_URL } from './browser.js';
import { answerEligibility, focused, pickNearestAap, searchAndSelect, tabTo } from './keyboard.js';

// The candidate's whole journey on the partner pages that chain the individual elements and
// hand what they gathered to <vae-journey> (its `prefill`), keyboard only. The tracking code it
// ends with is what the staff steps (support/staff-pages.ts) and the tracker take on.

/** The loose query of the issue: unaccented, words left out. */
export const LOOSE_QUERY = 'responsable service a domicile';
export const CERTIFICATION_LABEL = 'Responsable coordonnateur services au domicile';

export interface Candidate {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
}

/** A candidate whose family name tells this run's candidacies apart in the staff inboxes. */
export function aCandidate(familyName: string): Candidate {
  const slug = familyName
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
  return {
    givenName: 'Camille',
    familyName,
    email: `camille.${slug}@example.org`,
    phone: '0612345678',
  };
}

export interface SentCandidacy {
  trackingCode: string;
  candidate: Candidate;
  /** The AAP as the keyboard chose it in the picker: its id (the picker's value) and label. */
  aap: { id: string; label: string };
}

/**
 * Fills the contact details of the journey (already at that step) with the keyboard, consents,
 * submits, and returns the tracking code shown. The department comes from the answers (75).
 */
export async function sendContactByKeyboard(
  page: Page,
  journey: Locator,
  candidate: Candidate,
): Promise<string> {
  await journey.locator('#contact-givenName').waitFor();
  await tabTo(page, /^input\[text\] Prénom/);
  await page.keyboard.type(candidate.givenName);
  await tabTo(page, /^input\[text\] Nom/);
  await page.keyboard.type(candidate.familyName);
  await tabTo(page, /^input\[email\]/);
  await page.keyboard.type(candidate.email);
  await tabTo(page, /^input\[tel\]/);
  await page.keyboard.type(candidate.phone);
  await tabTo(page, /^input\[checkbox\]/);
  await page.keyboard.press('Space');
  await tabTo(page, /^button\[submit\] Envoyer/);
  await page.keyboard.press('Enter');
  const code = journey.getByText(/^vae_tc_\S+$/);
  await code.waitFor();
  return ((await code.textContent()) ?? '').trim();
}

/** Search, answer, pick the AAP nearest to 75011: the chained elements of every partner page. */
async function chainElements(page: Page): Promise<SentCandidacy['aap']> {
  await page.locator('vae-diploma-search input').first().waitFor();
  await tabTo(page, /^input\[text\] /);
  await searchAndSelect(page, page.locator('vae-diploma-search'), LOOSE_QUERY);
  await answerEligibility(page, page.locator('vae-eligibility-questionnaire'));
  const picker = page.locator('vae-aap-picker');
  const label = (await pickNearestAap(page, picker, '75011')).replace(/^input\[radio\] /, '');
  const id = await picker.evaluate((el) => (el as HTMLElement & { value: string }).value);
  return { id, label: label.trim() };
}

/**
 * carif-oref.html from the search in its hero to <vae-journey> at the contact details: the
 * page's own button takes the chosen AAP to its « Déposer votre candidature » section, focus
 * on that section's heading.
 */
export async function reachCarifOrefSubmission(page: Page): Promise<SentCandidacy['aap']> {
  await page.goto(`${DEMO_URL}/carif-oref.html`);
  const aap = await chainElements(page);
  await tabTo(page, /^button\[button\] Déposer ma candidature/);
  await page.keyboard.press('Enter');
  await page.locator('#journey #contact-givenName').waitFor();
  const heading = await focused(page);
  if (!/^h2\[\] Déposer votre candidature/.test(heading)) {
    throw new Error(`The focus should be on the submission heading, not « ${heading} »`);
  }
  return aap;
}

/** carif-oref.html from the search in its hero to the tracking code. */
export async function applyOnCarifOref(page: Page, candidate: Candidate): Promise<SentCandidacy> {
  const aap = await reachCarifOrefSubmission(page);
  const trackingCode = await sendContactByKeyboard(page, page.locator('#journey'), candidate);
  return { trackingCode, candidate, aap };
}

/** react.html or vue.html: the same chain, then <vae-journey> bound the framework's way. */
export async function applyOnFrameworkPage(
  page: Page,
  framework: 'react' | 'vue',
  candidate: Candidate,
): Promise<SentCandidacy> {
  await page.goto(`${DEMO_URL}/${framework}.html`);
  const aap = await chainElements(page);
  const trackingCode = await sendContactByKeyboard(page, page.locator('vae-journey'), candidate);
  return { trackingCode, candidate, aap };
}
