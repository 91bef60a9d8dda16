import type { CertificationRecord } from '../../features/certifications/certification-record.js';
import { CERTIFICATEURS as C, inFiliere, DEMO_TYPES as T } from './demo-certification.js';

const SPORTS = [C.sports];
const BPJEPS_EDUCATEUR_SPORTIF =
  'Brevet professionnel de la jeunesse, de l’éducation populaire et du sport spécialité éducateur sportif';

/** Sport coaching and leisure activities. */
export const SPORT_CERTIFICATIONS: readonly CertificationRecord[] = inFiliere('SPORT_ANIMATION', [
  {
    code: 'RNCP36248',
    label: `${BPJEPS_EDUCATEUR_SPORTIF} mention activités aquatiques et de la natation`,
    type: T.BP,
    level: 4,
    certificateurs: SPORTS,
  },
  {
    code: 'RNCP37106',
    label: `${BPJEPS_EDUCATEUR_SPORTIF} mention activités de la forme`,
    type: T.BP,
    level: 4,
    certificateurs: SPORTS,
  },
  {
    code: 'RNCP37108',
    label: `${BPJEPS_EDUCATEUR_SPORTIF} mention sports de contact et disciplines associées`,
    type: T.BP,
    level: 4,
    certificateurs: SPORTS,
  },
  {
    code: 'RNCP37191',
    label: `${BPJEPS_EDUCATEUR_SPORTIF} mention activités physiques pour tous`,
    type: T.BP,
    level: 4,
    certificateurs: SPORTS,
  },
  {
    code: 'RNCP36831',
    label:
      'Diplôme d’État de la jeunesse, de l’éducation populaire et du sport spécialité perfectionnement sportif mention rugby à XV',
    type: T.DE,
    level: 5,
    certificateurs: SPORTS,
  },
  {
    code: 'RNCP35904',
    label:
      'Diplôme d’État supérieur de la jeunesse, de l’éducation populaire et du sport spécialité performance sportive mention football',
    type: T.DES,
    level: 6,
    certificateurs: SPORTS,
  },
  {
    code: 'RNCP35955',
    label: 'Animation et gestion des activités physiques, sportives ou culturelles',
    type: T.DEUST,
    level: 5,
    certificateurs: [C.enseignementSuperieur],
  },
  {
    code: 'RNCP35389',
    label: 'Gestion administrative et commerciale des organisations',
    type: T.BUT,
    level: 6,
    certificateurs: [C.enseignementSuperieur],
    parcours: ['Management des activités culturelles, artistiques, sportives et de tourisme'],
  },
]);
