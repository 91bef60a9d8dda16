import { formatMessage, type Lang, LOCALES, lazyEnglish, type TextParams } from '../shared/lang.js';

/**
 * The strings of `<vae-certificateur-inbox>`. Status labels are not here: the API sends them in
 * both languages (DOMAIN.md, from @vae/core).
 */
const fr = {
  title: 'Espace certificateur',
  loading: 'Chargement…',
  noCredential:
    'Aucune session : le portail qui affiche cet espace doit lui fournir un jeton de session.',
  sessionExpired: 'Votre session a expiré : rechargez la page ou reconnectez-vous à votre portail.',
  loadFailed: 'Le chargement a échoué. {detail}',
  retry: 'Réessayer',
  statsTitle: 'Recevabilité sur les {days} derniers jours',
  statsDelay: 'Délai moyen de décision',
  statsDay: '{days} jour',
  statsDays: '{days} jours',
  statsNone: 'aucune décision',
  statsFavourable: 'Favorables',
  statsPending: 'En attente',
  statsUnfavourable: 'Défavorables',
  statsReceived: '{count} dossiers reçus',
  categories: 'Catégories de dossiers',
  group_feasibility: 'Dossiers de faisabilité',
  group_validation: 'Dossiers de validation',
  group_juries: 'Jurys',
  'feasibility.pending': 'En attente',
  'feasibility.complete': 'Complets',
  'feasibility.incomplete': 'Incomplets',
  'feasibility.admissible': 'Recevables',
  'feasibility.rejected': 'Non recevables',
  'validation.pending': 'À vérifier',
  'validation.incomplete': 'Signalés',
  'juries.scheduled': 'Programmés',
  'juries.awaiting-result': 'En attente du résultat',
  caption: '{group} : {category} ({count})',
  colCandidate: 'Candidat',
  colCertification: 'Certification',
  colDepartment: 'Département',
  colDate: 'Reçu le',
  colJuryDate: 'Date du jury',
  colStatus: 'Statut',
  sortHint: 'Les en-têtes de colonnes trient le tableau.',
  empty: 'Aucun dossier dans cette catégorie.',
  previous: 'Page précédente',
  next: 'Page suivante',
  pageOf: 'Page {page} sur {count}',
  back: 'Retour à la liste',
  dossier: 'Dossier de {name}',
  email: 'Courriel',
  phone: 'Téléphone',
  department: 'Département',
  certification: 'Certification',
  status: 'Statut',
  viewer: 'Document : {name}',
  pdfLoading: 'Chargement du document…',
  pdfFailed: 'Le document n’a pas pu être chargé. {detail}',
  documents: 'Pièces du dossier',
  dossier_feasibility: 'faisabilité',
  dossier_validation: 'validation',
  show: 'Afficher {name}',
  download: 'Télécharger',
  noDocument: 'Aucun document.',
  history: 'Historique',
  decisions: 'Décisions sur la faisabilité',
  'decision.PENDING': 'Reçu',
  'decision.COMPLETE': 'Complet',
  'decision.INCOMPLETE': 'Incomplet',
  'decision.ADMISSIBLE': 'Recevable',
  'decision.REJECTED': 'Non recevable',
  jury: 'Jury',
  juryWhen: 'Session : {when}',
  juryAt: '{date} à {time}',
  juryPlaceLine: 'Lieu : {place}',
  juryResultLine: 'Résultat : {result}',
  actions: 'Actions',
  noAction: 'Aucune action possible à ce stade.',
  'act.COMPLETE': 'Marquer complet',
  'act.INCOMPLETE': 'Marquer incomplet',
  'act.ADMISSIBLE': 'Déclarer recevable',
  'act.REJECTED': 'Déclarer non recevable',
  'act.VALIDATION_COMPLETE': 'Valider le dossier de validation',
  'act.VALIDATION_INCOMPLETE': 'Signaler le dossier de validation',
  'act.SCHEDULE_JURY': 'Programmer le jury',
  'act.RECORD_JURY_RESULT': 'Saisir le résultat du jury',
  resultNotYet: 'Le résultat pourra être saisi à partir du {date}, date de la session.',
  incompleteHint:
    'L’organisme pourra renvoyer le dossier complété, éventuellement à un autre certificateur.',
  reason: 'Motif (transmis à l’organisme)',
  comment: 'Commentaire (facultatif)',
  reasonMissing: 'Indiquez le motif.',
  juryDate: 'Date de la session',
  juryTime: 'Heure (facultatif)',
  juryPlace: 'Lieu (facultatif)',
  juryDateMissing: 'Indiquez la date de la session.',
  juryResult: 'Résultat',
  confirm: 'Confirmer',
  cancel: 'Annuler',
  sending: 'Envoi en cours…',
  done: 'Enregistré. Statut : {status}.',
  conflict: 'Quelqu’un d’autre a agi sur ce dossier avant vous : voici son état actuel.',
  refused: 'Action refusée : {detail}',
  'result.FULL_SUCCESS_OF_FULL_CERTIFICATION': 'Réussite totale',
  'result.FULL_SUCCESS_OF_PARTIAL_CERTIFICATION': 'Réussite totale (certification partielle visée)',
  'result.PARTIAL_SUCCESS_OF_FULL_CERTIFICATION': 'Réussite partielle',
  'result.PARTIAL_SUCCESS_OF_PARTIAL_CERTIFICATION':
    'Réussite partielle (certification partielle visée)',
  'result.PARTIAL_SUCCESS_PENDING_CONFIRMATION': 'Réussite partielle, en attente de confirmation',
  'result.FAILURE': 'Non validation',
  'result.CANDIDATE_EXCUSED': 'Non présentation au jury (excusé)',
  'result.CANDIDATE_ABSENT': 'Non présentation au jury',
};

export type InboxMessageKey = keyof typeof fr;
export type InboxCatalogue = { readonly [K in InboxMessageKey]: string };

export const JURY_RESULTS = [
  'FULL_SUCCESS_OF_FULL_CERTIFICATION',
  'FULL_SUCCESS_OF_PARTIAL_CERTIFICATION',
  'PARTIAL_SUCCESS_OF_FULL_CERTIFICATION',
  'PARTIAL_SUCCESS_OF_PARTIAL_CERTIFICATION',
  'PARTIAL_SUCCESS_PENDING_CONFIRMATION',
  'FAILURE',
  'CANDIDATE_EXCUSED',
  'CANDIDATE_ABSENT',
] as const;

const english = lazyEnglish<InboxCatalogue>(() => import('./messages-en.js'), fr);
export const loadEnglish = english.load;
export const isEnglishSettled = english.settled;

/** A string of the element in `lang`, `{name}` placeholders replaced. */
export function text(lang: Lang, key: InboxMessageKey, params: TextParams = {}): string {
  return formatMessage(lang, english.in(lang)[key], params);
}

/** `2026-03-02` or an ISO instant → `2 mars 2026` / `2 March 2026`. */
export function formatDay(lang: Lang, iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return date.toLocaleDateString(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  });
}
