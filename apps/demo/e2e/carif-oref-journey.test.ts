import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, watchTrouble } from './support/browser.js';
import { focused, tabTo } from './support/keyboard.js';
import {
  aCandidate,
  CERTIFICATION_LABEL,
  reachCarifOrefSubmission,
  type SentCandidacy,
  sendContactByKeyboard,
} from './support/partner-journeys.js';
import { staffApi } from './support/staff-api.js';
import { staffDeclareAdmissible } from './support/staff-pages.js';
import { linkOnStudentPage, trackerText } from './support/tracker-page.js';

const SCREENSHOTS = new URL('../.test-results/screenshots/', import.meta.url).pathname;

/** A section of the page (by default « Déposer votre candidature ») at 375 and 1280 px. */
async function screenshotSection(page: Page, name: string, section = '#depot'): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page
      .locator(section)
      .screenshot({ path: `${SCREENSHOTS}carif-oref-${name}-${width}.png` });
    // Nothing wider than a phone at 375 px: a horizontal scrollbar is a broken layout.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `horizontal overflow at ${width} px`).toBeLessThanOrEqual(0);
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('carif-oref.html: the chained elements hand over to <vae-journey>, keyboard only', () => {
  let sent: SentCandidacy | undefined;

  it('goes from a loose search to a sent candidacy with the AAP chosen near 75011, Back included, and shows the tracking code', async () => {
    const page = await browser.newPage();
    const trouble = watchTrouble(page);
    const journey = page.locator('#journey');
    const aap = await reachCarifOrefSubmission(page);
    expect(aap.label).toMatch(/Paris/);
    expect(await journey.locator('#contact-department').inputValue()).toBe('75');
    expect(await axeViolations(page)).toEqual([]);
    await screenshotSection(page, 'submission-contact');
    await screenshotSection(page, 'aap-chosen', '#accompagnement');

    // Back inside the journey: the AAP handed over is the one chosen there.
    await tabTo(page, /^button\[button\] Retour/);
    await page.keyboard.press('Enter');
    await journey.locator('[data-step="accompaniment"]').waitFor();
    const inner = journey.locator('vae-aap-picker');
    await inner.locator('input[name="organism"]').first().waitFor();
    expect(await inner.evaluate((el) => (el as HTMLElement & { value: string }).value)).toBe(
      aap.id,
    );
    expect(await journey.locator('#accompaniment-ACCOMPAGNE').isChecked()).toBe(true);
    await tabTo(page, /^button\[button\] Continuer/, 80);
    await page.keyboard.press('Enter');

    const candidate = aCandidate('Carif');
    const trackingCode = await sendContactByKeyboard(page, journey, candidate);
    sent = { trackingCode, candidate, aap };
    expect(trackingCode).toMatch(/^vae_tc_[\w-]{20,}$/);
    // Focus follows the journey to its confirmation (a screen reader hears it).
    expect(await focused(page)).toMatch(/Votre candidature est envoyée/);
    const recap = await journey.locator('[part="recap"]').textContent();
    expect(recap).toContain(CERTIFICATION_LABEL);
    await journey.locator('vae-dossier-status [part~="status"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshotSection(page, 'submission-sent');
    expect(trouble.errors).toEqual([]);

    // The server holds what the page's elements chose: the certification and that AAP.
    const candidacy = (await staffApi().asCandidate(
      trackingCode,
      'GET',
      '/candidate/candidacy',
    )) as {
      certification: { code: string };
      aap: { id: string } | null;
      status: string;
    };
    expect(candidacy.certification.code).toBe('RNCP35993');
    expect(candidacy.aap?.id).toBe(aap.id);
    expect(candidacy.status).toBe('VALIDATION');
    await page.close();
  });

  it('is taken over on the AAP page and declared admissible on the certificateur page, keyboard only', async () => {
    expect(sent).toBeDefined();
    if (!sent) return;
    const target = await staffDeclareAdmissible(browser, {
      trackingCode: sent.trackingCode,
      givenName: sent.candidate.givenName,
      familyName: sent.candidate.familyName,
    });
    const dossier = (await staffApi().asCandidate(
      sent.trackingCode,
      'GET',
      '/candidate/candidacy',
    )) as { id: string; status: string };
    expect(dossier).toMatchObject({
      id: target.candidacyId,
      status: 'DOSSIER_FAISABILITE_RECEVABLE',
    });
  });

  it('shows « Recevable » on suivi.html with the tracking code', async () => {
    expect(sent).toBeDefined();
    if (!sent) return;
    const text = await trackerText(browser, sent.trackingCode, CERTIFICATION_LABEL);
    // The AAP chosen near 75011, the one the staff steps acted as.
    expect(text).toContain('Réseau Parcours VAE Paris 11e');
    expect(text).toContain('Recevable');
  });

  it('shows « Recevable » on the university student page once the student links the tracking code (mistyped, then right), keyboard only', async () => {
    expect(sent).toBeDefined();
    if (!sent) return;
    const linked = await linkOnStudentPage(
      browser,
      sent.trackingCode,
      CERTIFICATION_LABEL,
      async (page) => {
        expect(await axeViolations(page)).toEqual([]);
        await screenshotSection(page, 'student-linked', '#etudiant');
      },
    );
    // A mistyped code first: the form says so and keeps the focus on the field.
    expect(linked.refusal).toEqual({
      message: 'Aucune candidature ne correspond à ce code de suivi.',
      invalid: true,
      focusedId: 'link-code',
    });
    expect(linked.text).toContain('Réseau Parcours VAE Paris 11e');
    expect(linked.text).toContain('Recevable');
    // Focus and a status line take a keyboard and screen reader user to the linked dossier.
    expect(linked.focusedId).toBe('tracker-area');
    expect(linked.status).toMatch(/Candidature rattachée/);
  });
});
