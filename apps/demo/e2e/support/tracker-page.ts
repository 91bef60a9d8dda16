import type { Browser } from 'playwright-core';
import { DEMO_URL } from './browser.js';
import { tabTo } from './keyboard.js';

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
    await page.goto(`${DEMO_URL}/suivi.html`);
    const tracker = page.locator('vae-dossier-status');
    await tracker.locator('input').first().waitFor();
    await tabTo(page, /^input\[/);
    await page.keyboard.type(trackingCode);
    await page.keyboard.press('Enter');
    await tracker.getByText(certificationLabel).first().waitFor();
    return await tracker.evaluate((el) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));
  } finally {
    await page.close();
  }
}
