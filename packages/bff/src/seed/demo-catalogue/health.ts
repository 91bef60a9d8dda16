import type { CertificationRecord } from '../../features/certifications/certification-record.js';
import { CERTIFICATEURS as C, inFiliere, DEMO_TYPES as T } from './demo-certification.js';

/** Care and health. */
export const HEALTH_CERTIFICATIONS: readonly CertificationRecord[] = inFiliere('SANTE', [
  {
    code: 'RNCP35830',
    label: 'Diplôme d’État d’aide-soignant',
    type: T.DE,
    level: 4,
    certificateurs: [C.sante],
    blocs: [
      'Accompagnement et soins de la personne lors des activités de sa vie quotidienne et de sa vie sociale en repérant les fragilités',
      'Évaluation de l’état clinique et mise en œuvre de soins adaptés en collaboration',
      'Information et accompagnement des personnes et de leur entourage, des professionnels et des apprenants',
      'Entretien de l’environnement immédiat de la personne et des matériels liés aux activités en tenant compte du lieu et des situations d’intervention',
      'Travail en équipe pluri-professionnelle et traitement des informations liées aux activités de soins, à la qualité et à la gestion des risques',
    ],
  },
  {
    code: 'RNCP35832',
    label: 'Diplôme d’État d’auxiliaire de puériculture',
    type: T.DE,
    level: 4,
    certificateurs: [C.sante],
  },
  {
    // A regulated profession: the diploma cannot be obtained through VAE.
    code: 'RNCP8940',
    label: 'Diplôme d’État d’infirmier',
    type: T.DE,
    level: 6,
    certificateurs: [C.sante],
    vaeAccessible: false,
  },
  {
    code: 'RNCP36805',
    label: 'Secrétaire assistant médico-social',
    type: T.TP,
    level: 4,
    certificateurs: [C.travail],
  },
  {
    code: 'RNCP36775',
    label: 'Management des organisations de santé',
    type: T.MASTER,
    level: 7,
    certificateurs: [C.enseignementSuperieur],
    parcours: [
      'Management des établissements sanitaires et médico-sociaux',
      'Qualité et gestion des risques en santé',
    ],
  },
]);
