// Screenshots of every step of <vae-journey> at 1280 px and 375 px, against a real BFF (the
// one the browser tests use) and the built CDN bundles in a partner-like page: `npm run
// build:cdn`, then `node tools/journey-screenshots.mjs`. The PNGs go to .test-results/journey/.
// Optional and manual: the journey's browser test saves its own screenshots of each step to
// .test-results/screenshots/ (tools/wtr-screenshot-plugin.mjs); this script adds the built
// bundles, the contact errors and the print rendering, and `npm test` does not run it.
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bffPlugin } from './wtr-bff-plugin.mjs';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(packageRoot, '.test-results/journey');
const { chromium } = createRequire(import.meta.url)('playwright-core');

const page = (bffUrl, partnerKey) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Parcours</title>
<script type="module" src="/widgets/vae-journey.js"></script>
<style>body{margin:0;padding:16px;font-family:system-ui}main{max-width:60rem;margin:auto}</style></head>
<body><main><h1>Faire une demande de VAE</h1><vae-journey api-base="${bffUrl}" partner="${partnerKey}"
privacy-url="https://partenaire.example.fr/confidentialite"></vae-journey></main></body></html>`;

const pages = createServer();
await new Promise((resolve) => pages.listen(0, '127.0.0.1', resolve));
const port = pages.address().port;
const bff = bffPlugin();
await bff.serverStart({ config: { hostname: '127.0.0.1', port } });
const bffModule = bff.serve({ path: '/__bff.js' }).body;
const bffUrl = /bffUrl = "([^"]+)"/.exec(bffModule)[1];
const partnerKey = /partnerKey = "([^"]+)"/.exec(bffModule)[1];
pages.on('request', (request, response) => {
  if (request.url.startsWith('/widgets/')) {
    const file = join(packageRoot, 'dist/cdn', request.url.slice('/widgets/'.length));
    response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(file));
    return;
  }
  response.writeHead(200, { 'Content-Type': 'text/html' }).end(page(bffUrl, partnerKey));
});

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
tab.on('pageerror', (error) => console.log('pageerror:', error.message));
await tab.goto(`http://127.0.0.1:${port}/`);

let shot = 0;
async function snap(name) {
  shot += 1;
  for (const width of [1280, 375]) {
    await tab.setViewportSize({ width, height: 900 });
    await tab.waitForTimeout(150);
    await tab.screenshot({ path: join(outDir, `${shot}-${name}-${width}.png`), fullPage: true });
  }
  await tab.setViewportSize({ width: 1280, height: 900 });
}
const journey = tab.locator('vae-journey');
const next = () => journey.locator('.nav button.primary').click();
const answer = async (label) => {
  await tab.locator('vae-eligibility-questionnaire').getByLabel(label, { exact: true }).check();
  await tab
    .locator('vae-eligibility-questionnaire')
    .getByRole('button', { name: 'Continuer' })
    .click();
};

await tab.locator('vae-diploma-search input').first().fill('aide-soignant');
await tab.locator('vae-diploma-search [role="option"]').first().click();
await snap('diplome');
await next();
await tab.locator('vae-eligibility-questionnaire .target').waitFor();
await snap('eligibilite-question');
for (const label of [
  'Salarié du privé',
  'Oui',
  'Plus de 3 ans',
  'Première demande de recevabilité',
  'Non',
  'Aucune',
]) {
  await answer(label);
}
await tab.locator('vae-eligibility-questionnaire input[type="text"]').fill('75');
await tab
  .locator('vae-eligibility-questionnaire')
  .getByRole('button', { name: 'Continuer' })
  .click();
await tab
  .locator('vae-eligibility-questionnaire')
  .getByRole('button', { name: /Voir le résultat/ })
  .click();
await tab.locator('vae-eligibility-questionnaire [part~="outcome"]').waitFor();
await snap('eligibilite-resultat');
await next();
await journey.getByLabel('Avec un organisme d’accompagnement').check();
await tab.locator('vae-aap-picker input[name="organism"]').first().check();
await snap('accompagnement');
await next();
await snap('coordonnees-vides');
await journey.locator('.nav button.primary').click();
await snap('coordonnees-erreurs');
for (const [id, value] of [
  ['givenName', 'Camille'],
  ['familyName', 'Martin'],
  ['email', 'camille.martin@example.org'],
  ['phone', '06 12 34 56 78'],
]) {
  await journey.locator(`#contact-${id}`).fill(value);
}
await journey.locator('#contact-consent').check();
await journey.locator('.nav button.primary').click();
await tab.locator('vae-dossier-status [part~="timeline"]').waitFor();
await snap('confirmation');
await tab.emulateMedia({ media: 'print' });
await tab.screenshot({ path: join(outDir, `${shot + 1}-impression-1280.png`), fullPage: true });

await browser.close();
await bff.serverStop();
pages.close();
console.log(`screenshots in ${outDir}`);
