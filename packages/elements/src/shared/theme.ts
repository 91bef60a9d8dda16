import { type CSSResult, css, unsafeCSS } from 'lit';

/**
 * The design tokens: CSS custom properties `--vae-*` that partners set on `:root` or on an
 * element (they inherit into shadow roots). Each token below is `var(--vae-…, <default>)`, so
 * an element looks right with no host CSS. The defaults are a neutral look that meets WCAG AA
 * (text ≥ 4.5:1 on its background, borders and focus ring ≥ 3:1) — not the DSFR, whose
 * licence limits it to .gouv.fr sites. Styles use these tokens only, never raw values.
 */
const defaults = {
  'color-primary': '#1d4ed8',
  'color-on-primary': '#ffffff',
  'color-primary-surface': '#eaf0fd',
  'color-text': '#1c1f24',
  'color-text-muted': '#555d68',
  'color-background': '#ffffff',
  'color-surface': '#f5f6f8',
  'color-surface-strong': '#eceef1',
  'color-border': '#767c86',
  'color-focus': '#1d4ed8',
  'color-danger': '#b3261e',
  'color-danger-surface': '#fdecea',
  'color-success': '#146c2e',
  'color-success-surface': '#e6f4ea',
  'color-warning': '#8a4b00',
  'color-warning-surface': '#fff4e0',
  'font-family':
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  'font-size-xs': '0.75rem',
  'font-size-sm': '0.875rem',
  'font-size-md': '1rem',
  'font-size-lg': '1.25rem',
  'font-size-xl': '1.5rem',
  'font-weight-normal': '400',
  'font-weight-bold': '600',
  'line-height': '1.5',
  'line-height-tight': '1.25',
  'radius-sm': '0.25rem',
  'radius-md': '0.5rem',
  'radius-pill': '999px',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  'border-width': '1px',
  'focus-ring-width': '3px',
  'focus-ring-offset': '2px',
  'transition-duration': '150ms',
} as const;

export type TokenName = keyof typeof defaults;

/** `token('color-primary')` → `var(--vae-color-primary, #1d4ed8)`, for use in `css`. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--vae-${name}, ${defaults[name]})`);
}

/** The default value of each token (documentation, tests). */
export const tokenDefaults: Readonly<Record<TokenName, string>> = defaults;

/**
 * Shared by every element (first in `static styles`): the host box, `[hidden]`, the base font
 * and colour, a visible focus ring, and no motion for people who asked for less.
 */
export const themeStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: ${token('font-size-md')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus')};
    outline-offset: ${token('focus-ring-offset')};
  }

  @media (prefers-reduced-motion: reduce) {
    :host,
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      scroll-behavior: auto !important;
    }
  }
`;
