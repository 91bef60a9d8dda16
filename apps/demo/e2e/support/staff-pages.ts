import type { Browser, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { DEMO_URL, type PageTrouble, watchTrouble } from './browser.js';
import { focused, tabTo } from './keyboard.js';
import { staffApi } from './staff-api.js';
import { openTrackerWithCode } from './tracker-page.js';

/** A one-page PDF: the feasibility dossier the AAP attaches (checked on its bytes by the server). */
const FEASIBILITY_PDF = Buffer.from(`%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj
trailer<</Root 1 0 R>>
%%EOF
`);

/** A demo professional account, as `vae serve` printed it at its first start. */
export interface DemoAccount {
  name: string;
  role: string;
  apiKey: string;
}

/**
 * The demo accounts from the server's first-start banner (the only place their keys are shown):
 * `  <name>  <role>  <key>` lines, see apps/server/src/demo-access.ts.
 */
export function demoAccounts(banner = inject('serverBanner')): DemoAccount[] {
  const line = /^ {2}(\S.*?) {2,}(aap|aap-antenna|certificateur|admin) +(\S+)\s*$/gm;
  return [...banner.matchAll(line)].map(([, name = '', role = '', apiKey = '']) => ({
    name,
    role,
    apiKey,
  }));
}

function demoAccount(role: string, name?: string): DemoAccount {
  const account = demoAccounts().find((one) => one.role === role && (!name || one.name === name));
  if (!account) throw new Error(`No demo ${role} account${name ? ` « ${name} »` : ''} printed`);
  return account;
}

/** Who the candidacy is, as the staff see it; `id` tells apart namesakes in a list. */
export interface StaffTarget {
  candidacyId: string;
  givenName: string;
  familyName: string;
  /** What the AAP types in the inbox's search (name or email). */
  search: string;
}

/** The candidacy (row button) the focus is on, through shadow roots: its id, or ''. */
function focusedCandidacy(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const button = active as HTMLElement | null;
    return button?.dataset['id'] ?? button?.closest<HTMLElement>('tr')?.dataset['candidacy'] ?? '';
  });
}

