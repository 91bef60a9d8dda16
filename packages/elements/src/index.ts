// Registers every element (the CDN's vae-widgets.js) and exposes the classes and shared types.
import './vae-aap-inbox/define.js';
import './vae-aap-picker/define.js';
import './vae-certificateur-inbox/define.js';
import './vae-diploma-search/define.js';
import './vae-dossier-status/define.js';
import './vae-eligibility-questionnaire/define.js';
import './vae-journey/define.js';
import './vae-status-badge/define.js';

export {
  apiBaseFromScriptUrl,
  resolveApiBase,
} from './shared/api-base.js';
export {
  type ApiClient,
  type ApiClientOptions,
  createApiClient,
  type OkBody,
  readApi,
} from './shared/api-client.js';
export {
  type ApiFieldError,
  ApiProblem,
  type ApiProblemDetails,
  isAbortError,
  NETWORK_ERROR_TYPE,
} from './shared/api-problem.js';
export type { CandidacyActionDetail } from './shared/candidacy-action-event.js';
export type { VaeErrorDetail, VaeEventMap, VaeEventName, VaeEvents } from './shared/events.js';
export type { Lang } from './shared/lang.js';
export { type TokenName, tokenDefaults } from './shared/theme.js';
export { VaeElement } from './shared/vae-element.js';
export { VaeAapInbox } from './vae-aap-inbox/vae-aap-inbox.js';
export { type AapSelectDetail, VaeAapPicker } from './vae-aap-picker/vae-aap-picker.js';
export { VaeCertificateurInbox } from './vae-certificateur-inbox/vae-certificateur-inbox.js';
export {
  type DiplomaSelectDetail,
  VaeDiplomaSearch,
} from './vae-diploma-search/vae-diploma-search.js';
export {
  type SessionTokenAnswer,
  type StatusChangeDetail,
  VaeDossierStatus,
} from './vae-dossier-status/vae-dossier-status.js';
export {
  type CertificationRef,
  type EligibilityCompleteDetail,
  VaeEligibilityQuestionnaire,
} from './vae-eligibility-questionnaire/vae-eligibility-questionnaire.js';
export type { JourneyPrefill } from './vae-journey/prefill.js';
export {
  type CandidacyCreateDetail,
  type JourneyStepDetail,
  VaeJourney,
} from './vae-journey/vae-journey.js';
export { type StatusPhase, statusPhase } from './vae-status-badge/status-phase.js';
export { VaeStatusBadge } from './vae-status-badge/vae-status-badge.js';
