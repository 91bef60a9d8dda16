// Registers every element (the CDN's vae-widgets.js) and exposes the classes and shared types.
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
export type { VaeErrorDetail, VaeEventMap, VaeEventName, VaeEvents } from './shared/events.js';
export type { Lang } from './shared/lang.js';
export { type TokenName, tokenDefaults } from './shared/theme.js';
export { VaeElement } from './shared/vae-element.js';
export { type StatusPhase, statusPhase } from './vae-status-badge/status-phase.js';
export { VaeStatusBadge } from './vae-status-badge/vae-status-badge.js';
