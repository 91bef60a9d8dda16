import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { CandidacyStatus } from '@vae/core';
import type { VaeErrorDetail } from '../shared/events.js';
import './define.js';
import type { VaeStatusBadge } from './vae-status-badge.js';

const badgeOf = (el: VaeStatusBadge) =>
  el.shadowRoot!.querySelector<HTMLElement>('[part~="badge"]');

/** Collects the vae-error events that reach the document while the test runs. */
function collectErrors() {
  const details: VaeErrorDetail[] = [];
  const listener = (event: CustomEvent<VaeErrorDetail>) => details.push(event.detail);
  document.addEventListener('vae-error', listener);
  return { details, stop: () => document.removeEventListener('vae-error', listener) };
}

describe('<vae-status-badge>', () => {
  it('shows the French tracker label by default', async () => {
    const el = await fixture<VaeStatusBadge>(
      html`<vae-status-badge status="PRISE_EN_CHARGE"></vae-status-badge>`,
    );
    expect(badgeOf(el)!.textContent).to.equal('Candidature prise en charge');
    expect(badgeOf(el)!.dataset['phase']).to.equal('in-progress');
  });

  it('speaks English under lang="en", on itself or an ancestor', async () => {
    const el = await fixture<VaeStatusBadge>(
      html`<vae-status-badge lang="en" status="PRISE_EN_CHARGE"></vae-status-badge>`,
    );
    expect(badgeOf(el)!.textContent).to.equal('Application taken over');
    const wrapper = await fixture<HTMLElement>(
      html`<p lang="en-GB"><vae-status-badge status="ARCHIVE"></vae-status-badge></p>`,
    );
    const inner = wrapper.querySelector('vae-status-badge')!;
    await inner.updateComplete;
    expect(badgeOf(inner)!.textContent).to.equal('Application archived');
  });

  it('follows changes of the status attribute', async () => {
    const el = await fixture<VaeStatusBadge>(
      html`<vae-status-badge status="PROJET"></vae-status-badge>`,
    );
    expect(badgeOf(el)!.textContent).to.equal('En brouillon');
    expect(badgeOf(el)!.dataset['phase']).to.equal('draft');
    el.setAttribute('status', 'DOSSIER_FAISABILITE_RECEVABLE');
    await el.updateComplete;
    expect(badgeOf(el)!.textContent).to.equal('Recevable');
    expect(badgeOf(el)!.dataset['phase']).to.equal('positive');
    el.status = 'DOSSIER_FAISABILITE_NON_RECEVABLE';
    await el.updateComplete;
    expect(badgeOf(el)!.dataset['phase']).to.equal('negative');
    expect(el.getAttribute('status')).to.equal('DOSSIER_FAISABILITE_NON_RECEVABLE');
  });

  it('renders nothing and emits vae-error once for an unknown status', async () => {
    const errors = collectErrors();
    try {
      const el = await fixture<VaeStatusBadge>(
        html`<vae-status-badge status="EN_VACANCES"></vae-status-badge>`,
      );
      expect(badgeOf(el)).to.equal(null);
      expect(el.getBoundingClientRect().width).to.equal(0);
      // Re-rendering (a language change) does not report the same value again.
      el.setAttribute('lang', 'en');
      el.requestUpdate();
      await el.updateComplete;
      await aTimeout(0);
      expect(errors.details).to.deep.equal([{ code: 'UNKNOWN_STATUS', value: 'EN_VACANCES' }]);
      // Another unknown value is reported; a valid one renders again.
      el.status = 'prise_en_charge';
      await el.updateComplete;
      expect(errors.details).to.have.length(2);
      el.status = 'PRISE_EN_CHARGE';
      await el.updateComplete;
      expect(badgeOf(el)!.textContent).to.equal('Application taken over');
    } finally {
      errors.stop();
    }
  });

  it('renders nothing, silently, without a status', async () => {
    const errors = collectErrors();
    try {
      const el = await fixture<VaeStatusBadge>(html`<vae-status-badge></vae-status-badge>`);
      expect(badgeOf(el)).to.equal(null);
      expect(errors.details).to.deep.equal([]);
    } finally {
      errors.stop();
    }
  });

  it('has a label and a phase for every status', async () => {
    for (const status of CandidacyStatus.values) {
      const el = await fixture<VaeStatusBadge>(
        html`<vae-status-badge status=${status}></vae-status-badge>`,
      );
      expect(badgeOf(el)!.textContent, status).to.equal(CandidacyStatus.label(status, 'fr'));
      expect(badgeOf(el)!.dataset['phase'], status).to.be.oneOf([
        'draft',
        'in-progress',
        'positive',
        'negative',
        'archived',
      ]);
    }
  });

  it('passes axe in French and in English, for every phase', async () => {
    for (const lang of ['fr', 'en']) {
      const wrapper = await fixture<HTMLElement>(html`
        <ul lang=${lang}>
          <li><vae-status-badge status="PROJET"></vae-status-badge></li>
          <li><vae-status-badge status="PRISE_EN_CHARGE"></vae-status-badge></li>
          <li><vae-status-badge status="DOSSIER_FAISABILITE_RECEVABLE"></vae-status-badge></li>
          <li><vae-status-badge status="DOSSIER_FAISABILITE_NON_RECEVABLE"></vae-status-badge></li>
          <li><vae-status-badge status="ARCHIVE"></vae-status-badge></li>
        </ul>
      `);
      await expect(wrapper).to.be.accessible();
    }
  });

  it('lets partners style the badge part and the phase tokens', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div style="--vae-status-positive-background: rgb(0, 0, 0); --vae-status-positive-color: rgb(255, 255, 255)">
        <vae-status-badge status="DOSSIER_FAISABILITE_RECEVABLE"></vae-status-badge>
      </div>
    `);
    const el = wrapper.querySelector('vae-status-badge')!;
    const style = getComputedStyle(badgeOf(el)!);
    expect(style.backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(style.color).to.equal('rgb(255, 255, 255)');
  });

  it('registers once: loading define.ts a second time does not throw', async () => {
    const Badge = customElements.get('vae-status-badge');
    // A distinct URL makes the browser evaluate the module again, like a second script tag.
    const again = new URL('./define.ts?again', import.meta.url).href;
    const module = (await import(/* @vite-ignore */ again)) as { VaeStatusBadge: unknown };
    expect(module.VaeStatusBadge).to.equal(Badge);
    expect(customElements.get('vae-status-badge')).to.equal(Badge);
  });
});
