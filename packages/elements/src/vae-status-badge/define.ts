import { VaeStatusBadge } from './vae-status-badge.js';

// Two partner scripts on one page (or the full bundle plus this one) must not throw.
if (!customElements.get('vae-status-badge')) {
  customElements.define('vae-status-badge', VaeStatusBadge);
}

export { VaeStatusBadge };
