import { CandidacyStatus } from '@vae/core';
import { html, nothing, type PropertyValues } from 'lit';
import { themeStyles } from '../shared/theme.js';
import { VaeElement } from '../shared/vae-element.js';
import { statusPhase } from './status-phase.js';
import { statusBadgeStyles } from './styles.js';

/**
 * The status of a candidacy as the candidate reads it ("Candidature prise en charge"), in a
 * pill coloured by phase: draft, in progress, favourable decision, unfavourable decision,
 * archived. Put it in a list of dossiers, next to a candidate's name.
 *
 * @summary Shows the candidate-facing label of a candidacy status.
 * @tag vae-status-badge
 *
 * @attr status - A `CandidacyStatus` value (`PROJET`, `PRISE_EN_CHARGE`, `ARCHIVE`…). Any
 *   other value renders nothing and emits `vae-error`.
 *
 * @event {CustomEvent<VaeErrorDetail>} vae-error - `{ code: 'UNKNOWN_STATUS', value }`, once per
 *   unknown `status` value.
 *
 * @csspart badge - The pill holding the label.
 *
 * @cssprop --vae-status-badge-font-size - Size of the label (default `--vae-font-size-sm`).
 * @cssprop --vae-status-badge-radius - Corner radius of the pill (default `--vae-radius-pill`).
 * @cssprop --vae-status-draft-background - Pill background for `PROJET`.
 * @cssprop --vae-status-draft-color - Label colour for `PROJET`.
 * @cssprop --vae-status-draft-border - Dashed border colour for `PROJET`.
 * @cssprop --vae-status-in-progress-background - Pill background while the dossier moves on.
 * @cssprop --vae-status-in-progress-color - Label colour while the dossier moves on.
 * @cssprop --vae-status-in-progress-border - Border colour while the dossier moves on.
 * @cssprop --vae-status-positive-background - Pill background for a favourable decision.
 * @cssprop --vae-status-positive-color - Label colour for a favourable decision.
 * @cssprop --vae-status-positive-border - Border colour for a favourable decision.
 * @cssprop --vae-status-negative-background - Pill background for an unfavourable decision.
 * @cssprop --vae-status-negative-color - Label colour for an unfavourable decision.
 * @cssprop --vae-status-negative-border - Border colour for an unfavourable decision.
 * @cssprop --vae-status-archived-background - Pill background for `ARCHIVE`.
 * @cssprop --vae-status-archived-color - Label colour for `ARCHIVE`.
 * @cssprop --vae-status-archived-border - Border colour for `ARCHIVE`.
 */
export class VaeStatusBadge extends VaeElement {
  static override styles = [themeStyles, statusBadgeStyles];

  static override properties = {
    status: { reflect: true },
  };

  /** The candidacy status to show, one of `CandidacyStatus.values`. */
  declare status: string | undefined;

  /** The last unknown value reported, so each one is reported once. */
  #reported: string | undefined;

  constructor() {
    super();
    this.status = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('status')) return;
    const status = this.status;
    if (status === undefined || CandidacyStatus.is(status)) {
      this.#reported = undefined;
    } else if (status !== this.#reported) {
      this.#reported = status;
      this.emit('vae-error', { code: 'UNKNOWN_STATUS', value: status });
    }
  }

  protected override render() {
    const status = this.status;
    if (!CandidacyStatus.is(status)) return nothing;
    return html`<span part="badge" class="badge" data-phase=${statusPhase(status)}
      >${CandidacyStatus.label(status, this.language)}</span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vae-status-badge': VaeStatusBadge;
  }
}
