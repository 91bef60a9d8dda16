import { VaeDossierStatus } from './vae-dossier-status.js';

// Two partner scripts on one page (or the full bundle plus this one) must not throw.
if (!customElements.get('vae-dossier-status')) {
  customElements.define('vae-dossier-status', VaeDossierStatus);
}

export { VaeDossierStatus };
