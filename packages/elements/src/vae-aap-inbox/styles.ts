import { css } from 'lit';
import { token } from '../shared/theme.js';

export const aapInboxStyles = css`
  :host {
    container-type: inline-size;
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd {
    margin: 0;
  }

  h2 {
    font-size: ${token('font-size-xl')};
    line-height: ${token('line-height-tight')};
  }

  h3 {
    font-size: ${token('font-size-lg')};
  }

  h4 {
    font-size: ${token('font-size-md')};
  }

  .stack {
    display: grid;
    gap: ${token('space-4')};
    align-content: start;
    min-width: 0;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-5')};
    align-items: start;
  }

  /*
   * Wide enough for the table and a dossier side by side (a portal's content column, ~1100 px):
   * the dossier stays in view next to the list while one scrolls it, the antennas' settings
   * under the list.
   */
  @container (min-width: 60rem) {
    .layout[data-panel] {
      grid-template-columns: minmax(0, 3fr) minmax(20rem, 2fr);
    }

    .layout[data-panel] > .panel {
      grid-column: 2;
      grid-row: 1 / span 2;
      position: sticky;
      top: ${token('space-4')};
      max-height: calc(100vh - 2 * ${token('space-4')});
      overflow-y: auto;
    }

    .layout[data-panel] > .settings {
      grid-column: 1;
    }
  }

  .muted {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-normal')};
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button {
    font: inherit;
    cursor: pointer;
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-primary')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-background')};
    color: ${token('color-primary')};
  }

  button.primary {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
    padding: 0;
    list-style: none;
  }

  .chips button {
    border-radius: ${token('radius-pill')};
    font-size: ${token('font-size-sm')};
  }

  .chips button[aria-pressed='true'] {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }

  details.site {
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    padding: ${token('space-2')} ${token('space-3')};
  }

  details.site summary {
    cursor: pointer;
    font-weight: ${token('font-weight-bold')};
  }

  details.site form {
    margin-block-start: ${token('space-3')};
  }

  .levels {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
    gap: ${token('space-2')};
  }

  fieldset {
    margin: 0;
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-3')};
  }

  legend {
    font-size: ${token('font-size-sm')};
  }

  label.check {
    font-weight: ${token('font-weight-normal')};
    display: inline-flex;
    gap: ${token('space-1')};
    align-items: center;
  }

  form.filters {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    align-items: end;
  }

  label,
  .field {
    display: grid;
    gap: ${token('space-1')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
  }

  input,
  select,
  textarea {
    font: inherit;
    font-weight: ${token('font-weight-normal')};
    padding: ${token('space-2')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-background')};
    color: ${token('color-text')};
    max-width: 100%;
  }

  select {
    max-width: 20rem;
  }

  .table-wrap {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: ${token('font-size-sm')};
    overflow-wrap: normal;
  }

  caption {
    text-align: start;
    font-weight: ${token('font-weight-bold')};
    padding-block-end: ${token('space-2')};
  }

  th,
  td {
    text-align: start;
    padding: ${token('space-2')};
    border-block-end: ${token('border-width')} solid ${token('color-surface-strong')};
    vertical-align: top;
  }

  thead th {
    background: ${token('color-surface')};
    border-block-end-color: ${token('color-border')};
  }

  th button {
    border: none;
    padding: 0;
    background: none;
    color: inherit;
    font-weight: inherit;
    text-align: start;
  }

  tbody th button {
    color: ${token('color-primary')};
    text-decoration: underline;
  }

  tr[aria-current='true'] {
    background: ${token('color-primary-surface')};
  }

  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }

  nav.pages {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-3')};
    align-items: center;
  }

  .panel {
    padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-background')};
  }

  .panel-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: ${token('space-2')};
    align-items: start;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: ${token('space-1')} ${token('space-3')};
  }

  dt {
    color: ${token('color-text-muted')};
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }

  .notice {
    padding: ${token('space-3')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-primary-surface')};
  }

  .notice[data-kind='error'] {
    background: ${token('color-danger-surface')};
    color: ${token('color-danger')};
  }

  .notice[data-kind='done'] {
    background: ${token('color-success-surface')};
    color: ${token('color-success')};
  }

  .notice:empty {
    display: none;
  }

  dialog {
    max-width: min(36rem, calc(100vw - 2rem));
    padding: ${token('space-5')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    color: ${token('color-text')};
    background: ${token('color-background')};
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }

  dialog form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-4')};
  }

  dialog input,
  dialog select,
  dialog textarea {
    box-sizing: border-box;
    width: 100%;
    max-width: none;
  }

  /* Narrow screens: one card per candidacy, each value with its column's name. */
  @container (max-width: 40rem) {
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')} ${token('space-4')};
    }

    thead th {
      border: none;
      background: none;
      padding: 0;
    }

    table,
    tbody,
    tr,
    tbody th,
    td {
      display: block;
    }

    tr {
      padding-block: ${token('space-2')};
      border-block-end: ${token('border-width')} solid ${token('color-border')};
    }

    tbody th,
    td {
      border: none;
      padding: ${token('space-1')} 0;
    }

    td::before {
      content: attr(data-label) ':\\00a0';
      color: ${token('color-text-muted')};
    }

    tr td.number {
      text-align: start;
    }

    select {
      width: 100%;
    }
  }
`;
