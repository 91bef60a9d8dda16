import { css } from 'lit';
import { token } from '../shared/theme.js';

export const statusBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-width: 100%;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    max-width: 100%;
    padding: ${token('space-1')} ${token('space-3')};
    border: ${token('border-width')} solid var(--_border);
    border-radius: var(--vae-status-badge-radius, ${token('radius-pill')});
    background: var(--_background);
    color: var(--_color);
    font-size: var(--vae-status-badge-font-size, ${token('font-size-sm')});
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
    overflow-wrap: anywhere;
  }

  /* A dot in the phase's colour: a second cue besides the hue of the pill. */
  .badge::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: currentColor;
  }

  .badge[data-phase='draft'] {
    --_background: var(--vae-status-draft-background, ${token('color-surface')});
    --_color: var(--vae-status-draft-color, ${token('color-text')});
    --_border: var(--vae-status-draft-border, ${token('color-border')});
    border-style: dashed;
  }

  .badge[data-phase='draft']::before {
    background: transparent;
    border: 1px solid currentColor;
  }

  .badge[data-phase='in-progress'] {
    --_background: var(--vae-status-in-progress-background, ${token('color-primary-surface')});
    --_color: var(--vae-status-in-progress-color, ${token('color-primary')});
    --_border: var(--vae-status-in-progress-border, transparent);
  }

  .badge[data-phase='positive'] {
    --_background: var(--vae-status-positive-background, ${token('color-success-surface')});
    --_color: var(--vae-status-positive-color, ${token('color-success')});
    --_border: var(--vae-status-positive-border, transparent);
  }

  .badge[data-phase='negative'] {
    --_background: var(--vae-status-negative-background, ${token('color-danger-surface')});
    --_color: var(--vae-status-negative-color, ${token('color-danger')});
    --_border: var(--vae-status-negative-border, transparent);
  }

  .badge[data-phase='archived'] {
    --_background: var(--vae-status-archived-background, ${token('color-surface-strong')});
    --_color: var(--vae-status-archived-color, ${token('color-text-muted')});
    --_border: var(--vae-status-archived-border, transparent);
  }

  /* Forced colours (Windows high contrast): keep the pill's outline visible. */
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
