/** People copy identifiers from paper, where they are grouped by spaces (`2 95 10 99 …`). */
export function removeSpaces(input: string): string {
  return input.replace(/\s+/gu, '');
}
