import { VaeDiplomaSearch } from './vae-diploma-search.js';

// Two partner scripts on one page (or the full bundle plus this one) must not throw.
if (!customElements.get('vae-diploma-search')) {
  customElements.define('vae-diploma-search', VaeDiplomaSearch);
}

export { VaeDiplomaSearch };
