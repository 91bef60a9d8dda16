import { html } from 'lit';
import type { VaeErrorDetail } from '../shared/events.js';
import { VaeElement } from '../shared/vae-element.js';

/** A bare element on the base class, exposing its protected helpers to the tests. */
export class ProbeElement extends VaeElement {
  get currentLanguage() {
    return this.language;
  }

  get currentApiBase() {
    return this.resolvedApiBase;
  }

  get client() {
    return this.apiClient;
  }

  fail(detail: VaeErrorDetail) {
    return this.emit('vae-error', detail);
  }

  protected override render() {
    return html`${this.language}`;
  }
}

if (!customElements.get('vae-test-probe')) customElements.define('vae-test-probe', ProbeElement);

declare global {
  interface HTMLElementTagNameMap {
    'vae-test-probe': ProbeElement;
  }
}
