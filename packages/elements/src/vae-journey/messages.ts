import type { Lang } from '../shared/lang.js';

/** The strings of `<vae-journey>`, kept next to the element (its bundle carries only them). */
const fr = {
  progress: 'Étape {current} sur {total}',
  progressLabel: 'Progression de votre demande',
  'step.certification': 'Diplôme',
  'step.eligibility': 'Éligibilité',
  'step.accompaniment': 'Accompagnement',
  'step.contact': 'Coordonnées',
  'step.confirmation': 'Confirmation',
  'heading.certification': 'Quel diplôme voulez-vous obtenir par la VAE ?',
  'heading.eligibility': 'Pouvez-vous faire une VAE pour ce diplôme ?',
  'heading.accompaniment': 'Comment voulez-vous être accompagné ?',
  'heading.contact': 'Vos coordonnées',
  'heading.confirmation': 'Votre candidature est envoyée',
  back: 'Retour',
  continue: 'Continuer',
  loading: 'Chargement…',
  loadFailed: 'Cette étape n’a pas pu être chargée. Vérifiez votre connexion, puis réessayez.',
  retry: 'Réessayer',
  chosenCertification: 'Diplôme choisi : {label}',
  certificationRequired: 'Choisissez un diplôme dans la liste pour continuer.',
  eligible: 'D’après vos réponses, vous pouvez faire une VAE pour ce diplôme.',
  changeAnswers: 'Modifier mes réponses',
  accompanied: 'Avec un organisme d’accompagnement',
  accompaniedHint:
    'Un architecte accompagnateur de parcours vous aide à constituer vos dossiers. Choisissez-le ci-dessous.',
  autonomous: 'En autonomie',
  autonomousHint:
    'Vous constituez seul votre dossier de faisabilité et l’envoyez vous-même au certificateur.',
  accompanimentRequired: 'Choisissez une modalité d’accompagnement.',
  aapRequired: 'Choisissez un organisme d’accompagnement dans la liste.',
  givenName: 'Prénom',
  familyName: 'Nom',
  email: 'Adresse e-mail',
  emailHint: 'Format attendu : nom@domaine.fr',
  phone: 'Téléphone',
  phoneHint: 'Par exemple 06 12 34 56 78',
  department: 'Département de résidence',
  departmentHint: 'Son numéro : 69, 2A, 974…',
  nir: 'Numéro de sécurité sociale (facultatif)',
  nirHint: '15 caractères, clé comprise, espaces acceptés.',
  consent: 'J’accepte que mes données soient transmises pour instruire ma candidature à la VAE.',
  privacyLink: 'Politique de confidentialité',
  newWindow: '(nouvelle fenêtre)',
  requiredLegend: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
  'error.givenName': 'Indiquez votre prénom.',
  'error.familyName': 'Indiquez votre nom.',
  'error.tooLong': '100 caractères au plus.',
  'error.email': 'Indiquez une adresse e-mail valide, par exemple nom@domaine.fr.',
  'error.phone': 'Indiquez un numéro de téléphone valide, par exemple 06 12 34 56 78.',
  'error.department': 'Indiquez le numéro d’un département français, par exemple 69, 2A ou 974.',
  'error.nir':
    'Ce numéro de sécurité sociale n’est pas valide : vérifiez ses 15 caractères et sa clé.',
  'error.consent': 'Cochez cette case pour envoyer votre candidature.',
  errorCount: 'Le formulaire contient des erreurs : corrigez les champs signalés.',
  submit: 'Envoyer ma candidature',
  submitting: 'Envoi en cours…',
  'submit.network':
    'Votre candidature n’a pas pu être envoyée : le service ne répond pas. Vos informations sont conservées ; réessayez dans un instant.',
  'submit.server':
    'Votre candidature n’a pas pu être envoyée à cause d’un problème du service. Vos informations sont conservées ; réessayez dans un instant.',
  'submit.invalid': 'Le service a refusé certaines informations :',
  'submit.refused':
    'Ce site n’est pas autorisé à envoyer des candidatures (clé partenaire absente ou refusée). Vos informations sont conservées ; contactez le site qui vous accueille.',
  'submit.ineligible': 'Votre candidature ne peut pas être créée',
  'submit.ineligibleIntro': 'Le service a de nouveau examiné vos réponses :',
  'submit.retry': 'Réessayer l’envoi',
  trackingCodeLabel: 'Votre code de suivi',
  trackingCodeHint:
    'Notez ou imprimez ce code : il vous permet de suivre votre candidature et ne vous sera plus affiché une fois cet onglet fermé.',
  copy: 'Copier le code',
  copied: 'Code copié.',
  copyFailed: 'La copie a échoué : sélectionnez le code pour le copier.',
  print: 'Imprimer',
  restart: 'Faire une autre demande',
  summaryCertification: 'Diplôme visé',
  summaryAccompaniment: 'Accompagnement',
} as const;

