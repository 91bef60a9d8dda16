import type { Filiere } from '@vae/core';

/** Invented national networks: generalists with a site in many regions. */
export const NETWORKS = [
  {
    brand: 'Réseau Parcours VAE',
    levels: [3, 7],
    /** How many demo places host one of its sites (every `step`-th). */
    step: 6,
    offset: 0,
    remoteZones: ['FRANCE_METROPOLITAINE'],
  },
  {
    brand: 'Compétences & Territoires',
    levels: [3, 7],
    step: 9,
    offset: 4,
    remoteZones: [
      'FRANCE_METROPOLITAINE',
      'GUADELOUPE',
      'MARTINIQUE',
      'GUYANE',
      'LA_REUNION',
      'MAYOTTE',
    ],
  },
  {
    brand: 'Acquis Pro France',
    levels: [4, 8],
    step: 11,
    offset: 2,
    remoteZones: ['FRANCE_METROPOLITAINE'],
  },
] as const;

/** Invented specialists of one or two filières, with the conventions collectives they know. */
export const SPECIALISTS: readonly {
  brand: string;
  filieres: readonly Filiere[];
  idcc: readonly string[];
}[] = [
  { brand: 'Soins & Parcours', filieres: ['SANTE'], idcc: ['2264'] },
  { brand: 'Cap Aide à la Personne', filieres: ['SOCIAL_SERVICES_PERSONNE'], idcc: ['2941'] },
  { brand: 'Bâtir ses Acquis', filieres: ['BTP'], idcc: ['1597'] },
  {
    brand: 'Atelier des Métiers de Bouche',
    filieres: ['AGROALIMENTAIRE', 'HOTELLERIE_RESTAURATION'],
    idcc: ['1979'],
  },
  { brand: 'Horizon Commerce', filieres: ['COMMERCE_VENTE'], idcc: ['2216'] },
  { brand: 'Tremplin Industrie', filieres: ['INDUSTRIE'], idcc: ['3248'] },
  { brand: 'Code & Compétences', filieres: ['NUMERIQUE'], idcc: [] },
  { brand: 'Route & Logistique Conseil', filieres: ['TRANSPORT_LOGISTIQUE'], idcc: ['0016'] },
  { brand: 'Sport Expérience', filieres: ['SPORT_ANIMATION'], idcc: [] },
  {
    brand: 'Gestion Plus Accompagnement',
    filieres: ['GESTION_ADMINISTRATION', 'DROIT'],
    idcc: [],
  },
  { brand: 'Terre & Métiers', filieres: ['AGRICULTURE'], idcc: [] },
  { brand: 'Éclat Propreté Formation', filieres: ['PROPRETE_ENVIRONNEMENT'], idcc: ['3043'] },
  { brand: 'Vigilance Compétences', filieres: ['SECURITE'], idcc: [] },
  { brand: 'Transmettre Conseil', filieres: ['ENSEIGNEMENT_FORMATION'], idcc: [] },
  { brand: 'Scène & Image', filieres: ['COMMUNICATION_ARTS'], idcc: [] },
  { brand: 'Lettres & Savoirs', filieres: ['SCIENCES_LETTRES'], idcc: [] },
  { brand: 'Bienveillance Formation', filieres: ['SANTE', 'SOCIAL_SERVICES_PERSONNE'], idcc: [] },
  { brand: 'Numérik Parcours', filieres: ['NUMERIQUE', 'GESTION_ADMINISTRATION'], idcc: [] },
];

/** Local brands by INSEE region code; a town's organism takes one of its region's. */
export const REGIONAL_BRANDS: Readonly<Record<string, readonly string[]>> = {
  '11': ['Francilienne des Acquis', 'Seine Parcours', 'Métropole Compétences'],
  '32': ['Beffroi Compétences', 'Opale Parcours', 'Terril Formation'],
  '44': ['Cigogne Compétences', 'Vosges Parcours', 'Champagne Acquis'],
  '28': ['Bocage Conseil', 'Falaises Parcours', 'Cotentin Compétences'],
  '53': ['Breizh Parcours', 'Armor Compétences', 'Goéland Formation'],
  '52': ['Ligérienne Accompagnement', 'Estuaire Parcours', 'Bocage Vendéen Conseil'],
  '24': ['Val de Loire Acquis', 'Sologne Compétences', 'Berry Parcours'],
  '27': ['Comtoise Compétences', 'Bourgogne Parcours', 'Jura Acquis'],
  '84': ['Volcans Formation', 'Sommets Parcours', 'Rhône Compétences'],
  '75': ['Estuaire Conseil', 'Océane Parcours', 'Limousin Acquis'],
  '76': ['Garrigue Formation', 'Occitane Compétences', 'Pyrénées Parcours'],
  '93': ['Mistral Compétences', 'Calanques Parcours', 'Lavande Formation'],
  '94': ['Maquis Formation', 'Isula Parcours'],
  '01': ['Kaz Kompétans', 'Alizés Formation'],
  '02': ['Madinina Parcours', 'Alizés Martinique Conseil'],
  '03': ['Canopée Formation', 'Maroni Parcours'],
  '04': ['Lagon Parcours', 'Péi Compétences', 'Piton Formation'],
  '06': ['Maoré Accompagnement'],
};

/** Brands any town may have. */
export const GENERIC_BRANDS: readonly string[] = [
  'Cap Expérience',
  'Tremplin Acquis',
  'Horizon Compétences',
  'Passerelle VAE',
  'Déclic Parcours',
  'Atout Métiers',
  'Boussole Emploi',
  'Sillage Conseil',
  'Envol Pro',
  'Archipel Compétences',
  'Ancrage Formation',
  'Trajectoires Conseil',
  'Repère VAE',
  'Escale Métiers',
  'Amplitude Conseil',
  'Savoirs en Actes',
];
