import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { bffPlugin } from './tools/wtr-bff-plugin.mjs';
import { countsReporter } from './tools/wtr-counts-reporter.mjs';
import { screenshotPlugin } from './tools/wtr-screenshot-plugin.mjs';

/**
 * The elements' tests, in real headless Chromium (Debian's /usr/bin/chromium, or CHROME_PATH;
 * nothing downloads a browser), against a real BFF started for the run.
 */
export default {
  rootDir: fileURLToPath(new URL('../..', import.meta.url)),
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@vae/source', 'browser', 'development'] },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022' }),
    bffPlugin(),
    // Screenshots the tests save to be looked at (the journey's steps at 1280 and 375 px).
    screenshotPlugin({
      outDir: fileURLToPath(new URL('.test-results/screenshots', import.meta.url)),
    }),
  ],
  reporters: [
    defaultReporter(),
    countsReporter({
      outputFile: fileURLToPath(new URL('.test-results/wtr.json', import.meta.url)),
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // Lit announces its development build once per page: not news.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
