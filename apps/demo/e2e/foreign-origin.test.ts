import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_URL, launchBrowser } from './support/browser.js';

/** A site that is not on the demo partner's allow-list (localhost:8787 and 127.0.0.1:8787). */
const FOREIGN_ORIGIN = 'http://partenaire-inconnu.test';

/** A partner-style page on the foreign origin: the public script tag and the demo key. */
function foreignPage(key: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site non autorisé</title>
<script type="module" src="${DEMO_URL}/widgets/vae-diploma-search.js"></script></head>
<body><main><vae-diploma-search partner="${key}" label="Diplôme visé"></vae-diploma-search></main></body></html>`;
}

async function searchFrom(page: Page, key: string, query: string): Promise<string> {
  await page.route(`${FOREIGN_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: foreignPage(key) }),
  );
  await page.goto(`${FOREIGN_ORIGIN}/`);
  const input = page.locator('vae-diploma-search input').first();
  await input.focus();
  await page.keyboard.type(query);
  const error = page.locator('vae-diploma-search [part~="message"][part~="error"]').first();
  await error.waitFor();
  return ((await error.textContent()) ?? '').replace(/\s+/g, ' ');
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a page on an origin outside the partner allow-list', () => {
  it('shows a clear refusal, not « le service ne répond pas »', async () => {
    const page = await browser.newPage();
    const message = await searchFrom(page, 'pk_live_demo-localhost-8787-not-a-secret', 'boulanger');
    expect(message).toContain('Ce site n’est pas autorisé à utiliser ce service');
    expect(message).not.toContain('ne répond pas');
    // Nothing to retry: the site's owner must fix the allow-list.
    expect(await page.locator('vae-diploma-search [part~="retry"]').count()).toBe(0);
    expect(await page.locator('vae-diploma-search [role="option"]').count()).toBe(0);
    await page.close();
  });

  it('says the key is wrong when the key is unknown', async () => {
    const page = await browser.newPage();
    const message = await searchFrom(page, 'pk_live_0000000000000000000000000000000A', 'boulanger');
    expect(message).toContain('clé partenaire absente, inconnue ou révoquée');
    await page.close();
  });
});
