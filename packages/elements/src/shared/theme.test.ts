import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { themeStyles } from './theme.js';

class ThemeProbe extends LitElement {
  static override styles = [themeStyles];
  protected override render() {
    return html`<button>x</button>`;
  }
}
customElements.define('vae-theme-probe', ThemeProbe);

describe('theme', () => {
  it('gives each token its default when the page sets nothing', async () => {
    const el = await fixture<ThemeProbe>(html`<vae-theme-probe></vae-theme-probe>`);
    const host = getComputedStyle(el);
    expect(host.display).to.equal('block');
    expect(host.color).to.equal('rgb(28, 31, 36)');
    expect(host.fontFamily).to.contain('system-ui');
  });

  it('lets the page override a token, inherited into the shadow root', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="--vae-color-text: rgb(1, 2, 3)"><vae-theme-probe></vae-theme-probe></div>`,
    );
    expect(getComputedStyle(wrapper.querySelector('vae-theme-probe')!).color).to.equal(
      'rgb(1, 2, 3)',
    );
  });

  it('hides the host with the hidden attribute', async () => {
    const el = await fixture<ThemeProbe>(html`<vae-theme-probe hidden></vae-theme-probe>`);
    expect(getComputedStyle(el).display).to.equal('none');
  });

  it('draws a visible focus ring', async () => {
    const el = await fixture<ThemeProbe>(html`<vae-theme-probe></vae-theme-probe>`);
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus();
    // Programmatic focus after no pointer input matches :focus-visible in Chromium.
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(style.outlineWidth).to.equal('3px');
    expect(style.outlineColor).to.equal('rgb(29, 78, 216)');
  });
});
