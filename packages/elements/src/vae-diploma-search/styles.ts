import { css } from 'lit';
import { token } from '../shared/theme.js';

export const diplomaSearchStyles = css`
  :host {
    max-width: 100%;
  }

  .label {
    display: block;
    margin-bottom: ${token('space-1')};
    font-weight: ${token('font-weight-bold')};
  }

  .field {
    position: relative;
  }

  .input {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    margin: 0;
    padding: ${token('space-2')} ${token('space-3')};
    padding-inline-end: 4.5rem;
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-background')};
    color: ${token('color-text')};
    font: inherit;
  }

  /* Empty, the field shows no clear button nor spinner: the placeholder gets their room. */
  .input:placeholder-shown {
    padding-inline-end: ${token('space-3')};
  }

  .adornments {
    position: absolute;
    inset-block: 0;
    inset-inline-end: ${token('space-1')};
    display: flex;
    align-items: center;
    gap: ${token('space-1')};
  }

  .clear {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    border: 0;
    border-radius: ${token('radius-sm')};
    background: transparent;
    color: ${token('color-text-muted')};
    font: inherit;
    font-size: ${token('font-size-lg')};
    cursor: pointer;
  }

  .spinner {
    width: 1rem;
    height: 1rem;
    border: 2px solid ${token('color-surface-strong')};
    border-top-color: ${token('color-primary')};
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  .listbox {
    position: absolute;
    z-index: var(--vae-diploma-search-z-index, 10);
    inset-inline: 0;
    top: calc(100% + ${token('space-1')});
    max-height: var(--vae-diploma-search-popup-max-height, min(26rem, 70vh));
    overflow-y: auto;
    margin: 0;
    padding: ${token('space-1')} 0;
    list-style: none;
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-background')};
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.15);
  }

  .listbox[hidden] {
    display: none;
  }

  .option {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: ${token('space-2')};
    row-gap: ${token('space-1')};
    padding: ${token('space-2')} ${token('space-3')};
    border-inline-start: 3px solid transparent;
    cursor: pointer;
  }

  .option:hover {
    background: ${token('color-surface')};
  }

  .option[aria-selected='true'] {
    border-inline-start-color: ${token('color-primary')};
    background: ${token('color-primary-surface')};
  }

  .option-label {
    flex: 1 1 12rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }

  mark {
    background: transparent;
    color: inherit;
    font-weight: ${token('font-weight-bold')};
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }

  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-1')};
  }

  .badge {
    padding: 0 ${token('space-2')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-pill')};
    background: ${token('color-background')};
    font-size: ${token('font-size-xs')};
    line-height: ${token('line-height')};
    white-space: nowrap;
  }

  .badge-type {
    border-color: transparent;
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
    font-weight: ${token('font-weight-bold')};
  }

  .code {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-xs')};
  }

  .hint {
    margin: ${token('space-1')} 0 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .message {
    margin: ${token('space-2')} 0 0;
    padding: ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }

  .message p {
    margin: 0 0 ${token('space-2')};
  }

  .message.error {
    border-color: ${token('color-danger')};
    background: ${token('color-danger-surface')};
  }

  .tips {
    margin: 0;
    padding-inline-start: ${token('space-5')};
  }

  .button {
    min-height: 2.75rem;
    padding: ${token('space-2')} ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-primary')};
    border-radius: ${token('radius-md')};
    background: ${token('color-background')};
    color: ${token('color-primary')};
    font: inherit;
    font-weight: ${token('font-weight-bold')};
    cursor: pointer;
  }

  .button:hover {
    background: ${token('color-primary-surface')};
  }

  .button[aria-disabled='true'] {
    border-color: ${token('color-border')};
    background: ${token('color-surface')};
    color: ${token('color-text-muted')};
    cursor: not-allowed;
  }

  .button.link {
    padding: ${token('space-2')} 0;
    border: 0;
    background: transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .browse-toggle {
    margin-top: ${token('space-2')};
    text-align: start;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    .option:hover {
    background: ${token('color-surface')};
  }

  .option[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }

    .badge-type {
      border-color: CanvasText;
    }
  }
`;
