import type { Locator, Page } from 'playwright-core';

/** The focused element, through shadow roots: tag, type and accessible-ish label. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    const input = active as HTMLInputElement;
    const label = (input.labels?.[0]?.textContent ?? active.textContent ?? '').trim();
    return `${active.localName}[${input.type ?? ''}] ${label.replace(/\s+/g, ' ')}`;
  });
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(page: Page, wanted: RegExp, maxPresses = 40): Promise<void> {
  for (let presses = 0; presses <= maxPresses; presses++) {
    if (wanted.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${wanted}; focus is on « ${await focused(page)} »`);
}

/** Types a loose query in the diploma search (already focused) and picks the first option. */
export async function searchAndSelect(page: Page, host: Locator, query: string): Promise<void> {
  await page.keyboard.type(query);
  await host.locator('[role="option"]').first().waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/**
 * Answers the eligibility questions with the keyboard: the n-th radio of each question (arrows
 * move and select within a radio group), Enter to go on; the department; then the result.
 */
export async function answerEligibility(page: Page, questionnaire: Locator): Promise<void> {
  // Salarié du privé; experience: oui; plus de 3 ans; première demande; no file this year; none.
  for (const choice of [0, 0, 2, 0, 1, 0]) {
    await questionnaire.locator('input[type="radio"]').first().waitFor();
    await tabTo(page, /^input\[radio\]/);
    if (choice === 0) await page.keyboard.press('Space');
    for (let i = 0; i < choice; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
  }
  await tabTo(page, /^input\[text\] .*département/i);
  await page.keyboard.type('75');
  await page.keyboard.press('Enter');
  await questionnaire.getByText('Vérifiez vos réponses').waitFor();
  await tabTo(page, /^button\[submit\] Voir le résultat|^button\[button\] Voir le résultat/);
  await page.keyboard.press('Enter');
  await questionnaire.getByText('Vous pouvez faire une VAE pour cette certification').waitFor();
}

/** Near a postal code, picks the first (nearest) organism of the AAP picker. */
export async function pickNearestAap(page: Page, picker: Locator, postalCode: string) {
  await picker.locator('input[type="radio"]').first().waitFor();
  await tabTo(page, /^input\[text\] Votre code postal/);
  await page.keyboard.type(postalCode);
  // Sorted by distance once the postal code is known (until then the order is random).
  await picker.locator('[part~="status"]').filter({ hasText: 'Du plus proche' }).waitFor();
  await tabTo(page, /^input\[radio\] /, 60);
  // The focused radio may be « Sur place »: go to the organisms' group.
  while (/Sur place|À distance/.test(await focused(page))) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  return focused(page);
}
