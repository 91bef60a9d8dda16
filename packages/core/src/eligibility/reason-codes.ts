import type * as v from 'valibot';
import { defineVocabulary } from '../vocabulary/define-vocabulary.js';

/**
 * Why an eligibility result is what it is. Codes are stable (clients and statistics key on
 * them); the texts are what the candidate reads.
 */
export const EligibilityReasonCode = defineVocabulary(
  [
    'PUBLIC_SECTOR_REDIRECT',
    'CERTIFICATION_INACTIVE',
    'CERTIFICATION_NOT_VAE_ACCESSIBLE',
    'CERTIFICATION_REGISTRATION_ENDED',
    'NO_RELATED_EXPERIENCE',
    'MAX_SUBMISSIONS_UNIQUE_CERTIFICATION_REACHED',
    'MAX_SUBMISSIONS_CROSS_CERTIFICATION_REACHED',
    'SHORT_EXPERIENCE',
    'LAST_CROSS_CERTIFICATION_THIS_YEAR',
    'RECEVABILITE_STILL_VALID',
    'RECEVABILITE_EXPIRED',
  ],
  {
    PUBLIC_SECTOR_REDIRECT: {
      fr: "En tant qu'agent de la fonction publique, votre VAE passe par votre employeur public : adressez-vous à votre service des ressources humaines ou à un conseiller en évolution professionnelle.",
      en: 'As a public-sector employee, your VAE goes through your public employer: contact your HR department or a career development adviser (conseil en évolution professionnelle).',
    },
    CERTIFICATION_INACTIVE: {
      fr: "Cette certification n'est plus active : elle ne peut pas être visée en VAE. Choisissez une autre certification.",
      en: 'This certification is no longer active: it cannot be sought through VAE. Choose another certification.',
    },
    CERTIFICATION_NOT_VAE_ACCESSIBLE: {
      fr: "Cette certification n'est pas accessible par la VAE. Choisissez une autre certification.",
      en: 'This certification cannot be obtained through VAE. Choose another certification.',
    },
    CERTIFICATION_REGISTRATION_ENDED: {
      fr: "L'enregistrement de cette certification au répertoire national a pris fin : elle n'est plus proposée en VAE.",
      en: 'The registration of this certification in the national directory has ended: it is no longer offered through VAE.',
    },
    NO_RELATED_EXPERIENCE: {
      fr: 'La VAE demande une expérience en rapport direct avec la certification visée. Un conseiller en évolution professionnelle peut vous aider à choisir une autre certification ou une formation.',
      en: 'VAE requires experience in direct relation with the certification. A career development adviser can help you choose another certification or a training course.',
    },
    MAX_SUBMISSIONS_UNIQUE_CERTIFICATION_REACHED: {
      fr: "Un dossier de faisabilité a déjà été déposé pour cette certification cette année. Un seul dépôt par certification est possible par année civile : vous pourrez en déposer un nouveau à partir du 1er janvier, ou reprendre votre candidature si vous l'aviez abandonnée.",
      en: 'A feasibility dossier has already been filed for this certification this year. Only one filing per certification is allowed per calendar year: you can file a new one from 1 January, or resume your application if you had abandoned it.',
    },
    MAX_SUBMISSIONS_CROSS_CERTIFICATION_REACHED: {
      fr: 'Vous avez déjà déposé cette année des dossiers de faisabilité pour trois certifications différentes, le maximum par année civile. Vous pourrez viser cette certification à partir du 1er janvier.',
      en: 'You have already filed feasibility dossiers for three different certifications this year, the maximum per calendar year. You can seek this certification from 1 January.',
    },
    SHORT_EXPERIENCE: {
      fr: "Aucune durée minimale d'expérience n'est exigée depuis la réforme de 2022, mais le jury vérifiera que votre expérience suffit à couvrir les compétences de la certification.",
      en: 'There is no legal minimum of experience since the 2022 reform, but the jury will check that your experience is enough to cover the skills of the certification.',
    },
    LAST_CROSS_CERTIFICATION_THIS_YEAR: {
      fr: "Ce sera la troisième certification différente pour laquelle vous déposez un dossier de faisabilité cette année : c'est le maximum par année civile.",
      en: 'This will be the third different certification you file a feasibility dossier for this year: that is the maximum per calendar year.',
    },
    RECEVABILITE_STILL_VALID: {
      fr: 'Votre recevabilité pour cette certification est encore valide : un parcours partiel peut s’appliquer, sans nouveau dossier de faisabilité.',
      en: 'Your admissibility decision for this certification is still valid: a partial path may apply, without a new feasibility dossier.',
    },
    RECEVABILITE_EXPIRED: {
      fr: "Votre recevabilité pour cette certification n'est plus valide : un nouveau dossier de faisabilité sera nécessaire (parcours complet).",
      en: 'Your admissibility decision for this certification is no longer valid: a new feasibility dossier will be needed (full path).',
    },
  },
);
export type EligibilityReasonCode = v.InferOutput<typeof EligibilityReasonCode.schema>;

export const ReasonSeverity = defineVocabulary(['blocking', 'info'], {
  blocking: { fr: 'Bloquant', en: 'Blocking' },
  info: { fr: 'Information', en: 'Information' },
});
export type ReasonSeverity = v.InferOutput<typeof ReasonSeverity.schema>;

/** A blocking reason stops the candidacy (or redirects it); an info reason accompanies an ELIGIBLE result. */
export const REASON_SEVERITY: { readonly [C in EligibilityReasonCode]: ReasonSeverity } = {
  PUBLIC_SECTOR_REDIRECT: 'blocking',
  CERTIFICATION_INACTIVE: 'blocking',
  CERTIFICATION_NOT_VAE_ACCESSIBLE: 'blocking',
  CERTIFICATION_REGISTRATION_ENDED: 'blocking',
  NO_RELATED_EXPERIENCE: 'blocking',
  MAX_SUBMISSIONS_UNIQUE_CERTIFICATION_REACHED: 'blocking',
  MAX_SUBMISSIONS_CROSS_CERTIFICATION_REACHED: 'blocking',
  SHORT_EXPERIENCE: 'info',
  LAST_CROSS_CERTIFICATION_THIS_YEAR: 'info',
  RECEVABILITE_STILL_VALID: 'info',
  RECEVABILITE_EXPIRED: 'info',
};
