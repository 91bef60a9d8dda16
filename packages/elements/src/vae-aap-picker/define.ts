import { VaeAapPicker } from './vae-aap-picker.js';

// Two partner scripts on one page (or the full bundle plus this one) must not throw.
if (!customElements.get('vae-aap-picker')) {
  customElements.define('vae-aap-picker', VaeAapPicker);
}

export { VaeAapPicker };
