import { css } from 'lit';
import { token } from '../shared/theme.js';

export const aapPickerStyles = css`
  .vh {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
    gap: ${token('space-4')};
    align-items: start;
    margin-bottom: ${token('space-4')};
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
  }

  label,
  legend {
    font-weight: ${token('font-weight-bold')};
  }

  .field legend {
    padding: 0;
    margin-bottom: ${token('space-1')};
  }

  /* Labels and legends on one line keep the fields of a row aligned. */
  .filters label:not(.choice),
  .filters legend {
    line-height: ${token('line-height-tight')};
  }

  .hint {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  input:not([type='radio']),
  select {
    box-sizing: border-box;
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
  }

  .field-error {
    color: ${token('color-danger')};
    font-size: ${token('font-size-sm')};
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')} ${token('space-4')};
  }

  .choice {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    min-height: 2.75rem;
    font-weight: ${token('font-weight-normal')};
  }

  input[type='radio'] {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    flex: none;
    accent-color: ${token('color-primary')};
  }

  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  .status,
  .selection,
  .notice {
    margin: 0 0 ${token('space-3')};
  }

  .status:empty {
    display: none;
  }

  .selection {
    padding: ${token('space-2')} ${token('space-3')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-success-surface')};
    color: ${token('color-success')};
    font-weight: ${token('font-weight-bold')};
  }

  .results {
    display: grid;
    gap: ${token('space-3')};
  }

  .card {
    display: flex;
    gap: ${token('space-3')};
    align-items: flex-start;
    padding: ${token('space-3')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: var(--vae-aap-picker-card-background, ${token('color-background')});
    cursor: pointer;
  }

  .card input {
    margin-top: 0.2rem;
  }

  .card:has(input:checked) {
    border-color: ${token('color-primary')};
    box-shadow: inset 0 0 0 1px ${token('color-primary')};
    background: ${token('color-primary-surface')};
  }

  .card-body {
    min-width: 0;
    flex: 1;
  }

  .name {
    display: block;
    font-size: ${token('font-size-md')};
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .facts {
    margin: ${token('space-1')} 0 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-4')};
    margin: ${token('space-2')} 0 0;
    padding: 0;
    list-style: none;
    font-size: ${token('font-size-sm')};
    overflow-wrap: anywhere;
  }

  a {
    color: ${token('color-primary')};
  }

  button {
    min-height: 2.75rem;
    padding: ${token('space-2')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-primary')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-background')};
    color: ${token('color-primary')};
    font: inherit;
    font-weight: ${token('font-weight-bold')};
    cursor: pointer;
  }

  .more {
    display: block;
    margin: ${token('space-4')} auto 0;
  }

  .more[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  .empty,
  .error {
    padding: ${token('space-4')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }

  .error {
    background: ${token('color-danger-surface')};
    color: ${token('color-danger')};
  }

  .empty p,
  .error p {
    margin: 0 0 ${token('space-3')};
    font-weight: ${token('font-weight-bold')};
  }

  .empty ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @media (forced-colors: active) {
    .card:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
