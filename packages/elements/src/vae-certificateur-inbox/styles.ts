import { css } from 'lit';
import { token } from '../shared/theme.js';

export const inboxStyles = css`
  /* Laid out by the width the portal gives it, not the window's. */
  :host {
    container-type: inline-size;
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  h4,
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

  h3,
  h4 {
    font-size: ${token('font-size-md')};
    line-height: ${token('line-height-tight')};
  }

  ul,
  ol {
    padding: 0;
    list-style: none;
  }

  .inbox,
  .dossier,
  .side,
  .side > section {
    display: grid;
    gap: ${token('space-4')};
    align-content: start;
  }

  .side > section {
    gap: ${token('space-2')};
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

  button {
    font: inherit;
    min-height: 2.5rem;
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-background')};
    color: ${token('color-text')};
    cursor: pointer;
  }

  button.primary {
    background: ${token('color-primary')};
    border-color: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }

  button:disabled,
  button[aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
    color: ${token('color-text-muted')};
    background: ${token('color-surface')};
  }

  button.link {
    min-height: auto;
    padding: 0;
    border: 0;
    background: none;
    color: ${token('color-primary')};
    text-decoration: underline;
    text-align: start;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }

  /* The 90-day figures. */
  .stats {
    display: grid;
    gap: ${token('space-2')};
    padding: ${token('space-4')};
    border-radius: ${token('radius-md')};
    background: ${token('color-surface')};
  }

  .stats dl {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: ${token('space-3')};
  }

  .figure dt {
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }

  .figure dd {
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
  }

  .figure[data-tone='positive'] dd {
    color: ${token('color-success')};
  }

  .figure[data-tone='negative'] dd {
    color: ${token('color-danger')};
  }

  /* Categories. */
  .categories {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-4')} ${token('space-6')};
  }

  .group {
    display: grid;
    gap: ${token('space-2')};
    align-content: start;
  }

  .group ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }

  [part~='category'] {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-2')};
    border-radius: ${token('radius-pill')};
  }

  [part~='category'][aria-pressed='true'] {
    background: ${token('color-primary')};
    border-color: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }

  .count {
    min-width: 1.5rem;
    padding: 0 ${token('space-1')};
    border-radius: ${token('radius-pill')};
    background: ${token('color-surface-strong')};
    color: ${token('color-text')};
    font-weight: ${token('font-weight-bold')};
    text-align: center;
  }

  /* Table. */
  .table-scroll {
    overflow-x: auto;
  }

  /* Narrower than this, the table scrolls sideways rather than breaking words letter by letter. */
  table {
    width: 100%;
    min-width: 40rem;
    border-collapse: collapse;
    overflow-wrap: normal;
  }

  .caption {
    margin-block-end: calc(-1 * ${token('space-2')});
  }

  th,
  td {
    padding: ${token('space-2')};
    border-bottom: ${token('border-width')} solid ${token('color-border')};
    text-align: start;
    vertical-align: top;
  }

  thead th {
    padding: 0;
  }

  button.sort {
    width: 100%;
    border: 0;
    border-radius: 0;
    background: ${token('color-surface')};
    font-weight: ${token('font-weight-bold')};
    text-align: start;
  }

  .arrow {
    color: ${token('color-text-muted')};
  }

  tbody th {
    font-weight: ${token('font-weight-normal')};
  }

  .pager {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
  }

  /* Dossier. */
  .back {
    justify-self: start;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: ${token('space-2')} ${token('space-4')};
  }

  .facts dt {
    font-size: ${token('font-size-sm')};
    color: ${token('color-text-muted')};
  }

  .columns {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
    gap: ${token('space-5')};
  }

  .viewer {
    display: grid;
    gap: ${token('space-2')};
    align-content: start;
  }

  iframe {
    width: 100%;
    height: 36rem;
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
  }

  .history li {
    padding-block: ${token('space-1')};
    border-bottom: ${token('border-width')} solid ${token('color-surface-strong')};
  }

  q {
    display: block;
    font-style: italic;
  }

  .notice,
  .problem,
  .error {
    padding: ${token('space-3')};
    border-radius: ${token('radius-sm')};
  }

  .notice[data-tone='success'] {
    background: ${token('color-success-surface')};
    color: ${token('color-success')};
  }

  .notice[data-tone='warning'] {
    background: ${token('color-warning-surface')};
    color: ${token('color-warning')};
  }

  .problem,
  .error {
    background: ${token('color-danger-surface')};
    color: ${token('color-danger')};
  }

  .problem {
    display: grid;
    gap: ${token('space-2')};
    justify-items: start;
  }

  /* Dialog. */
  dialog {
    width: min(32rem, calc(100vw - 2rem));
    padding: ${token('space-5')};
    border: 0;
    border-radius: ${token('radius-md')};
    color: ${token('color-text')};
    background: ${token('color-background')};
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 50%);
  }

  dialog form,
  .fields {
    display: grid;
    gap: ${token('space-3')};
  }

  .fields {
    gap: ${token('space-1')};
  }

  input,
  select,
  textarea {
    font: inherit;
    padding: ${token('space-2')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-sm')};
    margin-block-end: ${token('space-2')};
  }

  @container (max-width: 48rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }

    iframe {
      height: 24rem;
    }
  }
`;
