import { VaeEligibilityQuestionnaire } from './vae-eligibility-questionnaire.js';

// Two partner scripts on one page (or the full bundle plus this one) must not throw.
if (!customElements.get('vae-eligibility-questionnaire')) {
  customElements.define('vae-eligibility-questionnaire', VaeEligibilityQuestionnaire);
}

export { VaeEligibilityQuestionnaire };