/** Presses Tab until the row button of that candidacy has the focus. */
async function tabToCandidacy(page: Page, candidacyId: string, maxPresses = 80): Promise<void> {
  for (let presses = 0; presses <= maxPresses; presses++) {
    if ((await focusedCandidacy(page)) === candidacyId) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the candidacy; focus is on « ${await focused(page)} »`);
}

/** What went wrong on each staff page opened here (console errors, CSP refusals, exceptions). */
const troubles = new WeakMap<Page, PageTrouble>();

/** Throws if the page logged an error since it was opened: a refused frame, a failed call… */
export function expectNoTrouble(page: Page): void {
  const errors = troubles.get(page)?.errors ?? [];
  if (errors.length) throw new Error(`${page.url()} went wrong:\n${errors.join('\n')}`);
}

/**
 * Opens a staff page of the demo (espace-aap.html, espace-certificateur.html) and signs in the way
 * the page asks: the account's API key typed in its form, then Enter.
 */
async function openStaffPage(page: Page, path: string, apiKey: string, inbox: Locator) {
  troubles.set(page, watchTrouble(page));
  await page.goto(`${DEMO_URL}/${path}`);
  await tabTo(page, /^input\[password\] Clé d'API/);
  await page.keyboard.type(apiKey);
  await page.keyboard.press('Enter');
  await inbox.locator('table').first().waitFor();
}

/** Presses an action button of the open dossier, then the dialog's « Confirmer ». */
async function actAndConfirm(page: Page, action: RegExp, fill?: () => Promise<void>) {
  await tabTo(page, action, 80);
  await page.keyboard.press('Enter');
  await fill?.();
  await tabTo(page, /^button\[submit\] Confirmer/);
  await page.keyboard.press('Enter');
}

// ——— the AAP: espace-aap.html with <vae-aap-inbox> ———

/** The AAP staff page, signed in as the demo organism account (all its antennas' candidacies). */
export async function openAapPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  // Playwright intercepts file choosers once a listener exists, and turning that on is itself
  // asynchronous: on from the start, a chooser the keyboard opens later is never missed.
  page.on('filechooser', () => {});
  const inbox = page.locator('vae-aap-inbox');
  await openStaffPage(page, 'espace-aap.html', demoAccount('aap').apiKey, inbox);
  return page;
}

/** Searches the candidacy in the AAP inbox and opens its dossier (the panel's heading focused). */
async function openInAapInbox(page: Page, target: StaffTarget): Promise<void> {
  const inbox = page.locator('vae-aap-inbox');
  await tabTo(page, /^input\[search\] Rechercher/, 80);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(target.search);
  await page.keyboard.press('Enter');
  // The table shows the answer to this search: every row matches, ours among them.
  await inbox.locator(`button[data-id="${target.candidacyId}"]`).waitFor();
  await page.waitForFunction(
    ({ search }) => {
      const root = document.querySelector('vae-aap-inbox')?.shadowRoot;
      const rows = [...(root?.querySelectorAll('tbody tr') ?? [])];
      const words = search.toLowerCase().split(/\s+/);
      return rows.every((row) =>
        words.every((word) => row.textContent?.toLowerCase().includes(word)),
      );
    },
    { search: `${target.givenName} ${target.familyName}` },
  );
  await tabToCandidacy(page, target.candidacyId);
  await page.keyboard.press('Enter');
  await inbox.locator('#panel-title').waitFor();
}

/** The status the AAP's dossier panel shows once the server answered the action. */
async function aapPanelStatus(page: Page, status: string): Promise<void> {
  await page
    .locator('vae-aap-inbox .panel dd strong')
    .filter({ hasText: new RegExp(`^${status}$`) })
    .waitFor();
}

/** In the AAP inbox: takes the candidacy over, then sends the candidate the parcours. */
export async function takeOverAndSendParcours(page: Page, target: StaffTarget): Promise<void> {
  await openInAapInbox(page, target);
  await actAndConfirm(page, /^button\[button\] Prendre en charge$/);
  await aapPanelStatus(page, 'Candidature prise en charge');
  await actAndConfirm(page, /^button\[button\] Envoyer le parcours$/);
  await aapPanelStatus(page, 'Parcours reçu');
}

/**
 * In the AAP inbox where takeOverAndSendParcours left the dossier open, once the candidate
 * confirmed the parcours: opens the dossier again (the panel shows the server's state when it
 * was read), attaches the feasibility PDF through the
 * file chooser the keyboard opens, chooses the certificateur, and sends.
 */
export async function sendFeasibilityDossier(
  page: Page,
  target: StaffTarget,
  certificateurName: string,
): Promise<void> {
  const inbox = page.locator('vae-aap-inbox');
  // The open dossier shows the parcours still unconfirmed: closing it gives the focus back to
  // its row, where Enter opens it again, read anew.
  await tabTo(page, /^button\[button\] Fermer le dossier$/, 80);
  await page.keyboard.press('Enter');
  await inbox.locator('.panel').waitFor({ state: 'detached' });
  await expect.poll(() => focusedCandidacy(page)).toBe(target.candidacyId);
  await page.keyboard.press('Enter');
  await inbox.locator('#panel-title').waitFor();
  await aapPanelStatus(page, 'Parcours validé');
  await actAndConfirm(page, /^button\[button\] Envoyer le dossier de faisabilité$/, async () => {
    await tabTo(page, /^input\[file\] Dossier \(PDF/);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.keyboard.press('Space'),
    ]);
    await chooser.setFiles({
      name: 'faisabilite.pdf',
      mimeType: 'application/pdf',
      buffer: FEASIBILITY_PDF,
    });
    await inbox.locator('dialog select[name="certificateurId"]').waitFor();
    await tabTo(page, /^select\[select-one\] Certificateur/);
    await chooseOption(page, certificateurName);
  });
  await aapPanelStatus(page, 'Dossier de faisabilité envoyé au certificateur');
}

/** With a closed <select> focused: arrows move the selection, as on Windows and Linux. */
async function chooseOption(page: Page, label: string): Promise<void> {
  const selected = () =>
    page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      const select = active as HTMLSelectElement;
      return select.selectedOptions?.[0]?.textContent?.trim() ?? '';
    });
  for (let presses = 0; presses < 10; presses++) {
    if ((await selected()) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`The select never offered « ${label} »; it shows « ${await selected()} »`);
}

// ——— the certificateur: espace-certificateur.html with <vae-certificateur-inbox> ———

/** The certificateur staff page, signed in as the named demo certificateur account. */
export async function openCertificateurPage(browser: Browser, name: string): Promise<Page> {
  const page = await browser.newPage();
  const inbox = page.locator('vae-certificateur-inbox');
  await openStaffPage(
    page,
    'espace-certificateur.html',
    demoAccount('certificateur', name).apiKey,
    inbox,
  );
  return page;
}

/**
 * In the certificateur inbox (pending feasibility dossiers, newest first): opens the dossier and
 * declares it admissible with a comment. Resolves once the dossier shows « Recevable ».
 */
export async function declareFeasibilityAdmissible(page: Page, target: StaffTarget) {
  const inbox = page.locator('vae-certificateur-inbox');
  await inbox.locator(`tr[data-candidacy="${target.candidacyId}"]`).waitFor();
  await tabToCandidacy(page, target.candidacyId);
  await page.keyboard.press('Enter');
  await inbox.locator('#dossier-title').waitFor();
  // The dossier the AAP sent shows inline (a blob: frame the page's policy must allow).
  await inbox.locator('iframe[part="viewer"]').waitFor();
  await actAndConfirm(page, /^button\[button\] Déclarer recevable$/, async () => {
    await tabTo(page, /^textarea\[textarea\] Commentaire/);
    await page.keyboard.type('Expérience en lien direct avec la certification.');
  });
  await inbox
    .locator('.dossier .facts dd')
    .filter({ hasText: /^Recevable$/ })
    .waitFor();
}

// ——— the whole middle of the journey ———

export interface StaffJourney {
  trackingCode: string;
  givenName: string;
  familyName: string;
  /** What the AAP types in the inbox's search: « givenName familyName » unless said (an email works too). */
  search?: string;
}

/**
 * The candidate confirms the parcours on the tracker page (suivi.html) with the keyboard only:
 * types the tracking code in `<vae-dossier-status>`, tabs to « Confirmer mon parcours », presses
 * Enter, and waits for the tracker to show « Parcours validé ».
 */
export async function confirmParcoursOnTracker(
  browser: Browser,
  trackingCode: string,
): Promise<void> {
  const page = await browser.newPage();
  troubles.set(page, watchTrouble(page));
  try {
    const tracker = await openTrackerWithCode(page, trackingCode);
    await tracker.getByRole('button', { name: 'Confirmer mon parcours' }).waitFor();
    await tabTo(page, /^button\[button\] Confirmer mon parcours$/);
    await page.keyboard.press('Enter');
    await tracker
      .locator('[part~="status"]')
      .filter({ hasText: /^Parcours validé$/ })
      .waitFor();
    expectNoTrouble(page);
  } finally {
    await page.close();
  }
}

/** The certificateur the AAP sends the feasibility dossier to, and whose page decides. */
export const DEMO_CERTIFICATEUR = 'Certificateur national (démo)';

/**
 * From a sent candidacy to an admissible feasibility, through the staff pages with the keyboard
 * only: the AAP page takes it over and sends the parcours; the candidate confirms it on the
 * tracker page (suivi.html) with the tracking code; the AAP page sends the feasibility dossier;
 * the certificateur page declares it admissible.
 */
export async function staffDeclareAdmissible(browser: Browser, journey: StaffJourney) {
  const api = staffApi();
  const target: StaffTarget = {
    candidacyId: await api.candidacyIdOf(journey.trackingCode),
    givenName: journey.givenName,
    familyName: journey.familyName,
    search: journey.search ?? `${journey.givenName} ${journey.familyName}`,
  };
  const aap = await openAapPage(browser);
  await takeOverAndSendParcours(aap, target);
  await confirmParcoursOnTracker(browser, journey.trackingCode);
  // Back to the AAP's tab, in front as a person would have it: a tab behind others may not get
  // the user activation that opening a file chooser needs.
  await aap.bringToFront();
  await sendFeasibilityDossier(aap, target, DEMO_CERTIFICATEUR);
  expectNoTrouble(aap);
  await aap.close();

  const certificateur = await openCertificateurPage(browser, DEMO_CERTIFICATEUR);
  await declareFeasibilityAdmissible(certificateur, target);
  expectNoTrouble(certificateur);
  await certificateur.close();
  return target;
}
