import { css, html } from 'lit';
import type { ApiProblem } from './api-problem.js';
import type { Lang } from './lang.js';
import type { RefusalHost } from './partner-refusal.js';
import { token } from './theme.js';

// Loaded by partner-refusal.ts on first use only: every element shares these strings without
// carrying them in its bundle.
const strings = {
  fr: {
    title: 'Ce service n’est pas disponible sur ce site.',
    body: 'Le site qui vous accueille n’est pas autorisé à l’utiliser pour le moment : son responsable doit vérifier son installation.',
    detail: 'Pour le responsable du site :',
  },
  en: {
    title: 'This service is not available on this website.',
    body: 'This website is not allowed to use it at the moment: its owner needs to check how it is set up.',
    detail: 'For the website owner:',
  },
} as const;

/** What the partner's developer should do, by refusal code (http/partner-origin.ts of the BFF). */
const fixes: Readonly<Record<string, string>> = {
  ORIGIN_NOT_ALLOWED: `add ${location.origin} to the allowed origins of the partner`,
  PARTNER_KEY_INVALID: 'the `partner` key is unknown or revoked: set a live publishable key',
  PARTNER_KEY_MISSING: 'set the `partner` attribute to the publishable key (pk_…)',
};

const noticeStyles = css`
  .refusal {
    padding: ${token('space-3')} ${token('space-4')};
    border-inline-start: 4px solid ${token('color-warning')};
    border-radius: ${token('radius-sm')};
    background: ${token('color-warning-surface')};
    color: ${token('color-text')};
  }

  .refusal p {
    margin: 0;
  }

  .refusal p + p {
    margin-block-start: ${token('space-2')};
  }

  .refusal-title {
    font-weight: ${token('font-weight-bold')};
  }

  .refusal-detail {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-sm')};
  }
`;

/** Codes already explained in the console: once per page, whatever the number of elements. */
const warned = new Set<string>();

/** The notice of a refused partner key or origin (see `partnerRefusal`). */
export function renderPartnerRefusal(
  host: RefusalHost,
  lang: Lang,
  problem: ApiProblem,
  role: 'alert' | 'status',
) {
  const code = problem.code ?? '';
  adoptNoticeStyles(host.renderRoot);
  if (!warned.has(code)) {
    warned.add(code);
    console.warn(
      `<${host.localName}>: the vae-widgets API refused this page (${code}): ${fixes[code] ?? problem.detail}.`,
      problem.detail,
      problem.requestId ? `(request ${problem.requestId})` : '',
    );
  }
  const text = strings[lang];
  return html`<div class="refusal" part="refusal" role=${role} data-code=${code}>
    <p class="refusal-title">${text.title}</p>
    <p>${text.body}</p>
    <p class="refusal-detail">${text.detail} <code>${code}</code></p>
  </div>`;
}

function adoptNoticeStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = noticeStyles.styleSheet;
  // Every browser with custom elements v1 and ElementInternals has constructable stylesheets.
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
