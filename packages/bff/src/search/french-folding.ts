/**
 * Feminine endings and the masculine they fold to, longest first. Titles name trades in the
 * masculine (« Conseiller de vente ») while people type their own form (« conseillère »).
 */
const FEMININE_ENDINGS: readonly (readonly [string, string])[] = [
  ['trice', 'teur'], // animatrice → animateur, opératrice → opérateur
  ['euse', 'eur'], // vendeuse → vendeur
  ['ienne', 'ien'], // technicienne → technicien
  ['enne', 'en'],
  ['onne', 'on'],
  ['elle', 'el'], // professionnelle → professionnel
  ['ette', 'et'],
  ['ere', 'er'], // conseillère → conseiller, boulangère → boulanger
  ['ive', 'if'], // éducative → éducatif
];

/**
 * A light French stemmer for normalised words: folds plural and feminine forms onto one key,
 * so « conseillères », « conseillère » and « conseiller » meet, and so do « employée » and
 * « employé », « commerciaux » and « commerciale ». Both the index and the query go through it,
 * so a key only has to be the same for the forms of one word, not to be a real word.
 */
export function foldFrench(term: string): string {
  if (term.length <= 3 || /\d/.test(term)) return term;
  let word = term;
  if (word.endsWith('aux')) word = `${word.slice(0, -3)}al`;
  else if (word.endsWith('s') || word.endsWith('x')) word = word.slice(0, -1);
  for (const [feminine, masculine] of FEMININE_ENDINGS) {
    if (word.endsWith(feminine) && word.length > feminine.length + 1) {
      return word.slice(0, -feminine.length) + masculine;
    }
  }
  // Silent final e's: employée/employé, commerciale/commercial, petite/petit.
  while (word.length > 3 && word.endsWith('e')) word = word.slice(0, -1);
  return word;
}
