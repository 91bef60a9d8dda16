import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_URL, launchBrowser, watchTrouble } from './support/browser.js';
import { answerEligibility, pickNearestAap, searchAndSelect, tabTo } from './support/keyboard.js';
import {
  aCandidate,
  applyOnFrameworkPage,
  CERTIFICATION_LABEL,
  type SentCandidacy,
} from './support/partner-journeys.js';
import { staffApi } from './support/staff-api.js';
import { staffDeclareAdmissible } from './support/staff-pages.js';
import { trackerText } from './support/tracker-page.js';

const SCREENSHOTS = new URL('../.test-results/screenshots/', import.meta.url).pathname;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['react', 'vue'] as const)('%s.html, keyboard only', (framework) => {
  let sent: SentCandidacy | undefined;

  it('chains search → questionnaire → picker, then <vae-journey> sends the candidacy to that AAP', async () => {
    const page = await browser.newPage();
    const trouble = watchTrouble(page);
    sent = await applyOnFrameworkPage(page, framework, aCandidate(`Cadre ${framework}`));
    // The nearest organism to Paris 11e is in Paris.
    expect(sent.aap.label).toMatch(/Paris/);
    expect(sent.trackingCode).toMatch(/^vae_tc_[\w-]{20,}$/);
    // The page heard vae-candidacy-create through the framework's own event binding.
    await page.locator('.demo-output').filter({ hasText: 'Candidature envoyée' }).waitFor();
    const candidacy = (await staffApi().asCandidate(
      sent.trackingCode,
      'GET',
      '/candidate/candidacy',
    )) as { certification: { code: string; label: string }; aap: { id: string } | null };
    expect(candidacy.certification).toMatchObject({
      code: 'RNCP35993',
      label: CERTIFICATION_LABEL,
    });
    expect(candidacy.aap?.id, 'the AAP chosen in the picker').toBe(sent.aap.id);
    expect(trouble.errors).toEqual([]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page
        .locator('section:has(vae-journey)')
        .screenshot({ path: `${SCREENSHOTS}${framework}-submission-sent-${width}.png` });
    }
    await page.close();
  });

  it('is taken over on the AAP page, declared admissible on the certificateur page, and shows « Recevable » on suivi.html', async () => {
    expect(sent).toBeDefined();
    if (!sent) return;
    await staffDeclareAdmissible(browser, {
      trackingCode: sent.trackingCode,
      givenName: sent.candidate.givenName,
      familyName: sent.candidate.familyName,
    });
    const text = await trackerText(browser, sent.trackingCode, CERTIFICATION_LABEL);
    expect(text).toContain('Réseau Parcours VAE Paris 11e');
    expect(text).toContain('Recevable');
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
