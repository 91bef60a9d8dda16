import type { Catalogues, Message } from '../shared/lang.js';

/** The strings of the "all certifications" panel, loaded with it. */
const fr = {
  browseTitle: 'Toutes les certifications',
  filterLevel: 'Niveau',
  filterType: 'Type de diplôme',
  filterFiliere: 'Filière',
  allLevels: 'Tous les niveaux',
  allTypes: 'Tous les types',
  allFilieres: 'Toutes les filières',
  resetFilters: 'Effacer les filtres',
  browseCount: {
    zero: 'Aucune certification ne correspond à ces filtres.',
    one: '1 certification',
    other: '{count} certifications',
  },
  page: 'page {page} sur {pages}',
  pagination: 'Pages de la liste',
  previous: 'Page précédente',
  next: 'Page suivante',
} satisfies Record<string, Message>;

type Key = keyof typeof fr;

const en: { readonly [K in Key]: Message } = {
  browseTitle: 'All certifications',
  filterLevel: 'Level',
  filterType: 'Type of diploma',
  filterFiliere: 'Sector',
  allLevels: 'All levels',
  allTypes: 'All types',
  allFilieres: 'All sectors',
  resetFilters: 'Clear the filters',
  browseCount: {
    zero: 'No certification matches these filters.',
    one: '1 certification',
    other: '{count} certifications',
  },
  page: 'page {page} of {pages}',
  pagination: 'Pages of the list',
  previous: 'Previous page',
  next: 'Next page',
};

export type BrowseKey = Key;
export const browseCatalogues: Catalogues<Key> = { fr, en };

/**
 * English names of the levels and filières offered as filters. The API names them in French
 * (the facets' labels); the vocabularies of @vae/core have both languages but would bring
 * valibot into this bundle, whose size is capped.
 */
export const ENGLISH_FACET_LABELS: Readonly<Record<string, string>> = {
  3: 'Level 3 (CAP, BEP)',
  4: 'Level 4 (Baccalauréat)',
  5: 'Level 5 (2 years after the bac)',
  6: 'Level 6 (bachelor)',
  7: 'Level 7 (master)',
  8: 'Level 8 (doctorate)',
  AGRICULTURE: 'Agriculture, forestry and animals',
  AGROALIMENTAIRE: 'Food trades',
  BTP: 'Construction',
  COMMERCE_VENTE: 'Retail and sales',
  COMMUNICATION_ARTS: 'Communication and arts',
  DROIT: 'Law',
  ENSEIGNEMENT_FORMATION: 'Teaching and training',
  GESTION_ADMINISTRATION: 'Management and administration',
  HOTELLERIE_RESTAURATION: 'Hospitality and tourism',
  INDUSTRIE: 'Industry',
  NUMERIQUE: 'Digital',
  PROPRETE_ENVIRONNEMENT: 'Cleaning and environment',
  SANTE: 'Health',
  SCIENCES_LETTRES: 'Sciences, humanities, languages',
  SECURITE: 'Security and defence',
  SOCIAL_SERVICES_PERSONNE: 'Social work and personal services',
  SPORT_ANIMATION: 'Sport and leisure',
  TRANSPORT_LOGISTIQUE: 'Transport and logistics',
};
