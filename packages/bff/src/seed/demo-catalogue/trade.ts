import type { CertificationRecord } from '../../features/certifications/certification-record.js';
import { CERTIFICATEURS as C, inFiliere, DEMO_TYPES as T } from './demo-certification.js';

const EN = [C.educationNationale];
const ESR = [C.enseignementSuperieur];
const TRAVAIL = [C.travail];

/** Bakers, butchers and other food trades. */
export const FOOD_CERTIFICATIONS: readonly CertificationRecord[] = inFiliere('AGROALIMENTAIRE', [
  { code: 'RNCP37537', label: 'Boulanger', type: T.CAP, level: 3, certificateurs: EN },
  { code: 'RNCP37491', label: 'Boulanger', type: T.BP, level: 4, certificateurs: EN },
  {
    code: 'RNCP37908',
    label: 'Boulanger-pâtissier',
    type: T.BAC_PRO,
    level: 4,
    certificateurs: EN,
  },
  { code: 'RNCP35316', label: 'Pâtissier', type: T.CAP, level: 3, certificateurs: EN },
  { code: 'RNCP37535', label: 'Boucher', type: T.CAP, level: 3, certificateurs: EN },
  {
    // The previous registration of the same diploma, no longer active.
    code: 'RNCP6993',
    label: 'Boucher',
    type: T.CAP,
    level: 3,
    certificateurs: EN,
    active: false,
  },
  { code: 'RNCP37310', label: 'Boucher', type: T.BP, level: 4, certificateurs: EN },
  { code: 'RNCP37532', label: 'Charcutier-traiteur', type: T.CAP, level: 3, certificateurs: EN },
  { code: 'RNCP37533', label: 'Crémier-fromager', type: T.CAP, level: 3, certificateurs: EN },
  {
    code: 'RNCP37313',
    label: 'Boulangerie spécialisée',
    type: T.MC,
    level: 3,
    certificateurs: EN,
  },
  {
    code: 'RNCP37315',
    label: 'Pâtisserie boulangère',
    type: T.MC,
    level: 3,
    certificateurs: EN,
  },
  { code: 'RNCP37566', label: 'Employé traiteur', type: T.MC, level: 3, certificateurs: EN },
]);

/** Shops, sales and retail management. */
export const TRADE_CERTIFICATIONS: readonly CertificationRecord[] = inFiliere('COMMERCE_VENTE', [
  {
    code: 'RNCP37105',
    label: 'Vendeur-conseil en alimentation',
    type: T.MC,
    level: 3,
    certificateurs: EN,
  },
  {
    code: 'RNCP34947',
    label: 'Équipier polyvalent du commerce',
    type: T.CAP,
    level: 3,
    certificateurs: EN,
  },
  {
    code: 'RNCP38399',
    label:
      'Métiers du commerce et de la vente option A : animation et gestion de l’espace commercial',
    type: T.BAC_PRO,
    level: 4,
    certificateurs: EN,
  },
  {
    code: 'RNCP38362',
    label: 'Management commercial opérationnel',
    type: T.BTS,
    level: 5,
    certificateurs: EN,
  },
  {
    code: 'RNCP37098',
    label: 'Conseiller de vente',
    type: T.TP,
    level: 4,
    certificateurs: TRAVAIL,
  },
  { code: 'RNCP37099', label: 'Employé commercial', type: T.TP, level: 3, certificateurs: TRAVAIL },
  {
    code: 'RNCP37717',
    label: 'Conseiller commercial',
    type: T.TP,
    level: 4,
    certificateurs: TRAVAIL,
  },
  {
    code: 'RNCP35233',
    label: 'Assistant manager d’unité marchande',
    type: T.TP,
    level: 4,
    certificateurs: TRAVAIL,
  },
  {
    code: 'RNCP32291',
    label: 'Manager d’unité marchande',
    type: T.TP,
    level: 5,
    certificateurs: TRAVAIL,
  },
  {
    code: 'RNCP34079',
    label: 'Négociateur technico-commercial',
    type: T.TP,
    level: 5,
    certificateurs: TRAVAIL,
  },
  {
    code: 'RNCP35992',
    label: 'Employé technicien vendeur en matériel de sport',
    type: T.TP,
    level: 3,
    certificateurs: TRAVAIL,
  },
  {
    code: 'RNCP35356',
    label: 'Techniques de commercialisation',
    type: T.BUT,
    level: 6,
    certificateurs: ESR,
    parcours: [
      'Marketing et management du point de vente',
      'Business développement et management de la relation client',
      'Marketing digital, e-business et entrepreneuriat',
    ],
  },
  {
    code: 'RNCP29740',
    label: 'Commerce et distribution',
    type: T.LP,
    level: 6,
    certificateurs: ESR,
    parcours: ['Management de rayon', 'E-commerce et marketing numérique'],
  },
  {
    code: 'RNCP35371',
    label: 'Commerce et distribution',
    type: T.MASTER,
    level: 7,
    certificateurs: ESR,
  },
  {
    code: 'RNCP35907',
    label: 'Marketing, vente',
    type: T.MASTER,
    level: 7,
    certificateurs: ESR,
    parcours: ['Marketing digital', 'Management de la relation client', 'Commerce international'],
  },
]);
