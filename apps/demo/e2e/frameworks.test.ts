import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_URL, launchBrowser } from './support/browser.js';
import { answerEligibility, pickNearestAap, searchAndSelect, tabTo } from './support/keyboard.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['react', 'vue'])('%s.html, keyboard only', (framework) => {
  it('chains search → questionnaire → picker up to « Prêt à envoyer »', async () => {
    const page = await browser.newPage();
    await page.goto(`${DEMO_URL}/${framework}.html`);
    await page.locator('vae-diploma-search input').first().waitFor();
    await tabTo(page, /^input\[text\] Diplôme/);
    await searchAndSelect(
      page,
      page.locator('vae-diploma-search'),
      'responsable service a domicile',
    );
    await answerEligibility(page, page.locator('vae-eligibility-questionnaire'));
    const chosen = await pickNearestAap(page, page.locator('vae-aap-picker'), '75011');
    const output = page.locator('.demo-output');
    await output.filter({ hasText: 'Prêt à envoyer' }).waitFor();
    const line = ((await output.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(line).toContain('Responsable coordonnateur services au domicile (RNCP35993)');
    // The organism named on the line is the one chosen with the keyboard.
    expect(line).toContain(chosen.replace(/^input\[radio\] /, '').trim());
    // The nearest organism to Paris 11e is in Paris.
    expect(chosen).toMatch(/Paris/);
    await page.close();
  });
});

describe('carif-oref.html, keyboard only', () => {
  it('chains the elements by their events up to the choice of an AAP near a postal code', async () => {
    const page = await browser.newPage();
    await page.goto(`${DEMO_URL}/carif-oref.html`);
    await page.locator('vae-diploma-search input').first().waitFor();
    await tabTo(page, /^input\[text\] /);
    await searchAndSelect(
      page,
      page.locator('vae-diploma-search'),
      'responsable service a domicile',
    );
    await answerEligibility(page, page.locator('vae-eligibility-questionnaire'));
    const chosen = await pickNearestAap(page, page.locator('vae-aap-picker'), '75011');
    expect(chosen).toMatch(/Paris/);
    const checked = await page
      .locator('vae-aap-picker')
      .evaluate((el) =>
        [
          ...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]:checked') ??
            []),
        ].map((radio) => radio.labels?.[0]?.textContent?.trim() ?? ''),
      );
    expect(checked).toContain(chosen.replace(/^input\[radio\] /, '').trim());
    await page.close();
  });
});
