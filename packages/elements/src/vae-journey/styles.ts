import { css } from 'lit';
import { token } from '../shared/theme.js';

export const journeyStyles = css`
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .progress {
    margin-bottom: ${token('space-5')};
  }

  .progress-count {
    margin: 0 0 ${token('space-2')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .progress ol {
    display: flex;
    gap: ${token('space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }

  .progress li {
    flex: 1 1 0;
    min-width: 0;
    padding-top: ${token('space-2')};
    border-top: 4px solid ${token('color-surface-strong')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
    line-height: ${token('line-height-tight')};
    counter-increment: step;
    overflow-wrap: anywhere;
  }

  .progress li::before {
    content: counter(step) '. ';
  }

  .progress li.done {
    border-top-color: ${token('color-primary')};
  }

  .progress li.current {
    border-top-color: ${token('color-primary')};
    color: ${token('color-text')};
    font-weight: ${token('font-weight-bold')};
  }

  /* On a phone only the current step's name is shown; the bar still shows how far it is. */
  @media (max-width: 30rem) {
    .progress li.current {
      flex-grow: 4;
    }
    .progress li:not(.current) {
      font-size: 0;
    }
    .progress li:not(.current)::before {
      content: none;
    }
  }

  h2 {
    margin: 0 0 ${token('space-4')};
    font-size: ${token('font-size-xl')};
    line-height: ${token('line-height-tight')};
  }

  h2:focus {
    outline: none;
  }

  h2:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
  }

  h3 {
    margin: 0 0 ${token('space-2')};
    font-size: ${token('font-size-lg')};
  }

  fieldset {
    margin: 0 0 ${token('space-4')};
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    gap: ${token('space-4')};
    margin-bottom: ${token('space-4')};
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
  }

  label {
    font-weight: ${token('font-weight-bold')};
  }

  .hint {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .required-legend {
    margin: 0 0 ${token('space-4')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .required {
    color: ${token('color-danger')};
  }

  input:not([type='radio'], [type='checkbox']) {
    width: 100%;
    min-height: 2.75rem;
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-background')};
    color: inherit;
    font: inherit;
  }

  input[aria-invalid='true'] {
    border-color: ${token('color-danger')};
    border-width: 2px;
  }

  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0.125rem 0 0;
    flex: none;
    accent-color: ${token('color-primary')};
  }

  .error {
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
  }

  .step-error {
    margin: ${token('space-4')} 0 0;
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: ${token('space-3')};
    padding: ${token('space-3')} ${token('space-4')};
    margin-bottom: ${token('space-2')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }

  .choice:has(input:checked) {
    border-color: ${token('color-primary')};
    background: ${token('color-primary-surface')};
  }

  .choice .hint {
    grid-column: 2;
  }

  .consent .check {
    display: flex;
    gap: ${token('space-3')};
    align-items: flex-start;
  }

  .consent label {
    font-weight: ${token('font-weight-normal')};
  }

  .privacy {
    margin-left: calc(1.25rem + ${token('space-3')});
  }

  a {
    color: ${token('color-primary')};
  }

  .chosen,
  .verdict {
    padding: ${token('space-3')} ${token('space-4')};
    border-left: 4px solid ${token('color-success')};
    background: ${token('color-success-surface')};
  }

  .nav,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    margin-top: ${token('space-5')};
  }

  .nav .primary {
    margin-left: auto;
  }

  button {
    min-height: 2.75rem;
    padding: ${token('space-2')} ${token('space-5')};
    border: 2px solid ${token('color-primary')};
    border-radius: ${token('radius-md')};
    background: ${token('color-background')};
    color: ${token('color-primary')};
    font: inherit;
    font-weight: ${token('font-weight-bold')};
    cursor: pointer;
  }

  button.primary {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }

  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  .alert {
    margin: ${token('space-4')} 0 0;
    padding: ${token('space-3')} ${token('space-4')};
    border-left: 4px solid ${token('color-danger')};
    background: ${token('color-danger-surface')};
  }

  .alert p {
    margin: 0 0 ${token('space-2')};
  }

  .loading {
    color: ${token('color-text-muted')};
  }

  .tracking {
    padding: ${token('space-4')};
    border: 2px solid ${token('color-primary')};
    border-radius: ${token('radius-md')};
    margin-bottom: ${token('space-5')};
  }

  .tracking p {
    margin: 0 0 ${token('space-2')};
  }

  .tracking-label {
    font-weight: ${token('font-weight-bold')};
  }

  .code code {
    display: block;
    padding: ${token('space-2')} ${token('space-3')};
    background: ${token('color-surface')};
    border-radius: ${token('radius-sm')};
    font-size: ${token('font-size-lg')};
    overflow-wrap: anywhere;
    user-select: all;
  }

  .tracking .actions {
    margin-top: ${token('space-3')};
  }

  .tracking .copy-status {
    margin: ${token('space-2')} 0 0;
  }

  .recap {
    display: grid;
    gap: ${token('space-2')};
    margin: 0 0 ${token('space-5')};
  }

  .recap dt {
    font-weight: ${token('font-weight-bold')};
  }

  .recap dd {
    margin: 0;
  }

  @media print {
    .no-print,
    .tracking .actions {
      display: none;
    }

    /* The heading keeps the focus after the last step: no ring on paper. */
    h2:focus-visible {
      outline: none;
    }
  }
`;
