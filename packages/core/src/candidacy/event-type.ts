import type * as v from 'valibot';
import { defineVocabulary } from '../vocabulary/index.js';

/** Every event of the candidacy lifecycle; labels are the wording of the button that sends it. */
export const CandidacyEventType = defineVocabulary(
  [
    'SUBMIT_TO_AAP',
    'TAKE_OVER',
    'SEND_PARCOURS',
    'CONFIRM_PARCOURS',
    'SEND_FEASIBILITY',
    'DECIDE_FEASIBILITY',
    'REVOKE_FEASIBILITY_DECISION',
    'SEND_VALIDATION_DOSSIER',
    'DECIDE_VALIDATION_DOSSIER',
    'SCHEDULE_JURY',
    'RECORD_JURY_RESULT',
    'REVOKE_JURY_RESULT',
    'CHANGE_CERTIFICATION',
    'CHANGE_AAP',
    'ARCHIVE',
    'UNARCHIVE',
    'DECLARE_ABANDONMENT',
    'CONFIRM_ABANDONMENT',
    'REFUSE_ABANDONMENT',
  ],
  {
    SUBMIT_TO_AAP: {
      fr: 'Envoyer ma candidature à l’organisme',
      en: 'Send my application to the organism',
    },
    TAKE_OVER: { fr: 'Prendre en charge la candidature', en: 'Take over the application' },
    SEND_PARCOURS: { fr: 'Envoyer le parcours', en: 'Send the path' },
    CONFIRM_PARCOURS: { fr: 'Valider le parcours', en: 'Confirm the path' },
    SEND_FEASIBILITY: {
      fr: 'Envoyer le dossier de faisabilité',
      en: 'Send the feasibility dossier',
    },
    DECIDE_FEASIBILITY: {
      fr: 'Statuer sur le dossier de faisabilité',
      en: 'Decide on the feasibility dossier',
    },
    REVOKE_FEASIBILITY_DECISION: {
      fr: 'Annuler la décision de recevabilité',
      en: 'Revoke the feasibility decision',
    },
    SEND_VALIDATION_DOSSIER: {
      fr: 'Envoyer le dossier de validation',
      en: 'Send the validation dossier',
    },
    DECIDE_VALIDATION_DOSSIER: {
      fr: 'Vérifier le dossier de validation',
      en: 'Check the validation dossier',
    },
    SCHEDULE_JURY: { fr: 'Programmer le jury', en: 'Schedule the jury' },
    RECORD_JURY_RESULT: { fr: 'Saisir le résultat du jury', en: 'Record the jury result' },
    REVOKE_JURY_RESULT: { fr: 'Annuler le résultat du jury', en: 'Revoke the jury result' },
    CHANGE_CERTIFICATION: { fr: 'Changer de certification', en: 'Change certification' },
    CHANGE_AAP: { fr: 'Changer d’organisme accompagnateur', en: 'Change accompanying organism' },
    ARCHIVE: { fr: 'Archiver la candidature', en: 'Archive the application' },
    UNARCHIVE: { fr: 'Désarchiver la candidature', en: 'Unarchive the application' },
    DECLARE_ABANDONMENT: { fr: 'Déclarer l’abandon', en: 'Declare abandonment' },
    CONFIRM_ABANDONMENT: { fr: 'Confirmer l’abandon', en: 'Confirm abandonment' },
    REFUSE_ABANDONMENT: { fr: 'Contester l’abandon', en: 'Contest abandonment' },
  },
);
export type CandidacyEventType = v.InferOutput<typeof CandidacyEventType.schema>;
