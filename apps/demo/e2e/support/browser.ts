import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { inject } from 'vitest';

/** The address the pages and the demo partner expect; the proxy maps it to the test server. */
export const DEMO_URL = 'http://localhost:8787';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export function launchBrowser(): Promise<Browser> {
  const port = inject('serverPort');
  return chromium.launch({
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      `--proxy-server=127.0.0.1:${port}`,
      // Send loopback hosts through the proxy too (Chromium bypasses them by default).
      '--proxy-bypass-list=<-loopback>',
    ],
  });
}

/** What went wrong on a page: console errors, uncaught exceptions, CSP violations. */
export interface PageTrouble {
  errors: string[];
}

export function watchTrouble(page: Page): PageTrouble {
  const trouble: PageTrouble = { errors: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => trouble.errors.push(`pageerror: ${error.message}`));
  return trouble;
}

/** Records `securitypolicyviolation` events from the first script on (read with cspViolations). */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/** axe-core on the whole page (shadow roots included), as `rule: targets` lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern: an injected
  // <script> would be (rightly) refused by the strict policy under test.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document)) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes }));
  });
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
}
