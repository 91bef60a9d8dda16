import { formatMessage, type Lang, lazyEnglish } from '../shared/lang.js';
import type { Text, TextParams } from './text.js';

/** The strings of the questions, the summary and the loading states of `<vae-eligibility-questionnaire>`. */
const fr = {
  retry: 'Réessayer',
  errorNetwork: 'Le service ne répond pas. Vérifiez votre connexion, puis réessayez.',
  target: 'Certification visée',
  level: 'niveau {level}',
  noCertification:
    'Choisissez d’abord une certification : les questions d’éligibilité portent sur elle.',
  certificationLoading: 'Chargement de la certification…',
  step: 'Étape {current} sur {total}',
  back: 'Retour',
  continue: 'Continuer',
  yes: 'Oui',
  no: 'Non',
  'q.typology': 'Quelle est votre situation actuelle ?',
  'q.employerReady':
    'Un employeur est-il prêt à vous recruter en contrat de professionnalisation associant la VAE ?',
  'hint.employerReady':
    'Ce contrat associe travail, formation et accompagnement VAE ; l’OPCO de l’employeur le finance.',
  'q.experience': 'Avez-vous une expérience en rapport direct avec cette certification ?',
  'hint.experience':
    'Emploi salarié ou indépendant, bénévolat, mandat électif, aide à un proche : tout compte.',
  'q.duration': 'Combien de temps cette expérience a-t-elle duré, au total ?',
  'hint.duration': 'Additionnez toutes les périodes, même à temps partiel.',
  'q.recevabilite': 'Où en êtes-vous pour cette certification ?',
  'hint.recevabilite':
    'La recevabilité est la décision du certificateur qui accepte votre dossier de faisabilité.',
  'q.validUntil': 'Jusqu’à quelle date votre recevabilité est-elle valable ?',
  'hint.validUntil': 'Date écrite sur la décision, par exemple 31/12/2026.',
  'q.filedThis':
    'Depuis le 1er janvier, avez-vous déposé un dossier de faisabilité pour cette certification ?',
  'hint.filed': 'Ne comptez ni les dossiers en brouillon ni ceux qui ont été refusés.',
  'q.filedOther':
    'Depuis le 1er janvier, pour combien d’autres certifications avez-vous déposé un dossier de faisabilité ?',
  'filedOther.0': 'Aucune',
  'filedOther.3': '3 ou plus',
  'q.department': 'Dans quel département habitez-vous ?',
  'hint.department': 'Son numéro, par exemple 75, 2A ou 974.',
  'error.typology': 'Indiquez votre situation.',
  'error.employerReady': 'Indiquez si un employeur est prêt à vous recruter.',
  'error.experience': 'Indiquez si votre expérience est en rapport avec la certification.',
  'error.duration': 'Indiquez la durée de votre expérience.',
  'error.recevabilite': 'Indiquez où vous en êtes pour cette certification.',
  'error.validUntil': 'Saisissez la date de fin de validité de votre recevabilité.',
  'error.validUntilInvalid':
    'Saisissez une date qui existe, au format JJ/MM/AAAA, par exemple 31/12/2026.',
  'error.filedThis': 'Indiquez si vous avez déposé un dossier pour cette certification.',
  'error.filedOther': 'Indiquez pour combien d’autres certifications.',
  'error.department': 'Saisissez votre département.',
  'error.departmentInvalid':
    'Ce département n’existe pas : saisissez un numéro comme 75, 2A ou 974.',
  errorSummary: { one: 'Il y a {count} erreur', other: 'Il y a {count} erreurs' },
  'summary.title': 'Vérifiez vos réponses',
  'summary.change': 'Modifier',
  'summary.submit': 'Voir le résultat',
  'result.noLevel':
    'Cette certification n’a pas de niveau dans le catalogue : son éligibilité ne peut pas être évaluée en ligne.',
} as const satisfies Record<string, Text>;

export type QuestionnaireMessage = keyof typeof fr;

export type QuestionnaireCatalogue = { readonly [K in QuestionnaireMessage]: Text };

const english = lazyEnglish<QuestionnaireCatalogue>(() => import('./messages-en.js'), fr);
export const loadEnglish = english.load;
export const isEnglishSettled = english.settled;

/** A string of the questions in `lang`; French until the English strings are loaded. */
export function text(lang: Lang, key: QuestionnaireMessage, params?: TextParams): string {
  return formatMessage(lang, english.in(lang)[key], params);
}
