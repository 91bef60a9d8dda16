import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import type { CertificationItem } from './certification-api.js';
import { highlightSegments } from './highlight.js';
import { text } from './messages.js';

/** The title, with the parts that matched the query in `<mark>`. */
export function renderTitle(item: Pick<CertificationItem, 'label' | 'highlights'>) {
  return highlightSegments(item.label, item.highlights).map((segment) =>
    segment.marked ? html`<mark part="mark">${segment.text}</mark>` : segment.text,
  );
}

/** The type (BTS, CAP…), the level and the RNCP code of a certification, as small badges. */
export function renderBadges(
  lang: Lang,
  item: Pick<CertificationItem, 'type' | 'level' | 'rncpCode'>,
) {
  return html`<span class="badges">
    ${item.type ? html`<span part="badge badge-type" class="badge badge-type">${item.type.code}</span>` : nothing}
    ${
      item.level === null
        ? nothing
        : html`<span part="badge badge-level" class="badge">${text(lang, 'level', { level: String(item.level) })}</span>`
    }
    <span part="code" class="code">${item.rncpCode}</span>
  </span>`;
}
