import { VaeCertificateurInbox } from './vae-certificateur-inbox.js';

// Two partner scripts on one page (or the full bundle plus this one) must not throw.
if (!customElements.get('vae-certificateur-inbox')) {
  customElements.define('vae-certificateur-inbox', VaeCertificateurInbox);
}

export { VaeCertificateurInbox };
