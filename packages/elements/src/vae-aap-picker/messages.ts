import type { Lang } from '../shared/lang.js';

/** A message with a count: `zero` for 0 exactly, then the plural categories. */
interface Counted {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}

// Same locales as the shared catalogue (shared/i18n.ts), which this element does not import:
// the strings of every other element would weigh on this bundle.
const LOCALES: { readonly [L in Lang]: string } = { fr: 'fr-FR', en: 'en-GB' };

/** The strings of `<vae-aap-picker>`, kept next to the element (its bundle carries only them). */
const fr = {
  filters: 'Trouver un organisme d’accompagnement',
  search: 'Nom de l’organisme',
  searchHint: 'Facultatif : saisissez une partie de son nom.',
  modality: 'Modalité d’accompagnement',
  onSite: 'Sur place',
  remote: 'À distance',
  postalCode: 'Votre code postal',
  postalCodeHintOnSite: 'Les organismes sont alors classés du plus proche au plus éloigné.',
  postalCodeHintRemote:
    'Pour vous proposer les organismes de votre territoire (métropole ou outre-mer).',
  postalCodeInvalid: 'Le code postal compte 5 chiffres, par exemple 69003.',
  postalCodeUnknown: 'Aucune commune ne porte ce code postal.',
  level: 'Niveau de diplôme géré',
  allLevels: 'Tous les niveaux',
  levelN: 'Niveau {level}',
  results: 'Organismes d’accompagnement',
  loading: 'Recherche des organismes…',
  found: {
    zero: 'Aucun organisme trouvé.',
    one: '1 organisme trouvé.',
    other: '{count} organismes trouvés.',
  },
  orderRandom: 'Présentés dans un ordre aléatoire.',
  orderDistance: 'Du plus proche au plus éloigné.',
  shown: '{shown} affichés sur {total}.',
  more: 'Afficher 10 organismes de plus',
  emptyTitle: 'Aucun organisme ne correspond à votre recherche.',
  tryRemote: 'Voir les organismes à distance',
  tryOnSite: 'Voir les organismes sur place',
  tryAllLevels: 'Afficher tous les niveaux',
  tryWholeCountry: 'Chercher dans toute la France',
  tryClearSearch: 'Effacer le nom recherché',
  km: 'à {distance} km',
  levels: 'Niveaux {levels}',
  pmr: 'Accessible aux personnes à mobilité réduite',
  website: 'Site internet',
  newWindow: '(nouvelle fenêtre)',
  phone: 'Téléphone :',
  email: 'Courriel :',
  of: 'de {name}',
  selected: 'Organisme choisi : {name}.',
  noCertification:
    'Choisissez d’abord une certification : les organismes proposés dépendent d’elle.',
  certificationNotFound: 'La certification {code} est introuvable dans le catalogue.',
  error: 'Les organismes n’ont pas pu être chargés.',
  errorNetwork: 'Le service ne répond pas. Vérifiez votre connexion, puis réessayez.',
  retry: 'Réessayer',
  required: 'Choisissez un organisme d’accompagnement.',
} satisfies Record<string, string | Counted>;

type Key = keyof typeof fr;

const en: { readonly [K in Key]: string | Counted } = {
  filters: 'Find an accompanying organisation',
  search: 'Name of the organisation',
  searchHint: 'Optional: type part of its name.',
  modality: 'How you are accompanied',
  onSite: 'On site',
  remote: 'Remote',
  postalCode: 'Your postal code',
  postalCodeHintOnSite: 'Organisations are then listed from the nearest to the farthest.',
  postalCodeHintRemote: 'To offer you the organisations of your territory (mainland or overseas).',
  postalCodeInvalid: 'A postal code has 5 digits, for example 69003.',
  postalCodeUnknown: 'No commune has this postal code.',
  level: 'Diploma level handled',
  allLevels: 'All levels',
  levelN: 'Level {level}',
  results: 'Accompanying organisations',
  loading: 'Searching for organisations…',
  found: {
    zero: 'No organisation found.',
    one: '1 organisation found.',
    other: '{count} organisations found.',
  },
  orderRandom: 'Shown in random order.',
  orderDistance: 'From the nearest to the farthest.',
  shown: '{shown} shown out of {total}.',
  more: 'Show 10 more organisations',
  emptyTitle: 'No organisation matches your search.',
  tryRemote: 'See remote organisations',
  tryOnSite: 'See on-site organisations',
  tryAllLevels: 'Show all levels',
  tryWholeCountry: 'Search the whole of France',
  tryClearSearch: 'Clear the name searched',
  km: '{distance} km away',
  levels: 'Levels {levels}',
  pmr: 'Accessible to people with reduced mobility',
  website: 'Website',
  newWindow: '(opens in a new window)',
  phone: 'Phone:',
  email: 'E-mail:',
  of: 'of {name}',
  selected: 'Chosen organisation: {name}.',
  noCertification: 'Choose a certification first: the organisations offered depend on it.',
  certificationNotFound: 'Certification {code} is not in the catalogue.',
  error: 'The organisations could not be loaded.',
  errorNetwork: 'The service is not responding. Check your connection, then try again.',
  retry: 'Try again',
  required: 'Choose an accompanying organisation.',
};

const catalogues: { readonly [L in Lang]: { readonly [K in Key]: string | Counted } } = { fr, en };

/** A string of the element in `lang`, `{name}` placeholders replaced (numbers localised). */
export function text(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const message = catalogues[lang][key];
  const template = typeof message === 'string' ? message : countedForm(lang, message, params);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? value.toLocaleString(LOCALES[lang]) : value;
  });
}

function countedForm(lang: Lang, message: Counted, params: Record<string, string | number>) {
  const count = params['count'];
  if (typeof count !== 'number') return message.other;
  if (count === 0 && message.zero !== undefined) return message.zero;
  return new Intl.PluralRules(LOCALES[lang]).select(count) === 'one' ? message.one : message.other;
}
