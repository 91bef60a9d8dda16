import { formatMessage, type Lang, lazyEnglish, type TextParams } from '../shared/lang.js';
import type { Phase } from './timeline.js';

/**
 * The strings of `<vae-dossier-status>`. The labels of statuses, steps, decisions and jury
 * results are not here: the API sends them in both languages (DOMAIN.md, from @vae/core).
 */
const fr = {
  title: 'Suivi de ma candidature VAE',
  loading: 'Chargement de votre dossier…',
  formTitle: 'Consulter mon dossier',
  codeLabel: 'Code de suivi',
  codeHint:
    'Il vous a été donné à l’envoi de votre candidature (il commence par vae_tc_). Il reste en mémoire jusqu’à la fermeture de cet onglet.',
  codeMissing: 'Saisissez votre code de suivi.',
  codeMalformed: 'Ce code ne ressemble pas à un code de suivi : vérifiez-le.',
  codeRefused: 'Ce code de suivi n’est pas reconnu. Vérifiez-le, ou contactez votre organisme.',
  show: 'Afficher mon dossier',
  forget: 'Changer de code de suivi',
  print: 'Imprimer',
  retry: 'Réessayer',
  sessionExpired:
    'Votre session a expiré : rechargez la page ou reconnectez-vous au site qui vous a amené ici.',
  wrongSite:
    'Ce suivi a été ouvert pour un autre site que celui-ci : il ne peut pas s’afficher ici. Ouvrez-le depuis le site où vous avez fait votre demande.',
  loadFailed: 'Votre dossier n’a pas pu être chargé. Vérifiez votre connexion puis réessayez.',
  refreshFailed:
    'La mise à jour automatique a échoué : les informations ci-dessous datent du {time}.',
  certification: 'Certification visée',
  currentStatus: 'Où en est mon dossier',
  updatedAt: 'Dernière mise à jour : {date}',
  steps: 'Étapes de la candidature',
  stepDone: 'étape terminée',
  stepCurrent: 'étape en cours',
  stepStopped: 'étape où la candidature s’est arrêtée',
  stepUpcoming: 'étape à venir',
  phaseApplication: 'Candidature',
  phaseAccompaniment: 'Accompagnement',
  phaseFeasibility: 'Dossier de faisabilité',
  phaseValidation: 'Dossier de validation',
  phaseJury: 'Jury',
  closedAt: 'Étape atteinte : {label}',
  comment: 'Commentaire du certificateur : {comment}',
  abandonReason: 'Motif : {reason}',
  jurySession: 'Session du jury : {when}',
  juryPlace: 'Lieu : {place}',
  juryAt: '{date} à {time}',
  juryResult: 'Résultat : {result}',
  next: 'Et maintenant ?',
  contacts: 'Vos contacts',
  aap: 'Votre organisme d’accompagnement',
  certificateur: 'Le certificateur, pour ses décisions',
  email: 'Courriel :',
  phone: 'Téléphone :',
  website: 'Site internet',
  changed: 'Votre dossier a évolué : {label}.',
  parcoursSent: 'Envoyé par {aap} le {date}.',
  confirm: 'Confirmer mon parcours',
  confirmFailed: 'La confirmation a échoué. Vérifiez votre connexion puis réessayez.',
  alreadyConfirmed: 'Votre parcours était déjà confirmé.',
  confirmConflict: 'Votre dossier avait changé entre-temps : le voici à jour.',
  // What happens next, by step (the API's `step`).
  nextPROJET: 'Choisissez un organisme d’accompagnement et envoyez-lui votre candidature.',
  nextPROJET_AUTONOME: 'Envoyez votre dossier de faisabilité à un certificateur.',
  nextVALIDATION:
    'L’organisme d’accompagnement étudie votre candidature et va prendre contact avec vous.',
  nextPRISE_EN_CHARGE: 'Votre accompagnateur prépare votre parcours et son devis.',
  nextPARCOURS_ENVOYE:
    'Relisez le parcours et le devis que votre accompagnateur vous a transmis. En confirmant votre parcours, vous les acceptez ; une question ? Contactez-le avant.',
  nextPARCOURS_CONFIRME: 'Préparez votre dossier de faisabilité avec votre accompagnateur.',
  nextDOSSIER_FAISABILITE_ENVOYE: 'Le certificateur vérifie que votre dossier est complet.',
  nextDOSSIER_FAISABILITE_COMPLET:
    'Le certificateur étudie la recevabilité de votre dossier ; il vous informera de sa décision.',
  nextDOSSIER_FAISABILITE_INCOMPLET:
    'Complétez votre dossier selon les remarques du certificateur, puis renvoyez-le.',
  nextDOSSIER_FAISABILITE_RECEVABLE: 'Rédigez votre dossier de validation, puis envoyez-le.',
  nextDOSSIER_FAISABILITE_NON_RECEVABLE:
    'Votre dossier n’est pas recevable. Parlez-en avec votre accompagnateur ou le certificateur pour connaître les suites possibles.',
  nextDOSSIER_DE_VALIDATION_ENVOYE:
    'Le certificateur vérifie votre dossier de validation, puis vous convoquera au jury.',
  nextDOSSIER_DE_VALIDATION_SIGNALE:
    'Corrigez votre dossier de validation selon les remarques du certificateur, puis renvoyez-le.',
  nextJURY_SCHEDULED:
    'Préparez votre passage devant le jury ; prévenez le certificateur si vous ne pouvez pas venir.',
  nextJURY_AWAITING_RESULT: 'Le certificateur enregistrera bientôt le résultat du jury.',
  nextFULL_SUCCESS: 'Félicitations ! Le certificateur vous délivrera votre certification.',
  nextPARTIAL_SUCCESS:
    'Vous avez validé une partie de la certification : vous pouvez présenter un nouveau dossier de validation pour le reste.',
  nextFAILURE: 'Vous pouvez présenter un nouveau dossier de validation avec votre accompagnateur.',
  nextDID_NOT_ATTEND:
    'Contactez le certificateur pour être convoqué à une prochaine session du jury.',
  nextABANDONMENT_DECLARED:
    'Votre organisme a déclaré l’abandon de votre candidature : contactez-le pour le confirmer ou le contester.',
  nextABANDONED:
    'Votre candidature est abandonnée. Pour reprendre votre projet, contactez un organisme d’accompagnement.',
  nextARCHIVE:
    'Votre candidature est archivée. Pour la reprendre, contactez votre organisme d’accompagnement.',
};

type Key = keyof typeof fr;

export type DossierCatalogue = { readonly [K in Key]: string };

const english = lazyEnglish<DossierCatalogue>(() => import('./messages-en.js'), fr);
export const loadEnglish = english.load;
export const isEnglishSettled = english.settled;

export type DossierMessageKey = Key;

/** A string of the element in `lang`, `{name}` placeholders replaced. */
export function text(lang: Lang, key: Key, params: TextParams = {}): string {
  return formatMessage(lang, english.in(lang)[key], params);
}

/** The "what happens next" key of a step, when the catalogue has one. */
export function nextKey(step: string, autonomous: boolean): Key | null {
  const key = `next${step}${step === 'PROJET' && autonomous ? '_AUTONOME' : ''}`;
  return key in fr ? (key as Key) : null;
}

export const PHASE_TITLES: { readonly [P in Phase]: Key } = {
  application: 'phaseApplication',
  accompaniment: 'phaseAccompaniment',
  feasibility: 'phaseFeasibility',
  validation: 'phaseValidation',
  jury: 'phaseJury',
};
