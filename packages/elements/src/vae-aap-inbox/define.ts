import { VaeAapInbox } from './vae-aap-inbox.js';

// Two partner scripts on one page (or the full bundle plus this one) must not throw.
if (!customElements.get('vae-aap-inbox')) {
  customElements.define('vae-aap-inbox', VaeAapInbox);
}

export { VaeAapInbox };
