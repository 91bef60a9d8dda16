/**
 * Ligatures are letters of their own for Unicode: decomposition leaves them whole, yet people
 * type « oeuvre » for « œuvre » and « strasse » for « straße ».
 */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** ʼ (U+02BC) counts as a letter for Unicode, so it is named here with the other apostrophes. */
const APOSTROPHES = /['’‘ʼ]/gu;

/**
 * The form in which two texts are compared for search and display matching: lowercase,
 * without accents or ligatures, words separated by single spaces (apostrophes, hyphens and
 * any other punctuation separate words). « Diplôme d'État » → « diplome d etat ».
 */
export function normalizeText(input: string): string {
  return (
    // NFKD rather than NFD: it also unfolds what people paste from documents (ﬁ, full-width
    // letters, non-breaking spaces) into plain letters and spaces.
    input
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[œæß]/gu, (ligature) => LIGATURES[ligature] ?? ligature)
      .replace(/\p{M}+/gu, '')
      .replace(APOSTROPHES, ' ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  );
}

/** The words of a text, in normalised form. */
export function tokenize(input: string): string[] {
  const text = normalizeText(input);
  return text === '' ? [] : text.split(' ');
}
