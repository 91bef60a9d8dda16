import { css } from 'lit';
import { token } from '../shared/theme.js';

/** The contrat pro + VAE estimate's styles, adopted when its module loads. */
export const estimateStyles = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: ${token('space-1')};
  }

  .field label {
    font-weight: ${token('font-weight-bold')};
  }

  .estimate {
    padding: ${token('space-4')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
  }

  .amounts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: ${token('space-3')};
  }

  .amounts legend {
    display: block;
    grid-column: 1 / -1;
    margin-block-end: ${token('space-2')};
    font-weight: ${token('font-weight-bold')};
  }

  details summary {
    cursor: pointer;
    color: ${token('color-primary')};
    margin-block-end: ${token('space-3')};
  }

  .table-scroll {
    overflow-x: auto;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: ${token('font-size-sm')};
  }

  th,
  td {
    padding: ${token('space-2')};
    border-bottom: ${token('border-width')} solid ${token('color-border')};
    text-align: end;
    white-space: nowrap;
  }

  th[scope='row'],
  thead th:first-child {
    text-align: start;
    white-space: normal;
  }

  thead th {
    white-space: normal;
    vertical-align: bottom;
  }

  .limits {
    display: block;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-xs')};
    font-weight: ${token('font-weight-normal')};
    white-space: normal;
  }

  .table-title {
    margin: 0;
    font-size: ${token('font-size-md')};
  }

  td.accepted {
    font-weight: ${token('font-weight-bold')};
  }

  tfoot th,
  tfoot td {
    font-weight: ${token('font-weight-bold')};
  }
`;
