import { expect, fixture, html } from '@open-wc/testing';
import type { ProbeElement } from '../test-support/probe-element.js';
import '../test-support/probe-element.js';

describe('VaeElement', () => {
  it('emits events that bubble out of shadow roots up to the document', async () => {
    // The probe lives inside another component's shadow root, as in a partner's own widget.
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = outer.attachShadow({ mode: 'open' });
    const probe = document.createElement('vae-test-probe');
    shadow.append(probe);
    await probe.updateComplete;

    // The path and the retargeted target only exist while the event is dispatched.
    let seen:
      | { event: Event; target: EventTarget | null; origin: EventTarget | undefined }
      | undefined;
    document.addEventListener(
      'vae-error',
      (event) => {
        seen = { event, target: event.target, origin: event.composedPath()[0] };
      },
      { once: true },
    );
    probe.fail({ code: 'TEST', value: 42 });

    if (!seen) throw new Error('the document did not receive vae-error');
    const event = seen.event as CustomEvent;
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event.detail).to.deep.equal({ code: 'TEST', value: 42 });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    // Compared as booleans: chai would walk the element's API client (a Proxy) to print it.
    expect(seen.origin === probe, 'composedPath starts at the probe').to.equal(true);
    // Seen from the document, the target is retargeted to the outermost host.
    expect(seen.target === outer, 'target is the outer host').to.equal(true);
  });

  it('speaks the language of its closest lang attribute', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en-GB"><vae-test-probe></vae-test-probe></div>`,
    );
    const probe = wrapper.querySelector<ProbeElement>('vae-test-probe')!;
    expect(probe.currentLanguage).to.equal('en');
    probe.setAttribute('lang', 'fr');
    expect(probe.currentLanguage).to.equal('fr');
  });

  it('takes its API base from api-base, else from the page (no /widgets/ script URL here)', async () => {
    const probe = await fixture<ProbeElement>(html`<vae-test-probe></vae-test-probe>`);
    expect(probe.currentApiBase).to.equal(location.origin);
    probe.setAttribute('api-base', 'https://vae.example.org/sub/');
    expect(probe.apiBase).to.equal('https://vae.example.org/sub/');
    expect(probe.currentApiBase).to.equal('https://vae.example.org/sub');
    expect(probe.client.health.$url().href).to.equal('https://vae.example.org/sub/api/v1/health');
  });

  it('rebuilds its API client when the partner key changes', async () => {
    const probe = await fixture<ProbeElement>(
      html`<vae-test-probe api-base="https://vae.example.org" partner="pk_a"></vae-test-probe>`,
    );
    // Compared as booleans: chai would walk the client's Proxy to print it.
    const first = probe.client;
    expect(probe.client === first).to.equal(true);
    probe.partner = 'pk_b';
    expect(probe.client === first).to.equal(false);
  });
});
