import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The command a test sends: `executeServerCommand('save-screenshot', { name })`. */
export const SAVE_SCREENSHOT_COMMAND = 'save-screenshot';

const SAFE_NAME = /^[\w-]{1,80}$/;

/**
 * A web-test-runner plugin that saves a full-page PNG of the test's page as a test artefact
 * (`<outDir>/<name>.png`), to be looked at: @web/test-runner-commands has no such command. The
 * test sets the viewport first (`setViewport`). Names are plain words: a test cannot write
 * outside `outDir`.
 */
export function screenshotPlugin({ outDir }) {
  return {
    name: 'vae-save-screenshot',

    async executeCommand({ command, payload, session }) {
      if (command !== SAVE_SCREENSHOT_COMMAND) return undefined;
      const name = payload?.name;
      if (typeof name !== 'string' || !SAFE_NAME.test(name)) {
        throw new Error(`save-screenshot: a name of letters, digits, - and _ (got ${name})`);
      }
      if (session.browser.type !== 'puppeteer' && session.browser.type !== 'playwright') {
        throw new Error(`save-screenshot: not supported for ${session.browser.type}`);
      }
      await mkdir(outDir, { recursive: true });
      const page = session.browser.getPage(session.id);
      await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
      return true;
    },
  };
}
