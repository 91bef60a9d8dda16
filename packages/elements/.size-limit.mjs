// Size budgets of the CDN bundles, Lit included, gzip: what a partner's visitor downloads for
// one `<script type="module" src=".../widgets/<tag>.js">`. Each entry is measured with the
// chunks it imports (dist/cdn-entries.json, written by the CDN build).
import { readFileSync } from 'node:fs';

/** Budgets set by the issues; any other element gets the default. */
const BUDGETS = {
  'vae-widgets.js': '80 kB',
  'vae-eligibility-questionnaire.js': '20 kB',
  'vae-aap-picker.js': '18 kB',
  'vae-dossier-status.js': '18 kB',
  'vae-journey.js': '25 kB',
  'vae-certificateur-inbox.js': '30 kB',
  'vae-aap-inbox.js': '30 kB',
};
const DEFAULT_BUDGET = '15 kB';

const entries = JSON.parse(
  readFileSync(new URL('./dist/cdn-entries.json', import.meta.url), 'utf8'),
);

export default Object.entries(entries)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([entry, files]) => ({
    name: entry,
    path: files.map((file) => `dist/cdn/${file}`),
    limit: BUDGETS[entry] ?? DEFAULT_BUDGET,
    gzip: true,
  }));
