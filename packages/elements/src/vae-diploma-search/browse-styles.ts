import { css } from 'lit';
import { token } from '../shared/theme.js';

/** Styles of the "all certifications" panel, adopted by the element when the panel loads. */
export const browseStyles = css`
  .browse {
    margin-top: ${token('space-2')};
    padding-top: ${token('space-3')};
    border-top: ${token('border-width')} solid ${token('color-border')};
  }

  .browse-title {
    margin: 0 0 ${token('space-3')};
    font-size: ${token('font-size-lg')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-tight')};
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    align-items: end;
    gap: ${token('space-3')};
  }

  .filters .link {
    justify-self: start;
  }

  .filter-label {
    display: block;
    margin-bottom: ${token('space-1')};
    font-size: ${token('font-size-sm')};
    font-weight: ${token('font-weight-bold')};
  }

  .select {
    width: 100%;
    min-height: 2.75rem;
    padding: ${token('space-2')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-background')};
    color: ${token('color-text')};
    font: inherit;
  }

  .browse-status {
    margin: ${token('space-3')} 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }

  .browse-list {
    display: grid;
    gap: ${token('space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .browse-list[aria-busy='true'] {
    opacity: 0.6;
  }

  .browse-option {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: ${token('space-1')} ${token('space-2')};
    width: 100%;
    min-height: 2.75rem;
    padding: ${token('space-2')} ${token('space-3')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-md')};
    background: ${token('color-background')};
    color: ${token('color-text')};
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .browse-option:hover {
    border-color: ${token('color-primary')};
    background: ${token('color-primary-surface')};
  }

  .pagination {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-2')};
    margin-top: ${token('space-3')};
  }

  .page {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }
`;
