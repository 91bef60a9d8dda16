import { formatMessage, type Lang, lazyEnglish, type TextParams } from '../shared/lang.js';

/**
 * The strings of `<vae-aap-inbox>`. Status labels are not here: @vae/core has them in both
 * languages (DOMAIN.md).
 */
const fr = {
  title: 'Candidatures reçues',
  loading: 'Chargement des candidatures…',
  loadFailed: 'Les candidatures n’ont pas pu être chargées : {detail}',
  sessionExpired:
    'Votre session a expiré ou n’est pas reconnue : reconnectez-vous au portail qui vous a amené ici.',
  retry: 'Réessayer',
  countsLabel: 'Filtrer par statut',
  allStatuses: 'Toutes',
  search: 'Rechercher (nom ou courriel)',
  status: 'Statut',
  certification: 'Certification (code RNCP ou RS)',
  certificationInvalid: 'Un code RNCP ou RS est attendu (par exemple RNCP35830).',
  apply: 'Filtrer',
  reset: 'Effacer les filtres',
  tableCaption: 'Candidatures, page {page} sur {pages} ({total} au total)',
  sortHint: 'Le tri s’applique à toutes les candidatures, pas seulement à cette page.',
  colCandidate: 'Candidat',
  colCertification: 'Certification',
  colStatus: 'Statut',
  colUpdated: 'Dernier changement',
  colWaiting: 'Jours d’attente',
  open: 'Ouvrir le dossier de {name}',
  empty: 'Aucune candidature ne correspond à ces critères.',
  previous: 'Page précédente',
  next: 'Page suivante',
  pageOf: 'Page {page} sur {pages}',
  pagination: 'Pagination',
  resultsAnnounce: '{total} candidature(s) trouvée(s).',
  panelTitle: 'Dossier de {name}',
  close: 'Fermer le dossier',
  openFailed: 'Le dossier n’a pas pu être ouvert : {detail}',
  panelLoading: 'Chargement du dossier…',
  identity: 'Identité et contact',
  email: 'Courriel',
  phone: 'Téléphone',
  department: 'Département',
  none: 'non renseigné',
  eligibility: 'Éligibilité',
  typology: 'Situation déclarée',
  outcome: 'Résultat',
  path: 'Parcours',
  currentStatus: 'Statut actuel',
  history: 'Historique des statuts',
  documents: 'Documents',
  actions: 'Actions possibles',
  noActions: 'Aucune action n’est possible pour l’organisme à ce statut.',
  actTAKE_OVER: 'Prendre en charge',
  actSEND_PARCOURS: 'Envoyer le parcours',
  actSEND_FEASIBILITY: 'Envoyer le dossier de faisabilité',
  actSEND_VALIDATION_DOSSIER: 'Envoyer le dossier de validation',
  actDECLARE_ABANDONMENT: 'Déclarer l’abandon',
  actARCHIVE: 'Archiver',
  actUNARCHIVE: 'Désarchiver',
  confirmTAKE_OVER: 'Prendre en charge la candidature de {name} ?',
  confirmSEND_PARCOURS:
    'Envoyer le parcours à {name} ? La personne pourra le consulter et le valider.',
  confirmSEND_FEASIBILITY: 'Envoyer le dossier de faisabilité de {name} au certificateur choisi ?',
  confirmSEND_VALIDATION_DOSSIER: 'Envoyer le dossier de validation de {name} au certificateur ?',
  confirmDECLARE_ABANDONMENT:
    'Déclarer l’abandon de la candidature de {name} ? La personne pourra le confirmer ou le contester.',
  confirmARCHIVE: 'Archiver la candidature de {name} ?',
  confirmUNARCHIVE: 'Désarchiver la candidature de {name} ? Elle retrouvera son statut précédent.',
  pdf: 'Dossier (PDF, 20 Mo au plus)',
  pdfMissing: 'Choisissez le fichier PDF du dossier.',
  certificateur: 'Certificateur',
  certificateurHint: 'Ceux qui couvrent le département du candidat et la certification.',
  certificateurMissing: 'Choisissez un certificateur.',
  certificateursNone: 'Aucun certificateur ne couvre ce département et cette certification.',
  reason: 'Motif de l’abandon',
  reasonMissing: 'Indiquez le motif.',
  confirm: 'Confirmer',
  cancel: 'Annuler',
  sending: 'Envoi en cours…',
  refused: 'Action refusée : {detail}',
  conflict:
    'Quelqu’un a agi sur ce dossier avant vous : il a été rechargé. Vérifiez son statut avant de recommencer. ({detail})',
  done: '{action} : fait. Nouveau statut : {status}.',
  answers: 'Réponses au questionnaire',
  experience: 'Expérience en lien direct',
  experienceNone: 'aucune',
  recevabilite: 'Recevabilité',
  validUntil: 'valable jusqu’au {date}',
  dossiersThisYear: 'Dossiers déposés cette année',
  dossiersCount: '{this} pour cette certification, {other} pour d’autres',
  employerReady: 'Employeur prêt (contrat de professionnalisation)',
  yes: 'oui',
  no: 'non',
  sitesTitle: 'Visibilité des antennes',
  sitesFilter: 'Filtrer par antenne',
  allSites: 'Toutes les antennes',
  sitesFailed: 'Les antennes n’ont pas pu être chargées : {detail}',
  siteOpen: 'ouverte aux candidats',
  siteClosed: 'fermée pour absence',
  closedForAbsence: 'Fermée pour absence ou congés (plus proposée aux candidats)',
  levelsHint: 'Niveaux de diplôme pris en charge, par filière.',
  level: 'Niveau {level}',
  saveSite: 'Enregistrer',
  siteSaved: 'Enregistré : {state}, {levels} niveau(x) pris en charge.',
};

type Key = keyof typeof fr;

export type InboxCatalogue = { readonly [K in Key]: string };
export type InboxMessageKey = Key;

const english = lazyEnglish<InboxCatalogue>(() => import('./messages-en.js'), fr);
export const loadEnglish = english.load;
export const isEnglishSettled = english.settled;

/** A string of the element in `lang`, `{name}` placeholders replaced. */
export function text(lang: Lang, key: Key, params: TextParams = {}): string {
  return formatMessage(lang, english.in(lang)[key], params);
}
