import type { ApiProblemDetails } from './api-problem.js';

/**
 * The events the elements emit, by name → `detail` type. Each element augments it with its own
 * events (`declare module '../shared/events.js' { interface VaeEventMap { … } }`), so `emit()`
 * and `addEventListener()` are typed for all of them.
 */
export interface VaeEventMap {
  /** Something the element could not do; it also shows the user what happened. */
  'vae-error': VaeErrorDetail;
}

export interface VaeErrorDetail {
  /** Stable, machine-readable: `UNKNOWN_STATUS`, `API_ERROR`, `NETWORK_ERROR`… */
  code: string;
  /** The offending input, when the error is about an attribute or property value. */
  value?: unknown;
  /** The API's problem document, when the error comes from the API. */
  problem?: ApiProblemDetails;
}

export type VaeEventName = keyof VaeEventMap;

/** The DOM event for each name: `CustomEvent<detail>`, bubbling and composed. */
export type VaeEvents = { [K in VaeEventName]: CustomEvent<VaeEventMap[K]> };

declare global {
  // Partners get typed `addEventListener('vae-error', (e) => e.detail.code)` on any element,
  // the document and the window.
  interface GlobalEventHandlersEventMap extends VaeEvents {}
}
