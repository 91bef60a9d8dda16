import { css } from 'lit';
import { token } from '../shared/theme.js';

/** The result screen's styles (its sections and headings too), adopted when its module loads. */
export const resultStyles = css`
  .result,
  section {
    display: flex;
    flex-direction: column;
    gap: ${token('space-3')};
  }

  h3 {
    font-size: ${token('font-size-lg')};
    line-height: ${token('line-height-tight')};
    margin-block-end: ${token('space-2')};
  }

  .outcome {
    padding: ${token('space-3')} ${token('space-4')};
    border-inline-start: 6px solid ${token('color-warning')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-warning-surface')};
  }

  [data-outcome='ELIGIBLE'] .outcome {
    border-color: ${token('color-success')};
    background: ${token('color-success-surface')};
  }

  [data-outcome='NOT_ELIGIBLE'] .outcome {
    border-color: ${token('color-danger')};
    background: ${token('color-danger-surface')};
  }

  .path {
    font-weight: ${token('font-weight-bold')};
  }

  .reasons,
  .funding,
  .years {
    display: flex;
    flex-direction: column;
    gap: ${token('space-2')};
    padding-inline-start: ${token('space-5')};
  }

  .funding li {
    display: flex;
    flex-direction: column;
  }

  .next .button {
    align-self: flex-start;
  }

  @media (forced-colors: active) {
    .outcome {
      border-color: Highlight;
    }
  }
`;
