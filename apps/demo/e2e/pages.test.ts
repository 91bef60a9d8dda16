import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  cspViolations,
  DEMO_URL,
  launchBrowser,
  type PageTrouble,
  recordCspViolations,
  watchTrouble,
} from './support/browser.js';

const PAGES = [
  'index',
  'carif-oref',
  'parcours',
  'universite',
  'react',
  'vue',
  'themes',
  'reference',
  'recherche',
  'eligibilite',
  'organismes',
  'suivi',
  'espace-aap',
  'espace-certificateur',
] as const;

const SCREENSHOTS = new URL('../.test-results/screenshots/', import.meta.url).pathname;

/** Waits until every vae-* element on the page has rendered (upgraded, shadow root filled). */
async function elementsRendered(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('vae-'))
      .every((el) => customElements.get(el.localName) && el.shadowRoot),
  );
  await page.waitForLoadState('networkidle');
}

let browser: Browser;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(PAGES)('%s.html', (name) => {
  let page: Page;
  let trouble: PageTrouble;
  let csp = '';
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    trouble = watchTrouble(page);
    await recordCspViolations(page);
    const response = await page.goto(`${DEMO_URL}/${name}.html`);
    expect(response?.status()).toBe(200);
    csp = response?.headers()['content-security-policy'] ?? '';
    await elementsRendered(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('works under a strict CSP: no violation, no console error', async () => {
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).toMatch(/style-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
    expect(await cspViolations(page)).toEqual([]);
    expect(trouble.errors).toEqual([]);
  });

  it('passes axe', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is screenshot at 1280 px and 375 px', async () => {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SCREENSHOTS}${name}-${width}.png`, fullPage: true });
    }
    // Nothing wider than a phone at 375 px: a horizontal scrollbar is a broken layout.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
