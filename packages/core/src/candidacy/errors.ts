import type * as v from 'valibot';
import { defineVocabulary, type Label } from '../vocabulary/index.js';

/**
 * Why the state machine refused an event. Codes are stable (clients switch on them); the label of
 * each code is the message shown to people.
 */
export const CandidacyErrorCode = defineVocabulary(
  [
    'INVALID_EVENT',
    'AUTONOMOUS_PATH',
    'ACTOR_NOT_ALLOWED',
    'CANDIDACY_ARCHIVED',
    'ALREADY_ARCHIVED',
    'NOT_ARCHIVED',
    'NO_STATUS_TO_RESTORE',
    'ABANDONMENT_PENDING',
    'CANDIDACY_ABANDONED',
    'ABANDONMENT_NOT_DECLARED',
    'INVALID_STATUS_FOR_EVENT',
    'NOTHING_TO_CHANGE',
    'COMMENT_REQUIRED',
    'CERTIFICATION_CHANGE_TOO_LATE',
    'AAP_CHANGE_TOO_LATE',
    'FEASIBILITY_AWAITING_DECISION',
    'FEASIBILITY_INCOMPLETE',
    'FEASIBILITY_ALREADY_COMPLETE',
    'FEASIBILITY_DECISION_FINAL',
    'FEASIBILITY_DECISION_NOT_FINAL',
    'FEASIBILITY_NOT_ADMISSIBLE',
    'VALIDATION_DOSSIER_ALREADY_SENT',
    'VALIDATION_DOSSIER_ALREADY_CHECKED',
    'VALIDATION_DOSSIER_NOT_CHECKED',
    'JURY_NOT_SCHEDULED',
    'JURY_SESSION_NOT_REACHED',
    'JURY_RESULT_ALREADY_RECORDED',
    'JURY_RESULT_NOT_RECORDED',
    'JURY_ALREADY_FULL_SUCCESS',
  ],
  {
    INVALID_EVENT: {
      fr: 'La demande est mal formée.',
      en: 'The request is malformed.',
    },
    AUTONOMOUS_PATH: {
      fr: 'Cette action n’existe pas pour une candidature en autonomie.',
      en: 'This action does not exist for an autonomous application.',
    },
    ACTOR_NOT_ALLOWED: {
      fr: 'Vous n’êtes pas autorisé à effectuer cette action sur cette candidature.',
      en: 'You are not allowed to perform this action on this application.',
    },
    CANDIDACY_ARCHIVED: {
      fr: 'La candidature est archivée : elle doit être désarchivée d’abord.',
      en: 'The application is archived: it must be unarchived first.',
    },
    ALREADY_ARCHIVED: {
      fr: 'La candidature est déjà archivée.',
      en: 'The application is already archived.',
    },
    NOT_ARCHIVED: {
      fr: 'La candidature n’est pas archivée.',
      en: 'The application is not archived.',
    },
    NO_STATUS_TO_RESTORE: {
      fr: 'L’historique ne contient aucun statut antérieur à l’archivage.',
      en: 'The history holds no status prior to archiving.',
    },
    ABANDONMENT_PENDING: {
      fr: 'Un abandon a été déclaré : le candidat doit d’abord le confirmer ou le contester.',
      en: 'An abandonment was declared: the candidate must first confirm or contest it.',
    },
    CANDIDACY_ABANDONED: {
      fr: 'La candidature a été abandonnée.',
      en: 'The application was abandoned.',
    },
    ABANDONMENT_NOT_DECLARED: {
      fr: 'Aucun abandon n’attend de réponse.',
      en: 'No abandonment awaits an answer.',
    },
    INVALID_STATUS_FOR_EVENT: {
      fr: 'Cette action n’est pas possible à cette étape de la candidature.',
      en: 'This action is not possible at this stage of the application.',
    },
    NOTHING_TO_CHANGE: {
      fr: 'La nouvelle valeur est identique à l’actuelle.',
      en: 'The new value is the same as the current one.',
    },
    COMMENT_REQUIRED: {
      fr: 'Un commentaire ou un motif est obligatoire.',
      en: 'A comment or a reason is required.',
    },
    CERTIFICATION_CHANGE_TOO_LATE: {
      fr: 'La certification ne peut plus être changée une fois le dossier de faisabilité envoyé.',
      en: 'The certification can no longer be changed once the feasibility dossier is sent.',
    },
    AAP_CHANGE_TOO_LATE: {
      fr: 'L’organisme ne peut plus être changé une fois le dossier de faisabilité envoyé.',
      en: 'The organism can no longer be changed once the feasibility dossier is sent.',
    },
    FEASIBILITY_AWAITING_DECISION: {
      fr: 'Un dossier de faisabilité attend la décision du certificateur.',
      en: 'A feasibility dossier awaits the certifier’s decision.',
    },
    FEASIBILITY_INCOMPLETE: {
      fr: 'Le dossier de faisabilité a été déclaré incomplet : il doit être renvoyé d’abord.',
      en: 'The feasibility dossier was declared incomplete: it must be resent first.',
    },
    FEASIBILITY_ALREADY_COMPLETE: {
      fr: 'Le dossier de faisabilité est déjà complet : il reste à statuer sur sa recevabilité.',
      en: 'The feasibility dossier is already complete: only the admissibility decision remains.',
    },
    FEASIBILITY_DECISION_FINAL: {
      fr: 'La décision de recevabilité est définitive ; seul un administrateur peut l’annuler.',
      en: 'The feasibility decision is final; only an administrator may revoke it.',
    },
    FEASIBILITY_DECISION_NOT_FINAL: {
      fr: 'Aucune décision de recevabilité définitive à annuler.',
      en: 'There is no final feasibility decision to revoke.',
    },
    FEASIBILITY_NOT_ADMISSIBLE: {
      fr: 'Le dossier de validation demande un dossier de faisabilité recevable.',
      en: 'The validation dossier requires an admissible feasibility dossier.',
    },
    VALIDATION_DOSSIER_ALREADY_SENT: {
      fr: 'Un dossier de validation est déjà en cours de traitement.',
      en: 'A validation dossier is already being processed.',
    },
    VALIDATION_DOSSIER_ALREADY_CHECKED: {
      fr: 'Le dossier de validation a déjà été vérifié.',
      en: 'The validation dossier was already checked.',
    },
    VALIDATION_DOSSIER_NOT_CHECKED: {
      fr: 'Le dossier de validation doit être vérifié complet avant de programmer le jury.',
      en: 'The validation dossier must be checked complete before the jury is scheduled.',
    },
    JURY_NOT_SCHEDULED: {
      fr: 'Aucune session de jury n’est programmée.',
      en: 'No jury session is scheduled.',
    },
    JURY_SESSION_NOT_REACHED: {
      fr: 'Le résultat ne peut être saisi qu’à partir de la date de la session de jury.',
      en: 'The result can only be recorded from the jury session date.',
    },
    JURY_RESULT_ALREADY_RECORDED: {
      fr: 'Le résultat du jury est déjà saisi.',
      en: 'The jury result is already recorded.',
    },
    JURY_RESULT_NOT_RECORDED: {
      fr: 'Aucun résultat de jury à annuler.',
      en: 'There is no jury result to revoke.',
    },
    JURY_ALREADY_FULL_SUCCESS: {
      fr: 'Le jury a prononcé une réussite totale : le parcours est terminé.',
      en: 'The jury granted a full success: the path is over.',
    },
  },
);
export type CandidacyErrorCode = v.InferOutput<typeof CandidacyErrorCode.schema>;

export interface CandidacyError {
  readonly code: CandidacyErrorCode;
  readonly message: Label;
}

export function candidacyError(code: CandidacyErrorCode): CandidacyError {
  return { code, message: CandidacyErrorCode.labels[code] };
}
