import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../shared/lang.js';
import type { JourneyState } from './journey-state.js';
import { text } from './messages.js';

export interface ConfirmationView {
  lang: Lang;
  state: JourneyState;
  copyStatus: '' | 'copied' | 'copyFailed';
  /** The live status, once `<vae-dossier-status>` is loaded. */
  status: TemplateResult | typeof nothing;
  onCopy: () => void;
  onRestart: () => void;
}

/** The tracking code (copy, print), what was sent, and the candidacy's live status below. */
export function renderConfirmation(view: ConfirmationView) {
  const { lang, state, copyStatus } = view;
  const created = state.created;
  if (!created) return nothing;
  return html`
    <div class="tracking" part="tracking-code">
      <p class="tracking-label">${text(lang, 'trackingCodeLabel')}</p>
      <p class="code"><code>${created.trackingCode}</code></p>
      <p class="hint">${text(lang, 'trackingCodeHint')}</p>
      <div class="actions no-print">
        <button type="button" part="button" @click=${view.onCopy}>${text(lang, 'copy')}</button>
        <button type="button" part="button" @click=${() => window.print()}>${text(lang, 'print')}</button>
      </div>
      <p class="copy-status" role="status">${copyStatus ? text(lang, copyStatus) : ''}</p>
    </div>
    <dl class="recap" part="recap">
      ${
        state.certification
          ? html`<div><dt>${text(lang, 'summaryCertification')}</dt><dd>${state.certification.label}</dd></div>`
          : nothing
      }
      <div><dt>${text(lang, 'summaryAccompaniment')}</dt><dd>${
        state.accompaniment === 'AUTONOME'
          ? text(lang, 'autonomous')
          : (state.aap?.publicName ?? text(lang, 'accompanied'))
      }</dd></div>
    </dl>
    ${view.status}
    <div class="actions no-print">
      <button type="button" part="button" @click=${view.onRestart}>${text(lang, 'restart')}</button>
    </div>
  `;
}