type Key = keyof typeof fr;

const en: { readonly [K in Key]: string } = {
  progress: 'Step {current} of {total}',
  progressLabel: 'Progress of your application',
  'step.certification': 'Diploma',
  'step.eligibility': 'Eligibility',
  'step.accompaniment': 'Support',
  'step.contact': 'Contact details',
  'step.confirmation': 'Confirmation',
  'heading.certification': 'Which diploma do you want to obtain through VAE?',
  'heading.eligibility': 'Can you apply for VAE for this diploma?',
  'heading.accompaniment': 'How do you want to be supported?',
  'heading.contact': 'Your contact details',
  'heading.confirmation': 'Your application has been sent',
  back: 'Back',
  continue: 'Continue',
  loading: 'Loading…',
  loadFailed: 'This step could not be loaded. Check your connection, then try again.',
  retry: 'Try again',
  chosenCertification: 'Chosen diploma: {label}',
  certificationRequired: 'Choose a diploma from the list to continue.',
  eligible: 'According to your answers, you can apply for VAE for this diploma.',
  changeAnswers: 'Change my answers',
  accompanied: 'With an accompanying organisation',
  accompaniedHint: 'An accompanying organisation helps you build your dossiers. Choose it below.',
  autonomous: 'On my own',
  autonomousHint:
    'You build your feasibility dossier yourself and send it to the certification body.',
  accompanimentRequired: 'Choose how you want to be supported.',
  aapRequired: 'Choose an accompanying organisation from the list.',
  givenName: 'First name',
  familyName: 'Last name',
  email: 'E-mail address',
  emailHint: 'Expected format: name@domain.com',
  phone: 'Phone',
  phoneHint: 'For example +33 6 12 34 56 78',
  department: 'Department of residence',
  departmentHint: 'Its number: 69, 2A, 974…',
  nir: 'Social security number (optional)',
  nirHint: '15 characters including the key; spaces allowed.',
  consent: 'I agree that my data is passed on to process my VAE application.',
  privacyLink: 'Privacy policy',
  newWindow: '(opens in a new window)',
  requiredLegend: 'Fields marked with an asterisk (*) are required.',
  'error.givenName': 'Enter your first name.',
  'error.familyName': 'Enter your last name.',
  'error.tooLong': '100 characters at most.',
  'error.email': 'Enter a valid e-mail address, for example name@domain.com.',
  'error.phone': 'Enter a valid phone number, for example +33 6 12 34 56 78.',
  'error.department': 'Enter the number of a French department, for example 69, 2A or 974.',
  'error.nir': 'This social security number is not valid: check its 15 characters and its key.',
  'error.consent': 'Tick this box to send your application.',
  errorCount: 'The form has errors: correct the fields marked.',
  submit: 'Send my application',
  submitting: 'Sending…',
  'submit.network':
    'Your application could not be sent: the service is not responding. Your information is kept; try again in a moment.',
  'submit.server':
    'Your application could not be sent because of a problem with the service. Your information is kept; try again in a moment.',
  'submit.invalid': 'The service refused some of the information:',
  'submit.refused':
    'This site is not allowed to send applications (partner key missing or refused). Your information is kept; contact the site you are on.',
  'submit.ineligible': 'Your application cannot be created',
  'submit.ineligibleIntro': 'The service checked your answers again:',
  'submit.retry': 'Try sending again',
  trackingCodeLabel: 'Your tracking code',
  trackingCodeHint:
    'Write down or print this code: it lets you follow your application and will not be shown again once this tab is closed.',
  copy: 'Copy the code',
  copied: 'Code copied.',
  copyFailed: 'Copying failed: select the code to copy it.',
  print: 'Print',
  restart: 'Make another application',
  summaryCertification: 'Diploma',
  summaryAccompaniment: 'Support',
};

const catalogues: { readonly [L in Lang]: { readonly [K in Key]: string } } = { fr, en };

export type JourneyMessageKey = Key;

/** A string of the element in `lang`, `{name}` placeholders replaced. */
export function text(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
