import {
  type Lang,
  lazyEnglish,
  type Message,
  type TextParams,
  translate,
} from '../shared/lang.js';

// French punctuation keeps to its word with no-break spaces (« », :, ;).
/** The strings of `<vae-diploma-search>`, kept next to the element (its bundle carries only them). */
const fr = {
  label: 'Diplôme ou certification',
  placeholder: 'Ex. : aide-soignant, BTS MCO',
  hint: 'Saisissez un métier, un titre de diplôme ou un code RNCP, puis choisissez dans la liste.',
  suggestions: 'Certifications suggérées',
  level: 'Niveau {level}',
  searching: 'Recherche en cours…',
  results: {
    one: '1 certification trouvée. Flèches haut et bas pour la choisir.',
    other: '{count} certifications trouvées. Flèches haut et bas pour parcourir.',
  },
  resultsFirst: '{count} premières certifications sur {total}. Flèches haut et bas pour parcourir.',
  noResult: 'Aucune certification ne correspond à « {query} ».',
  tryTitle: 'Essayez :',
  tryWord: 'un seul mot du titre, par exemple « soignant » ;',
  tryType: 'le sigle ou le type du diplôme : « CAP », « BTS », « titre pro » ;',
  tryCode: 'le code RNCP de la fiche : « RNCP35830 » ou « 35830 » ;',
  tryBrowse: 'ou parcourez la liste complète.',
  error: 'La recherche n’a pas abouti.',
  errorNetwork: 'Le service ne répond pas. Vérifiez votre connexion, puis réessayez.',
  errorGeneric: 'Une erreur est survenue. Réessayez dans quelques instants.',
  retry: 'Réessayer',
  selected: 'Certification choisie : {label} ({code}).',
  clear: 'Effacer',
  browseOpen: 'Voir toutes les certifications',
  browseClose: 'Masquer la liste des certifications',
} satisfies Record<string, Message>;

type Key = keyof typeof fr;

export type DiplomaSearchCatalogue = { readonly [K in Key]: Message };

const english = lazyEnglish<DiplomaSearchCatalogue>(() => import('./messages-en.js'), fr);
export const loadEnglish = english.load;
export const isEnglishSettled = english.settled;

/** A string of the element in `lang`, `{name}` placeholders replaced (numbers localised). */
export function text(lang: Lang, key: Key, params: TextParams = {}): string {
  return translate({ fr, en: english.in('en') }, lang, key, params);
}
