import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_URL, launchBrowser } from './support/browser.js';
import {
  answerEligibility,
  focused,
  pickNearestAap,
  searchAndSelect,
  tabTo,
} from './support/keyboard.js';
import { staffApi } from './support/staff-api.js';
import { staffDeclareAdmissible } from './support/staff-pages.js';
import { trackerText } from './support/tracker-page.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function continueWithKeyboard(page: Page): Promise<void> {
  await tabTo(page, /^button\[button\] Continuer/);
  await page.keyboard.press('Enter');
}

describe('parcours.html: the whole <vae-journey>, keyboard only', () => {
  let trackingCode = '';

  it('goes from a loose search to a sent candidacy and shows the tracking code', async () => {
    const page = await browser.newPage();
    await page.goto(`${DEMO_URL}/parcours.html`);
    const journey = page.locator('vae-journey');
    await journey.locator('vae-diploma-search input').first().waitFor();
    await tabTo(page, /^input\[text\] /);
    // Loosely typed, without accents.
    await searchAndSelect(
      page,
      journey.locator('vae-diploma-search'),
      'responsable service a domicile',
    );
    await continueWithKeyboard(page);
    await answerEligibility(page, journey.locator('vae-eligibility-questionnaire'));
    await continueWithKeyboard(page);
    await tabTo(page, /^input\[radio\] Avec un organisme/);
    await page.keyboard.press('Space');
    const chosen = await pickNearestAap(page, journey.locator('vae-aap-picker'), '75011');
    expect(chosen).toMatch(/Paris/);
    await continueWithKeyboard(page);

    await tabTo(page, /^input\[text\] Prénom/);
    await page.keyboard.type('Camille');
    await tabTo(page, /^input\[text\] Nom/);
    await page.keyboard.type('Martin');
    await tabTo(page, /^input\[email\]/);
    await page.keyboard.type('camille.martin@example.org');
    await tabTo(page, /^input\[tel\]/);
    await page.keyboard.type('0612345678');
    await tabTo(page, /^input\[text\] Département/);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('75');
    await tabTo(page, /^input\[checkbox\]/);
    await page.keyboard.press('Space');
    await tabTo(page, /^button\[submit\] Envoyer/);
    await page.keyboard.press('Enter');

    const code = journey.getByText(/^vae_tc_\S+$/);
    await code.waitFor();
    trackingCode = ((await code.textContent()) ?? '').trim();
    expect(trackingCode).toMatch(/^vae_tc_[\w-]{20,}$/);
    // Focus follows the journey to its confirmation (a screen reader hears it).
    expect(await focused(page)).toMatch(/Votre candidature est envoyée/);
    await page.close();
  });

  it('is taken over on the AAP page and declared admissible on the certificateur page, keyboard only', async () => {
    expect(trackingCode).not.toBe('');
    const target = await staffDeclareAdmissible(browser, {
      trackingCode,
      givenName: 'Camille',
      familyName: 'Martin',
    });
    const dossier = (await staffApi().asCandidate(trackingCode, 'GET', '/candidate/candidacy')) as {
      id: string;
      status: string;
    };
    expect(dossier.id).toBe(target.candidacyId);
    expect(dossier.status).toBe('DOSSIER_FAISABILITE_RECEVABLE');
  });

  it('lets the candidate follow the candidacy on suivi.html with the tracking code', async () => {
    expect(trackingCode).not.toBe('');
    const text = await trackerText(
      browser,
      trackingCode,
      'Responsable coordonnateur services au domicile',
    );
    expect(text).toContain('Réseau Parcours VAE Paris 11e');
    expect(text).toContain('Recevable');
  });
});
