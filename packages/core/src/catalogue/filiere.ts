import type * as v from 'valibot';
import { defineVocabulary } from '../vocabulary/define-vocabulary.js';

/**
 * Families of trades ("filières") that candidates and AAPs recognise. The RNCP does not give
 * one: it is derived from the fiche's NSF codes (see `filiereOfNsfCodes`).
 */
export const Filiere = defineVocabulary(
  [
    'AGRICULTURE',
    'AGROALIMENTAIRE',
    'BTP',
    'COMMERCE_VENTE',
    'COMMUNICATION_ARTS',
    'DROIT',
    'ENSEIGNEMENT_FORMATION',
    'GESTION_ADMINISTRATION',
    'HOTELLERIE_RESTAURATION',
    'INDUSTRIE',
    'NUMERIQUE',
    'PROPRETE_ENVIRONNEMENT',
    'SANTE',
    'SCIENCES_LETTRES',
    'SECURITE',
    'SOCIAL_SERVICES_PERSONNE',
    'SPORT_ANIMATION',
    'TRANSPORT_LOGISTIQUE',
  ],
  {
    AGRICULTURE: { fr: 'Agriculture, forêt et animaux', en: 'Agriculture, forestry and animals' },
    AGROALIMENTAIRE: { fr: 'Alimentation et métiers de bouche', en: 'Food trades' },
    BTP: { fr: 'BTP', en: 'Construction' },
    COMMERCE_VENTE: { fr: 'Commerce et vente', en: 'Retail and sales' },
    COMMUNICATION_ARTS: { fr: 'Communication et arts', en: 'Communication and arts' },
    DROIT: { fr: 'Droit', en: 'Law' },
    ENSEIGNEMENT_FORMATION: { fr: 'Enseignement et formation', en: 'Teaching and training' },
    GESTION_ADMINISTRATION: {
      fr: 'Gestion et administration',
      en: 'Management and administration',
    },
    HOTELLERIE_RESTAURATION: {
      fr: 'Hôtellerie, restauration et tourisme',
      en: 'Hospitality and tourism',
    },
    INDUSTRIE: { fr: 'Industrie', en: 'Industry' },
    NUMERIQUE: { fr: 'Numérique', en: 'Digital' },
    PROPRETE_ENVIRONNEMENT: { fr: 'Propreté et environnement', en: 'Cleaning and environment' },
    SANTE: { fr: 'Santé', en: 'Health' },
    SCIENCES_LETTRES: { fr: 'Sciences, lettres et langues', en: 'Sciences, humanities, languages' },
    SECURITE: { fr: 'Sécurité et défense', en: 'Security and defence' },
    SOCIAL_SERVICES_PERSONNE: {
      fr: 'Social et services à la personne',
      en: 'Social work and personal services',
    },
    SPORT_ANIMATION: { fr: 'Sport et animation', en: 'Sport and leisure' },
    TRANSPORT_LOGISTIQUE: { fr: 'Transport et logistique', en: 'Transport and logistics' },
  },
);
export type Filiere = v.InferOutput<typeof Filiere.schema>;

/**
 * NSF specialities (Nomenclature des spécialités de formation, 1994: three digits, sometimes
 * followed by a letter such as `326t`) grouped by filière. General groups that say nothing of
 * a trade (100, 300, 340, 410, 413, 414…) are left out on purpose.
 */
const NSF_BY_FILIERE: { readonly [F in Filiere]: readonly string[] } = {
  AGRICULTURE: specialities('210 211 212 213 214'),
  AGROALIMENTAIRE: specialities('221'),
  BTP: specialities('230 231 232 233 234'),
  COMMERCE_VENTE: specialities('312'),
  COMMUNICATION_ARTS: specialities('130 131 132 133 134 320 321 322 323 325'),
  DROIT: specialities('128 345'),
  ENSEIGNEMENT_FORMATION: specialities('333'),
  GESTION_ADMINISTRATION: specialities('310 313 314 315 324'),
  HOTELLERIE_RESTAURATION: specialities('334'),
  INDUSTRIE: specialities(
    '200 201 220 222 223 224 225 226 227 240 241 242 243 250 251 252 253 254 255',
  ),
  NUMERIQUE: specialities('326'),
  PROPRETE_ENVIRONNEMENT: specialities('341 342 343'),
  SANTE: specialities('331'),
  SCIENCES_LETTRES: specialities(
    '110 111 112 113 114 115 116 117 118 120 121 122 123 124 125 126 127 135 136',
  ),
  SECURITE: specialities('344 346'),
  SOCIAL_SERVICES_PERSONNE: specialities('330 332 336 415'),
  SPORT_ANIMATION: specialities('335 411 412'),
  TRANSPORT_LOGISTIQUE: specialities('311'),
};

function specialities(list: string): string[] {
  return list.split(' ');
}

const FILIERE_BY_NSF = new Map<string, Filiere>(
  Object.entries(NSF_BY_FILIERE).flatMap(([filiere, codes]) =>
    codes.map((code) => [code, filiere as Filiere] as const),
  ),
);

/** The filière of one NSF code (`326t` → `NUMERIQUE`), or null when it names no trade. */
export function filiereOfNsf(code: string): Filiere | null {
  const speciality = /^\s*(\d{3})/.exec(code)?.[1];
  return speciality === undefined ? null : (FILIERE_BY_NSF.get(speciality) ?? null);
}

/**
 * The filière of a certification from its NSF codes, in the fiche's order. Trade domains
 * (groups 2 and 3) come before disciplines (groups 1 and 4): a blockchain certificate listed
 * under "114b mathematical models" and "326 computing" is a digital one.
 */
export function filiereOfNsfCodes(codes: readonly string[]): Filiere | null {
  let fallback: Filiere | null = null;
  for (const code of codes) {
    const filiere = filiereOfNsf(code);
    if (filiere === null) continue;
    if (/^\s*[23]/.test(code)) return filiere;
    fallback ??= filiere;
  }
  return fallback;
}
