import { VaeJourney } from './vae-journey.js';

// Two partner scripts on one page (or the full bundle plus this one) must not throw.
if (!customElements.get('vae-journey')) {
  customElements.define('vae-journey', VaeJourney);
}

export { VaeJourney };
