import type { CertificationLevel, Filiere } from '@vae/core';
import type {
  Certificateur,
  CertificationRecord,
} from '../../features/certifications/certification-record.js';

/** Diploma types as the RNCP abbreviates them (`ABREGE`), with their full names. */
export const DEMO_TYPES = {
  CAP: { code: 'CAP', label: 'Certificat d’aptitude professionnelle' },
  BP: { code: 'BP', label: 'Brevet professionnel' },
  BAC_PRO: { code: 'BAC PRO', label: 'Baccalauréat professionnel' },
  BTS: { code: 'BTS', label: 'Brevet de technicien supérieur' },
  BUT: { code: 'BUT', label: 'Bachelor universitaire de technologie' },
  DEUST: { code: 'DEUST', label: 'Diplôme d’études universitaires scientifiques et techniques' },
  LP: { code: 'LP', label: 'Licence professionnelle' },
  MASTER: { code: 'MASTER', label: 'Master' },
  TP: { code: 'TP', label: 'Titre professionnel' },
  DE: { code: 'DE', label: 'Diplôme d’État' },
  DES: { code: 'DES', label: 'Diplôme d’État supérieur' },
  CA: { code: 'CA', label: 'Certificat d’aptitude' },
  CQP: { code: 'CQP', label: 'Certificat de qualification professionnelle' },
  MC: { code: 'MC', label: 'Mention complémentaire' },
} as const;

export type DemoType = (typeof DEMO_TYPES)[keyof typeof DEMO_TYPES];

/**
 * Certificateurs of the demo catalogue, named as the RNCP export names them. The SIRETs are
 * those the RNCP export gives for these ministries; where we do not know a certificateur's
 * SIRET for sure it is left empty, as the RNCP itself does for some, rather than made up.
 */
export const CERTIFICATEURS = {
  educationNationale: {
    siret: '11004301500012',
    name: "MINISTERE DE L'EDUCATION NATIONALE ET DE LA JEUNESSE",
  },
  enseignementSuperieur: {
    siret: '11004401300040',
    name: "MINISTERE DE L'ENSEIGNEMENT SUPERIEUR ET DE LA RECHERCHE",
  },
  travail: {
    siret: '11000007200014',
    name: "MINISTERE DU TRAVAIL DU PLEIN EMPLOI ET DE L' INSERTION",
  },
  solidarites: {
    siret: '',
    name: "MINISTERE DES SOLIDARITES, DE L'AUTONOMIE ET DES PERSONNES HANDICAPEES",
  },
  sante: { siret: '', name: 'MINISTERE DE LA SANTE ET DE LA PREVENTION' },
  sports: { siret: '', name: 'MINISTERE DES SPORTS ET DES JEUX OLYMPIQUES ET PARALYMPIQUES' },
  agriculture: { siret: '', name: "MINISTERE DE L'AGRICULTURE ET DE LA SOUVERAINETE ALIMENTAIRE" },
  uimm: { siret: '', name: 'UNION DES INDUSTRIES ET METIERS DE LA METALLURGIE (UIMM)' },
} as const satisfies Record<string, Certificateur>;

export interface DemoCertification {
  code: string;
  label: string;
  type: DemoType;
  level: CertificationLevel;
  filiere: Filiere;
  certificateurs: readonly Certificateur[];
  /** Default true. */
  active?: boolean;
  /** Default true. */
  vaeAccessible?: boolean;
  /** Competence blocs, in order; codes follow the RNCP pattern (`RNCP35830BC01`). */
  blocs?: readonly string[];
  /** Tracks of licences professionnelles, BUT and masters (they differ between universities). */
  parcours?: readonly string[];
}

/** A full catalogue record from the few facts the demo catalogue states. */
export function demoCertification(c: DemoCertification): CertificationRecord {
  return {
    code: c.code,
    registry: 'RNCP',
    label: c.label,
    typeCode: c.type.code,
    typeLabel: c.type.label,
    level: c.level,
    active: c.active ?? true,
    vaeAccessible: c.vaeAccessible ?? true,
    registrationEnd: null,
    filiere: c.filiere,
    formacodes: [],
    nsfCodes: [],
    idcc: [],
    blocs: (c.blocs ?? []).map((label, i) => ({
      code: `${c.code}BC${String(i + 1).padStart(2, '0')}`,
      label,
    })),
    parcours: (c.parcours ?? []).map((label) => ({ code: null, label })),
    replaces: [],
    replacedBy: [],
    certificateurs: [...c.certificateurs],
  };
}

/** The certifications of one filière. */
export function inFiliere(
  filiere: Filiere,
  entries: readonly Omit<DemoCertification, 'filiere'>[],
): CertificationRecord[] {
  return entries.map((entry) => demoCertification({ ...entry, filiere }));
}
