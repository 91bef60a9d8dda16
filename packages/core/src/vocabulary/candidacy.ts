import type * as v from 'valibot';
import { defineVocabulary } from './define-vocabulary.js';

/** Candidacy statuses in the order of the journey (DOMAIN.md); labels are the tracker's. */
export const CandidacyStatus = defineVocabulary(
  [
    'PROJET',
    'VALIDATION',
    'PRISE_EN_CHARGE',
    'PARCOURS_ENVOYE',
    'PARCOURS_CONFIRME',
    'DOSSIER_FAISABILITE_ENVOYE',
    'DOSSIER_FAISABILITE_COMPLET',
    'DOSSIER_FAISABILITE_INCOMPLET',
    'DOSSIER_FAISABILITE_RECEVABLE',
    'DOSSIER_FAISABILITE_NON_RECEVABLE',
    'DOSSIER_DE_VALIDATION_ENVOYE',
    'DOSSIER_DE_VALIDATION_SIGNALE',
    'ARCHIVE',
  ],
  {
    PROJET: { fr: 'En brouillon', en: 'Draft' },
    VALIDATION: { fr: 'Candidature envoyée', en: 'Application sent' },
    PRISE_EN_CHARGE: { fr: 'Candidature prise en charge', en: 'Application taken over' },
    PARCOURS_ENVOYE: { fr: 'Parcours reçu', en: 'Path received' },
    PARCOURS_CONFIRME: { fr: 'Parcours validé', en: 'Path confirmed' },
    DOSSIER_FAISABILITE_ENVOYE: {
      fr: 'Dossier de faisabilité envoyé au certificateur',
      en: 'Feasibility dossier sent to the certifier',
    },
    DOSSIER_FAISABILITE_COMPLET: {
      fr: "Dossier de faisabilité complet, en cours d'instruction",
      en: 'Feasibility dossier complete, under review',
    },
    DOSSIER_FAISABILITE_INCOMPLET: {
      fr: 'Dossier de faisabilité incomplet',
      en: 'Feasibility dossier incomplete',
    },
    DOSSIER_FAISABILITE_RECEVABLE: { fr: 'Recevable', en: 'Admissible' },
    DOSSIER_FAISABILITE_NON_RECEVABLE: { fr: 'Non recevable', en: 'Not admissible' },
    DOSSIER_DE_VALIDATION_ENVOYE: {
      fr: 'Dossier de validation envoyé / en attente du jury',
      en: 'Validation dossier sent / awaiting the jury',
    },
    DOSSIER_DE_VALIDATION_SIGNALE: {
      fr: 'Dossier de validation signalé',
      en: 'Validation dossier flagged',
    },
    ARCHIVE: { fr: 'Candidature archivée', en: 'Application archived' },
  },
);
export type CandidacyStatus = v.InferOutput<typeof CandidacyStatus.schema>;

/** Accompanied by an AAP through the whole chain, or autonomous (sends the feasibility dossier directly). */
export const AccompanimentType = defineVocabulary(['ACCOMPAGNE', 'AUTONOME'], {
  ACCOMPAGNE: { fr: 'Accompagné par un organisme', en: 'Accompanied by an organism' },
  AUTONOME: { fr: 'En autonomie', en: 'On my own' },
});
export type AccompanimentType = v.InferOutput<typeof AccompanimentType.schema>;
