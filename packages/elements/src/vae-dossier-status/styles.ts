import { css } from 'lit';
import { token } from '../shared/theme.js';

export const dossierStatusStyles = css`
  :host {
    max-width: 48rem;
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  p,
  ol,
  ul,
  dl,
  dd {
    margin: 0;
  }

  h2 {
    font-size: ${token('font-size-xl')};
    line-height: ${token('line-height-tight')};
  }

  h3 {
    font-size: ${token('font-size-md')};
  }

  .stack {
    display: grid;
    gap: ${token('space-4')};
  }

  .muted {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* The step's label, in the colours of <vae-status-badge> (same tokens). */
  .badge {
    display: inline-block;
    padding: ${token('space-1')} ${token('space-3')};
    border-radius: ${token('radius-pill')};
    font-weight: ${token('font-weight-bold')};
    background: var(--vae-status-in-progress-background, ${token('color-primary-surface')});
    color: var(--vae-status-in-progress-color, ${token('color-primary')});
  }

  .badge[data-phase='positive'] {
    background: var(--vae-status-positive-background, ${token('color-success-surface')});
    color: var(--vae-status-positive-color, ${token('color-success')});
  }

  .badge[data-phase='negative'] {
    background: var(--vae-status-negative-background, ${token('color-danger-surface')});
    color: var(--vae-status-negative-color, ${token('color-danger')});
  }

  .badge[data-phase='archived'] {
    background: var(--vae-status-archived-background, ${token('color-surface-strong')});
    color: var(--vae-status-archived-color, ${token('color-text-muted')});
  }

  .panel {
    padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-background')};
  }

  .notice {
    padding: ${token('space-3')} ${token('space-4')};
    border-left: 4px solid ${token('color-danger')};
    background: ${token('color-danger-surface')};
  }

  .notice.warning {
    border-left-color: ${token('color-warning')};
    background: ${token('color-warning-surface')};
  }

  /* The vertical timeline: a rail on the left, one marker per stage. */
  .timeline {
    list-style: none;
    padding: 0;
  }

  .stage {
    position: relative;
    padding: 0 0 ${token('space-5')} ${token('space-6')};
    break-inside: avoid;
  }

  .stage::before {
    content: '';
    position: absolute;
    top: 0.35em;
    left: 0.375rem;
    bottom: -0.35em;
    border-left: 2px solid ${token('color-border')};
  }

  .stage:last-child::before {
    display: none;
  }

  .stage::after {
    content: '';
    position: absolute;
    top: 0.35em;
    left: 0;
    width: 0.75rem;
    height: 0.75rem;
    box-sizing: border-box;
    border: 2px solid ${token('color-border')};
    border-radius: 50%;
    background: ${token('color-background')};
  }

  .stage[data-state='done']::after {
    border-color: ${token('color-success')};
    background: ${token('color-success')};
  }

  .stage[data-state='current']::after {
    border-color: ${token('color-primary')};
    background: ${token('color-primary')};
    box-shadow: 0 0 0 4px ${token('color-primary-surface')};
  }

  .stage[data-state='stopped']::after {
    border-color: ${token('color-text-muted')};
    background: ${token('color-surface-strong')};
  }

  .stage-title {
    font-weight: ${token('font-weight-bold')};
  }

  .stage[data-state='upcoming'] .stage-title {
    color: ${token('color-text-muted')};
    font-weight: ${token('font-weight-normal')};
  }

  .stage-state {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .entries {
    display: grid;
    gap: ${token('space-1')};
    margin-top: ${token('space-2')};
    padding: 0;
    list-style: none;
    font-size: ${token('font-size-sm')};
  }

  .comment {
    margin-top: ${token('space-1')};
    padding: ${token('space-2')} ${token('space-3')};
    border-left: 3px solid ${token('color-warning')};
    background: ${token('color-warning-surface')};
    font-size: ${token('font-size-md')};
  }

  .details {
    display: grid;
    gap: ${token('space-1')};
    margin-top: ${token('space-2')};
  }

  .contacts {
    display: grid;
    gap: ${token('space-4')};
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }

  a {
    color: ${token('color-primary')};
  }

  form {
    display: grid;
    gap: ${token('space-2')};
  }

  form h3 {
    margin-bottom: ${token('space-2')};
  }

  label {
    font-weight: ${token('font-weight-bold')};
  }

  input {
    width: 100%;
    max-width: 28rem;
    box-sizing: border-box;
    font: inherit;
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    max-width: 100%;
  }

  input[aria-invalid='true'] {
    border-color: ${token('color-danger')};
  }

  .error {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-bold')};
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }

  button {
    font: inherit;
    padding: ${token('space-2')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-primary')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-background')};
    color: ${token('color-primary')};
    cursor: pointer;
  }

  button.primary {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    justify-self: start;
  }

  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  /* A candidate prints it for an appointment: ink only, no controls, contacts spelled out. */
  @media print {
    :host {
      max-width: none;
      color: #000;
    }

    .actions,
    form,
    .notice.warning {
      display: none;
    }

    .panel,
    .badge,
    .comment {
      border: 1px solid #000;
      background: none;
      color: #000;
    }

    .stage::after,
    .stage[data-state]::after {
      box-shadow: none;
      border-color: #000;
    }

    .stage[data-state='done']::after,
    .stage[data-state='current']::after {
      background: #000;
    }
  }

  @media (forced-colors: active) {
    .stage::after {
      border-color: CanvasText;
    }

    .stage[data-state='done']::after,
    .stage[data-state='current']::after {
      background: CanvasText;
    }
  }
`;
