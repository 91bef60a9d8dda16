export * from './actor.js';
export * from './apply-candidacy-event.js';
export * from './candidacy-step.js';
export * from './effects.js';
export * from './errors.js';
export {
  CANDIDACY_EVENT_RULES,
  type CandidacyEventRule,
  isFullSuccessJuryResult,
} from './event-rules.js';
export * from './event-schemas.js';
export * from './event-type.js';
export { allowedFeasibilityDecisions } from './feasibility-transitions.js';
export * from './state.js';
export type { CandidacyEventContext } from './transition.js';
