import { html, nothing } from 'lit';
import type { Lang, translate } from '../shared/lang.js';
import { type BrowseKey, browseCatalogues, ENGLISH_FACET_LABELS } from './browse-messages.js';
import type {
  CertificationFacets,
  CertificationFilters,
  CertificationItem,
  CertificationSearchResult,
} from './certification-api.js';
import type { RequestState } from './latest-request.js';

export type FilterName = keyof CertificationFilters;

/** What the "all certifications" panel shows, and what it calls back. */
export interface BrowseView {
  lang: Lang;
  state: RequestState<CertificationSearchResult>;
  /** The values each filter offers: the facets of the unfiltered list. */
  facets: CertificationFacets | undefined;
  filters: CertificationFilters;
  page: number;
  pageSize: number;
  errorMessage: string;
  retryLabel: string;
  loadingLabel: string;
  // Given by the element rather than imported, so that this chunk, loaded on demand, shares
  // no module with the element's own bundle.
  translate: typeof translate;
  renderBadges(item: CertificationItem): unknown;
  onFilter(name: FilterName, value: string): void;
  onResetFilters(): void;
  onPage(page: number): void;
  onChoose(item: CertificationItem): void;
  onRetry(): void;
}

function text(view: BrowseView, key: BrowseKey, params?: Record<string, string | number>) {
  return view.translate(browseCatalogues, view.lang, key, params);
}

interface FilterOption {
  value: string;
  label: string;
}

export { browseStyles } from './browse-styles.js';

/** A browsable, paginated list of the catalogue with filters, for people who lack the title. */
export function renderBrowse(view: BrowseView) {
  const { state } = view;
  const result = state.value;
  const pages = result ? Math.max(1, Math.ceil(result.total / view.pageSize)) : 1;
  const hasFilters = Boolean(view.filters.level || view.filters.type || view.filters.filiere);
  return html`<section id="browse" part="browse" class="browse" aria-labelledby="browse-title">
    <p id="browse-title" part="browse-title" class="browse-title">${text(view, 'browseTitle')}</p>
    <div part="filters" class="filters">
      ${renderFilter(view, 'level', text(view, 'filterLevel'), text(view, 'allLevels'), levelOptions(view))}
      ${renderFilter(view, 'type', text(view, 'filterType'), text(view, 'allTypes'), typeOptions(view))}
      ${renderFilter(view, 'filiere', text(view, 'filterFiliere'), text(view, 'allFilieres'), filiereOptions(view))}
      ${
        hasFilters
          ? html`<button type="button" part="button reset-filters" class="button link" @click=${view.onResetFilters}>
              ${text(view, 'resetFilters')}
            </button>`
          : nothing
      }
    </div>
    <p part="browse-status" class="browse-status" role="status">${browseStatus(view, pages)}</p>
    ${
      state.status === 'error'
        ? html`<div part="message error" class="message error">
            <p>${view.errorMessage}</p>
            <button type="button" part="button retry" class="button" @click=${view.onRetry}>
              ${view.retryLabel}
            </button>
          </div>`
        : nothing
    }
    ${
      result && result.items.length > 0
        ? html`<ul part="browse-list" class="browse-list" aria-busy=${state.status === 'pending' ? 'true' : 'false'}>
            ${result.items.map(
              (item) => html`<li>
                <button type="button" part="browse-option" class="browse-option" @click=${() => view.onChoose(item)}>
                  <span part="option-label" class="option-label">${item.label}</span>
                  ${view.renderBadges(item)}
                </button>
              </li>`,
            )}
          </ul>`
        : nothing
    }
    ${pages > 1 ? renderPagination(view, pages) : nothing}
  </section>`;
}

function browseStatus(view: BrowseView, pages: number): string {
  const { state } = view;
  if (state.status === 'error') return '';
  if (state.status === 'pending' || !state.value) return view.loadingLabel;
  const count = text(view, 'browseCount', { count: state.value.total });
  if (state.value.total === 0) return count;
  return `${count} · ${text(view, 'page', { page: view.page + 1, pages })}`;
}

function renderFilter(
  view: BrowseView,
  name: FilterName,
  label: string,
  all: string,
  options: FilterOption[],
) {
  // A filter with a single value (the element is restricted to it) has nothing to offer.
  if (options.length < 2 && !view.filters[name]) return nothing;
  const current = view.filters[name] ?? '';
  return html`<label part="filter" class="filter">
    <span class="filter-label">${label}</span>
    <select part="select" class="select" @change=${(event: Event) =>
      view.onFilter(name, (event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${current === ''}>${all}</option>
      ${options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.value === current}>${option.label}</option>`,
      )}
    </select>
  </label>`;
}

function levelOptions({ facets, lang }: BrowseView): FilterOption[] {
  return [...(facets?.level ?? [])]
    .sort((a, b) => a.value - b.value)
    .map((facet) => ({ value: String(facet.value), label: facetLabel(lang, facet) }));
}

function typeOptions({ facets }: BrowseView): FilterOption[] {
  return (facets?.type ?? [])
    .map((facet) => ({
      value: facet.value,
      label: facet.label === facet.value ? facet.value : `${facet.label} (${facet.value})`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

function filiereOptions({ facets, lang }: BrowseView): FilterOption[] {
  return (facets?.filiere ?? [])
    .map((facet) => ({ value: facet.value, label: facetLabel(lang, facet) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** The API labels facets in French; English has its own names for levels and filières. */
function facetLabel(lang: Lang, facet: { value: string | number; label: string }): string {
  return (lang === 'en' && ENGLISH_FACET_LABELS[facet.value]) || facet.label;
}

function renderPagination(view: BrowseView, pages: number) {
  const { page } = view;
  const first = page <= 0;
  const last = page >= pages - 1;
  // aria-disabled rather than disabled: the focused button must not vanish from the tab order.
  return html`<nav part="pagination" class="pagination" aria-label=${text(view, 'pagination')}>
    <button type="button" part="button previous" class="button" aria-disabled=${first ? 'true' : 'false'}
      @click=${() => first || view.onPage(page - 1)}>
      ${text(view, 'previous')}
    </button>
    <span class="page">${text(view, 'page', { page: page + 1, pages })}</span>
    <button type="button" part="button next" class="button" aria-disabled=${last ? 'true' : 'false'}
      @click=${() => last || view.onPage(page + 1)}>
      ${text(view, 'next')}
    </button>
  </nav>`;
}
