import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ProbeElement } from '../test-support/probe-element.js';
import { normalizeLang, resolveLang } from './lang.js';
import '../test-support/probe-element.js';

describe('language', () => {
  it('keeps fr and en only, French by default', () => {
    expect(normalizeLang('en-GB')).to.equal('en');
    expect(normalizeLang('EN')).to.equal('en');
    expect(normalizeLang('fr-CA')).to.equal('fr');
    expect(normalizeLang('de')).to.equal('fr');
    expect(normalizeLang('')).to.equal('fr');
    expect(normalizeLang(null)).to.equal('fr');
  });

  it('reads the closest lang attribute, through shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en-GB"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><b></b></p><section lang="fr"><i></i></section>';
    expect(resolveLang(shadow.querySelector('b')!)).to.equal('en');
    expect(resolveLang(shadow.querySelector('i')!)).to.equal('fr');
  });

  it('defaults to French when no ancestor has a lang', async () => {
    const previous = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await fixture<HTMLDivElement>(html`<div></div>`);
      expect(resolveLang(el)).to.equal('fr');
    } finally {
      if (previous !== null) document.documentElement.setAttribute('lang', previous);
    }
  });

  it('re-renders an element when an ancestor changes its lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr"><vae-test-probe></vae-test-probe></div>`,
    );
    const probe = wrapper.querySelector<ProbeElement>('vae-test-probe')!;
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('fr');
    wrapper.setAttribute('lang', 'en');
    await waitUntil(() => probe.shadowRoot!.textContent === 'en', 'did not switch to English');
  });
});
