import type { QuestionnaireCatalogue } from './messages.js';

/** The English strings of the questions, fetched only when the page is in English. */
export const en: QuestionnaireCatalogue = {
  retry: 'Try again',
  errorNetwork: 'The service is not responding. Check your connection, then try again.',
  target: 'Target certification',
  level: 'level {level}',
  noCertification: 'Choose a certification first: the eligibility questions are about it.',
  certificationLoading: 'Loading the certification…',
  step: 'Step {current} of {total}',
  back: 'Back',
  continue: 'Continue',
  yes: 'Yes',
  no: 'No',
  'q.typology': 'What is your current situation?',
  'q.employerReady':
    'Is an employer ready to hire you on a professionalisation contract combined with VAE?',
  'hint.employerReady':
    "This contract combines work, training and VAE accompaniment; the employer's OPCO funds it.",
  'q.experience': 'Do you have experience directly related to this certification?',
  'hint.experience':
    'Employed or self-employed work, volunteering, elected office, caring for a relative: it all counts.',
  'q.duration': 'How long did this experience last, in total?',
  'hint.duration': 'Add up every period, part-time included.',
  'q.recevabilite': 'Where are you with this certification?',
  'hint.recevabilite':
    "Admissibility (recevabilité) is the certification body's decision accepting your feasibility dossier.",
  'q.validUntil': 'Until what date is your admissibility decision valid?',
  'hint.validUntil': 'The date written on the decision, for example 31/12/2026.',
  'q.filedThis': 'Since 1 January, have you filed a feasibility dossier for this certification?',
  'hint.filed': 'Do not count draft dossiers or rejected ones.',
  'q.filedOther':
    'Since 1 January, for how many other certifications have you filed a feasibility dossier?',
  'filedOther.0': 'None',
  'filedOther.3': '3 or more',
  'q.department': 'Which département do you live in?',
  'hint.department': 'Its number, for example 75, 2A or 974.',
  'error.typology': 'Select your situation.',
  'error.employerReady': 'Select whether an employer is ready to hire you.',
  'error.experience': 'Select whether your experience is related to the certification.',
  'error.duration': 'Select how long your experience lasted.',
  'error.recevabilite': 'Select where you are with this certification.',
  'error.validUntil': 'Enter the last day your admissibility decision is valid.',
  'error.validUntilInvalid': 'Enter a real date as DD/MM/YYYY, for example 31/12/2026.',
  'error.filedThis': 'Select whether you filed a dossier for this certification.',
  'error.filedOther': 'Select for how many other certifications.',
  'error.department': 'Enter your département.',
  'error.departmentInvalid':
    'This département does not exist: enter a number such as 75, 2A or 974.',
  errorSummary: {
    one: 'There is {count} problem',
    other: 'There are {count} problems',
  },
  'summary.title': 'Check your answers',
  'summary.change': 'Change',
  'summary.submit': 'See the result',
  'result.noLevel':
    'This certification has no level in the catalogue: its eligibility cannot be assessed online.',
};
