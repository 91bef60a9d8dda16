import type { Browser, Locator, Page } from 'playwright-core';
import { DEMO_URL } from './browser.js';
import { tabTo } from './keyboard.js';

/** suivi.html, the tracking code typed into `<vae-dossier-status>` with the keyboard. */
export async function openTrackerWithCode(page: Page, trackingCode: string): Promise<Locator> {
  await page.goto(`${DEMO_URL}/suivi.html`);
  const tracker = page.locator('vae-dossier-status');
  await tracker.locator('input').first().waitFor();
  await tabTo(page, /^input\[/);
  await page.keyboard.type(trackingCode);
  await page.keyboard.press('Enter');
  return tracker;
}

/**
 * The candidate's tracker page (suivi.html), opened with the keyboard and the tracking code:
 * returns the text `<vae-dossier-status>` shows once the certification is there.
 */
export async function trackerText(
  browser: Browser,
  trackingCode: string,
  certificationLabel: string,
): Promise<string> {
  const page = await browser.newPage();
  try {
    const tracker = await openTrackerWithCode(page, trackingCode);
    await tracker.getByText(certificationLabel).first().waitFor();
    return await tracker.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
  } finally {
    await page.close();
  }
}

/** What the student page shows once the candidacy is linked. */
export interface LinkedTracker {
  /** The tracker's text (whitespace collapsed). */
  text: string;
  /** The id of the focused element of the page once linked (the tracker's region). */
  focusedId: string;
  /** What the page's status line says. */
  status: string;
  /** The form's message when the student first typed the code with one character wrong. */
  refusal: { message: string; invalid: boolean; focusedId: string };
}

/** The code with its last character changed: well formed, belonging to no candidacy. */
function mistyped(code: string): string {
  return `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
}

/**
 * The university portal's student area (universite.html): links a candidacy sent on another
 * site with its tracking code, keyboard only (first mistyped, then corrected), and returns what
 * the form said and what the tracker then shows.
 * `inspect` runs on the page once linked (axe, screenshots) before it closes.
 */
export async function linkOnStudentPage(
  browser: Browser,
  trackingCode: string,
  certificationLabel: string,
  inspect?: (page: Page) => Promise<void>,
): Promise<LinkedTracker> {
  const page = await browser.newPage();
  try {
    await page.goto(`${DEMO_URL}/universite.html`);
    const tracker = page.locator('#tracker');
    // The fictional student's seeded dossier first: the page's own session.
    await tracker.locator('[part~="status"]').first().waitFor();
    await tabTo(page, /^input\[text\] Code de suivi/, 80);
    await page.keyboard.type(mistyped(trackingCode));
    await page.keyboard.press('Enter');
    const error = page.locator('#link-error');
    await error.filter({ hasText: /\S/ }).waitFor();
    const refusal = {
      message: (await error.textContent()) ?? '',
      invalid: (await page.locator('#link-code').getAttribute('aria-invalid')) === 'true',
      focusedId: await page.evaluate(() => document.activeElement?.id ?? ''),
    };
    await page.keyboard.press('Control+A');
    await page.keyboard.type(trackingCode);
    await page.keyboard.press('Enter');
    await tracker.getByText(certificationLabel).first().waitFor();
    const status = page.locator('#link-status');
    await status.filter({ hasText: 'Candidature rattachée' }).waitFor();
    if (inspect) await inspect(page);
    return {
      text: await tracker.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')),
      focusedId: await page.evaluate(() => document.activeElement?.id ?? ''),
      status: (await status.textContent()) ?? '',
      refusal,
    };
  } finally {
    await page.close();
  }
}
