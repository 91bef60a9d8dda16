import type { CertificationRecord } from '../../features/certifications/certification-record.js';
import { CERTIFICATEURS as C, inFiliere, DEMO_TYPES as T } from './demo-certification.js';

const EN = [C.educationNationale];
const ESR = [C.enseignementSuperieur];
const TRAVAIL = [C.travail];

/** Accounting, management and running a business. */
export const MANAGEMENT_CERTIFICATIONS: readonly CertificationRecord[] = inFiliere(
  'GESTION_ADMINISTRATION',
  [
    {
      code: 'RNCP37121',
      label: 'Comptable assistant',
      type: T.TP,
      level: 4,
      certificateurs: TRAVAIL,
    },
    {
      code: 'RNCP37949',
      label: 'Gestionnaire comptable et fiscal',
      type: T.TP,
      level: 5,
      certificateurs: TRAVAIL,
    },
    {
      code: 'RNCP35646',
      label: 'Responsable de petite et moyenne structure',
      type: T.TP,
      level: 5,
      certificateurs: TRAVAIL,
    },
    {
      code: 'RNCP35375',
      label: 'Gestion des entreprises et des administrations',
      type: T.BUT,
      level: 6,
      certificateurs: ESR,
      parcours: [
        'Gestion comptable, fiscale et financière',
        'Gestion et pilotage des ressources humaines',
        'Contrôle de gestion et pilotage de la performance',
      ],
    },
    {
      code: 'RNCP35362',
      label: 'Information-communication',
      type: T.BUT,
      level: 6,
      certificateurs: ESR,
      parcours: ['Information numérique dans les organisations', 'Communication des organisations'],
    },
    {
      code: 'RNCP30122',
      label: 'Métiers de l’entrepreneuriat',
      type: T.LP,
      level: 6,
      certificateurs: ESR,
      parcours: ['Création et reprise d’entreprise'],
    },
  ],
);

/** Warehouses, logistics and supply chains. */
export const LOGISTICS_CERTIFICATIONS: readonly CertificationRecord[] = inFiliere(
  'TRANSPORT_LOGISTIQUE',
  [
    {
      code: 'RNCP37672',
      label: 'Opérateur/opératrice logistique',
      type: T.CAP,
      level: 3,
      certificateurs: EN,
    },
    {
      // Replaced since by a newer registration: kept inactive.
      code: 'RNCP1120',
      label: 'Logistique',
      type: T.BAC_PRO,
      level: 4,
      certificateurs: EN,
      active: false,
    },
    {
      code: 'RNCP34857',
      label: 'Cariste d’entrepôt',
      type: T.TP,
      level: 3,
      certificateurs: TRAVAIL,
    },
    {
      code: 'RNCP34860',
      label: 'Préparateur de commandes en entrepôt',
      type: T.TP,
      level: 3,
      certificateurs: TRAVAIL,
    },
    { code: 'RNCP1852', label: 'Agent magasinier', type: T.TP, level: 3, certificateurs: TRAVAIL },
    {
      code: 'RNCP37277',
      label: 'Technicien supérieur en méthodes et exploitation logistique',
      type: T.TP,
      level: 5,
      certificateurs: TRAVAIL,
    },
    {
      code: 'RNCP35351',
      label: 'Qualité, logistique industrielle et organisation',
      type: T.BUT,
      level: 6,
      certificateurs: ESR,
      parcours: ['Organisation et supply chain', 'Organisation et pilotage industriel'],
    },
    {
      code: 'RNCP29988',
      label: 'Logistique et pilotage des flux',
      type: T.LP,
      level: 6,
      certificateurs: ESR,
    },
  ],
);
