/**
 * `vae-candidacy-action`: a professional inbox (`<vae-aap-inbox>`, `<vae-certificateur-inbox>`)
 * acted on a candidacy and the server accepted it. Declared once here, imported by both, so the
 * two declarations of the same event name cannot drift apart.
 */
export interface CandidacyActionDetail {
  /** The candidacy's id. */
  id: string;
  /** What was done: the state machine's event type (`DECIDE_FEASIBILITY`, `SCHEDULE_JURY`…). */
  action: string;
  /** The candidacy's status in the server's answer. */
  status: string;
}

declare module './events.js' {
  interface VaeEventMap {
    'vae-candidacy-action': CandidacyActionDetail;
  }
}
