import type { DossierCatalogue } from './messages.js';

/** The English strings of `<vae-dossier-status>`, fetched only when a page asks for English. */
export const en: DossierCatalogue = {
  title: 'My VAE application',
  loading: 'Loading your dossier…',
  formTitle: 'See my dossier',
  codeLabel: 'Tracking code',
  codeHint:
    'You were given it when you sent your application (it starts with vae_tc_). It is kept until you close this tab.',
  codeMissing: 'Enter your tracking code.',
  codeMalformed: 'This does not look like a tracking code: please check it.',
  codeRefused: 'This tracking code is not recognised. Check it, or contact your organisation.',
  show: 'Show my dossier',
  forget: 'Use another tracking code',
  print: 'Print',
  retry: 'Try again',
  sessionExpired:
    'Your session has expired: reload the page or sign in again on the site that brought you here.',
  wrongSite:
    'This tracker was opened for another website: it cannot be shown here. Open it from the site where you applied.',
  loadFailed: 'Your dossier could not be loaded. Check your connection and try again.',
  refreshFailed: 'The automatic update failed: the information below dates from {time}.',
  certification: 'Certification sought',
  currentStatus: 'Where my dossier stands',
  updatedAt: 'Last updated: {date}',
  steps: 'Steps of the application',
  stepDone: 'step completed',
  stepCurrent: 'current step',
  stepStopped: 'step where the application stopped',
  stepUpcoming: 'step to come',
  phaseApplication: 'Application',
  phaseAccompaniment: 'Accompaniment',
  phaseFeasibility: 'Feasibility dossier',
  phaseValidation: 'Validation dossier',
  phaseJury: 'Jury',
  closedAt: 'Step reached: {label}',
  comment: 'Comment from the certifier: {comment}',
  abandonReason: 'Reason: {reason}',
  jurySession: 'Jury session: {when}',
  juryPlace: 'Place: {place}',
  juryAt: '{date} at {time}',
  juryResult: 'Result: {result}',
  next: 'What happens next?',
  contacts: 'Your contacts',
  aap: 'Your accompanying organisation',
  certificateur: 'The certifier, for its decisions',
  email: 'E-mail:',
  phone: 'Phone:',
  website: 'Website',
  changed: 'Your dossier has moved on: {label}.',
  parcoursSent: 'Sent by {aap} on {date}.',
  confirm: 'Confirm my path',
  confirmFailed: 'The confirmation failed. Check your connection and try again.',
  alreadyConfirmed: 'Your path was already confirmed.',
  confirmConflict: 'Your dossier had changed in the meantime: here it is, up to date.',
  nextPROJET: 'Choose an accompanying organisation and send it your application.',
  nextPROJET_AUTONOME: 'Send your feasibility dossier to a certifier.',
  nextVALIDATION:
    'The accompanying organisation is reviewing your application and will contact you.',
  nextPRISE_EN_CHARGE: 'Your adviser is preparing your path and its quote.',
  nextPARCOURS_ENVOYE:
    'Read the path and the quote your adviser sent you. By confirming your path, you accept them; a question? Contact your adviser first.',
  nextPARCOURS_CONFIRME: 'Prepare your feasibility dossier with your adviser.',
  nextDOSSIER_FAISABILITE_ENVOYE: 'The certifier is checking that your dossier is complete.',
  nextDOSSIER_FAISABILITE_COMPLET:
    'The certifier is reviewing whether your dossier is admissible; it will tell you its decision.',
  nextDOSSIER_FAISABILITE_INCOMPLET:
    'Complete your dossier following the certifier’s remarks, then send it again.',
  nextDOSSIER_FAISABILITE_RECEVABLE: 'Write your validation dossier, then send it.',
  nextDOSSIER_FAISABILITE_NON_RECEVABLE:
    'Your dossier is not admissible. Talk to your adviser or the certifier about what you can do next.',
  nextDOSSIER_DE_VALIDATION_ENVOYE:
    'The certifier is checking your validation dossier and will then invite you to the jury.',
  nextDOSSIER_DE_VALIDATION_SIGNALE:
    'Correct your validation dossier following the certifier’s remarks, then send it again.',
  nextJURY_SCHEDULED: 'Get ready for the jury; tell the certifier if you cannot attend.',
  nextJURY_AWAITING_RESULT: 'The certifier will record the jury’s result soon.',
  nextFULL_SUCCESS: 'Congratulations! The certifier will award you the certification.',
  nextPARTIAL_SUCCESS:
    'You validated part of the certification: you may present a new validation dossier for the rest.',
  nextFAILURE: 'You may present a new validation dossier with your adviser.',
  nextDID_NOT_ATTEND: 'Contact the certifier to be invited to a later jury session.',
  nextABANDONMENT_DECLARED:
    'Your organisation declared that you abandoned your application: contact it to confirm or contest this.',
  nextABANDONED:
    'Your application is abandoned. To take up your project again, contact an accompanying organisation.',
  nextARCHIVE:
    'Your application is archived. To take it up again, contact your accompanying organisation.',
};
