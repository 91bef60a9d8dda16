import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, DEMO_URL, launchBrowser } from './support/browser.js';

/** A site that is not on the demo partner's allow-list (localhost:8787 and 127.0.0.1:8787). */
const FOREIGN_ORIGIN = 'http://partenaire-inconnu.test';

/** A partner-style page on the foreign origin: the public script tag and the demo key. */
function foreignPage(key: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site non autorisé</title>
<script type="module" src="${DEMO_URL}/widgets/vae-diploma-search.js"></script></head>
<body><main><h1>Site non autorisé</h1><vae-diploma-search partner="${key}" label="Diplôme visé"></vae-diploma-search></main></body></html>`;
}

const DEMO_KEY = 'pk_live_demo-localhost-8787-not-a-secret';
const SCREENSHOTS = new URL('../.test-results/screenshots/', import.meta.url).pathname;

/** The public elements that call the API as soon as they show, on the foreign origin. */
function foreignElementsPage(): string {
  const script = (tag: string) =>
    `<script type="module" src="${DEMO_URL}/widgets/${tag}.js"></script>`;
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site non autorisé</title>
${script('vae-eligibility-questionnaire')}${script('vae-aap-picker')}${script('vae-journey')}</head>
<body><main><h1>Un site qui n’est pas sur la liste du partenaire</h1>
<section id="questionnaire"><vae-eligibility-questionnaire partner="${DEMO_KEY}" certification="RNCP35830"></vae-eligibility-questionnaire></section>
<section id="picker"><vae-aap-picker partner="${DEMO_KEY}" certification="RNCP12296"></vae-aap-picker></section>
<section id="journey"><vae-journey partner="${DEMO_KEY}" certification="RNCP35830"></vae-journey></section>
</main></body></html>`;
}

/** The tracker on the foreign origin, given a tracking code by the page (as after a submission). */
function foreignTrackerPage(): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Site non autorisé</title>
<script type="module" src="${DEMO_URL}/widgets/vae-dossier-status.js"></script></head>
<body><main><h1>Suivi sur un site non autorisé</h1><vae-dossier-status partner="${DEMO_KEY}" refresh-interval="0"></vae-dossier-status></main></body></html>`;
}

/** A real candidacy of the demo partner, created as its server would (no Origin). */
async function aTrackingCode(): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${inject('serverPort')}/api/v1/candidacies`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Vae-Partner': DEMO_KEY },
    body: JSON.stringify({
      certificationCode: 'RNCP35830',
      eligibility: {
        typology: 'SALARIE_PRIVE',
        experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
        recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
        dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
        department: '75',
      },
      candidate: { givenName: 'Inès', familyName: 'Suivi', email: 'ines.suivi@example.org' },
      accompanimentType: 'AUTONOME',
    }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { trackingCode: string }).trackingCode;
}

async function searchFrom(page: Page, key: string, query: string): Promise<string> {
  await page.route(`${FOREIGN_ORIGIN}/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: foreignPage(key) }),
  );
  await page.goto(`${FOREIGN_ORIGIN}/`);
  const input = page.locator('vae-diploma-search input').first();
  await input.focus();
  await page.keyboard.type(query);
  const notice = page.locator('vae-diploma-search [part="refusal"]').first();
  await notice.waitFor();
  return ((await notice.textContent()) ?? '').replace(/\s+/g, ' ');
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
    expect(message).toContain('Ce service n’est pas disponible sur ce site.');
    expect(message).toContain('ORIGIN_NOT_ALLOWED');
    expect(message).not.toContain('ne répond pas');
    // Nothing to retry: the site's owner must fix the allow-list.
    expect(await page.locator('vae-diploma-search [part~="retry"]').count()).toBe(0);
    expect(await page.locator('vae-diploma-search [role="option"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .locator('vae-diploma-search')
      .screenshot({ path: `${SCREENSHOTS}foreign-origin-diploma-search.png` });
    await page.close();
  });

  it('gives the code of an unknown key to the site owner, in the same notice', async () => {
    const page = await browser.newPage();
    const message = await searchFrom(page, 'pk_live_0000000000000000000000000000000A', 'boulanger');
    expect(message).toContain('Ce service n’est pas disponible sur ce site.');
    expect(message).toContain('PARTNER_KEY_INVALID');
    await page.close();
  });

  it('shows the clear refusal in the questionnaire, the AAP picker and the journey', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.route(`${FOREIGN_ORIGIN}/**`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: foreignElementsPage() }),
    );
    await page.goto(`${FOREIGN_ORIGIN}/`);
    const hosts = {
      questionnaire: 'main > #questionnaire > vae-eligibility-questionnaire',
      picker: 'main > #picker > vae-aap-picker',
      journey: 'main > #journey vae-journey vae-eligibility-questionnaire',
    };
    for (const [name, host] of Object.entries(hosts)) {
      const notice = page.locator(`${host} [part="refusal"]`);
      await notice.waitFor();
      const text = ((await notice.textContent()) ?? '').replace(/\s+/g, ' ');
      expect(text, name).toContain('Ce service n’est pas disponible sur ce site.');
      expect(text, name).toContain('ORIGIN_NOT_ALLOWED');
      expect(text, name).not.toContain('ne répond pas');
      // Not a broken widget: no field nor button that could only fail again, no loading line.
      expect(await page.locator(`${host} input, ${host} button`).count(), name).toBe(0);
      expect(await page.locator(host).textContent(), name).not.toContain('Chargement');
    }
    // The partner's developer finds the code and the fix in the console, once per code.
    const explained = warnings.filter((line) => line.includes('ORIGIN_NOT_ALLOWED'));
    expect(explained).toHaveLength(1);
    expect(explained[0]).toContain(FOREIGN_ORIGIN);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: `${SCREENSHOTS}foreign-origin-refusals-1280.png`,
      fullPage: true,
    });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.screenshot({
      path: `${SCREENSHOTS}foreign-origin-refusals-375.png`,
      fullPage: true,
    });
    await page.close();
  });
  it('shows the clear refusal in the tracker given a tracking code, not a failure to retry', async () => {
    const trackingCode = await aTrackingCode();
    const page = await browser.newPage();
    await page.route(`${FOREIGN_ORIGIN}/**`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: foreignTrackerPage() }),
    );
    await page.goto(`${FOREIGN_ORIGIN}/`);
    await page.locator('vae-dossier-status [data-state]').first().waitFor();
    await page.evaluate((code) => {
      const tracker = document.querySelector('vae-dossier-status') as HTMLElement & {
        trackingCode?: string;
      };
      tracker.trackingCode = code;
    }, trackingCode);
    const notice = page.locator('vae-dossier-status [part="refusal"]');
    await notice.waitFor();
    const text = ((await notice.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Ce service n’est pas disponible sur ce site.');
    expect(text).toContain('ORIGIN_NOT_ALLOWED');
    const shown = (await page.locator('vae-dossier-status').textContent()) ?? '';
    expect(shown).not.toContain('n’a pas pu être chargé');
    // Neither the dossier, nor a retry, nor the code form: the site's owner must act.
    expect(await page.locator('vae-dossier-status button, vae-dossier-status input').count()).toBe(
      0,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page
      .locator('vae-dossier-status')
      .screenshot({ path: `${SCREENSHOTS}foreign-origin-dossier-status.png` });
    await page.close();
  });
});
