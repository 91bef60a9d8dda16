import { css } from 'lit';
import { token } from '../shared/theme.js';

export const questionnaireStyles = css`
  .questionnaire {
    display: flex;
    flex-direction: column;
    gap: ${token('space-4')};
    max-width: 48rem;
  }

  h2,
  h3,
  p,
  ul,
  dl,
  fieldset {
    margin: 0;
  }

  h2 {
    font-size: ${token('font-size-xl')};
    line-height: ${token('line-height-tight')};
  }

  .step-heading:focus {
    outline: none;
  }

  .step-heading:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .target {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-2')};
    padding: ${token('space-3')} ${token('space-4')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }

  .target-label {
    flex-basis: 100%;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .notice {
    padding: ${token('space-3')} ${token('space-4')};
    border-inline-start: 4px solid ${token('color-border')};
    background: ${token('color-surface')};
  }

  .alert {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: ${token('space-3')};
    border-inline-start-color: ${token('color-danger')};
  }

  form,
  .question {
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
  }

  fieldset {
    min-width: 0;
    padding: 0;
    border: 0;
  }

  legend {
    display: contents;
  }

  .progress,
  .hint {
    color: ${token('color-text-muted')};
  }

  .progress {
    font-size: ${token('font-size-sm')};
  }

  .question.has-error {
    padding-inline-start: ${token('space-4')};
    border-inline-start: 4px solid ${token('color-danger')};
  }

  .error-message {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-bold')};
  }

  .choices {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
  }

  .choice {
    display: flex;
    align-items: center;
    gap: ${token('space-3')};
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-background')};
  }

  .choice:has(input:checked) {
    border-color: ${token('color-primary')};
    background: ${token('color-primary-surface')};
  }

  .choice input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: ${token('color-primary')};
  }

  .choice label {
    flex: 1;
    cursor: pointer;
  }

  .text-input {
    font: inherit;
    max-width: 100%;
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-background')};
    color: inherit;
  }

  .text-input.short {
    width: 8rem;
  }

  .text-input.date {
    width: 10rem;
  }

  .text-input[aria-invalid='true'] {
    border-color: ${token('color-danger')};
    border-width: 2px;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    align-items: center;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    padding: ${token('space-2')} ${token('space-5')};
    border: 2px solid ${token('color-primary')};
    border-radius: ${token('radius-md')};
    font: inherit;
    font-weight: ${token('font-weight-bold')};
    text-decoration: none;
    cursor: pointer;
  }

  .button.primary {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }

  .button.secondary {
    background: ${token('color-background')};
    color: ${token('color-primary')};
  }

  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: ${token('color-primary')};
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .error-summary {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
    padding: ${token('space-4')};
    border: 3px solid ${token('color-danger')};
    border-radius: ${token('radius-md')};
  }

  .error-summary-title {
    font-size: ${token('font-size-lg')};
  }

  .error-summary a {
    color: ${token('color-danger')};
    font-weight: ${token('font-weight-bold')};
  }

  .summary {
    display: flex;
    flex-direction: column;
    border-top: ${token('border-width')} solid ${token('color-border')};
  }

  .summary-row {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: ${token('space-1')} ${token('space-4')};
    padding: ${token('space-3')} 0;
    border-bottom: ${token('border-width')} solid ${token('color-border')};
  }

  .summary dt {
    grid-column: 1 / -1;
    color: ${token('color-text-muted')};
  }

  .summary dd {
    margin: 0;
    font-weight: ${token('font-weight-bold')};
  }

  .summary dd.summary-change {
    font-weight: ${token('font-weight-normal')};
  }

  @media (forced-colors: active) {
    .choice:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
