import { CandidacyStatus } from '@vae/core';
import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import { daysSince, formatDay, fullName } from './format.js';
import type { InboxPage, ListQuery, StatusCounts } from './inbox-api.js';
import { text } from './messages.js';

export interface Filters {
  status?: CandidacyStatus;
  certification?: string;
  q?: string;
  /** One antenna of the organism (the antennas' chips set it). */
  site?: string;
}

export type SortKey = 'candidate' | 'status' | 'updated' | 'waiting';
export interface Sort {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

const CERTIFICATION_CODE = /^(?:RNCP\d{3,5}|RS\d+)$/i;

/** One chip per status that has candidacies (and the selected one), plus "all". */
export function renderCounts(
  lang: Lang,
  counts: StatusCounts,
  selected: CandidacyStatus | undefined,
  select: (status: CandidacyStatus | undefined) => void,
) {
  const statuses = CandidacyStatus.values.filter(
    (status) => counts.counts[status] > 0 || status === selected,
  );
  const chip = (status: CandidacyStatus | undefined, label: string, count: number) => html`
    <li>
      <button type="button" aria-pressed=${String(selected === status)} @click=${() => select(status)}>
        ${label} (${count})
      </button>
    </li>
  `;
  return html`
    <ul class="chips" part="counts" aria-label=${text(lang, 'countsLabel')}>
      ${chip(undefined, text(lang, 'allStatuses'), counts.total)}
      ${statuses.map((status) => chip(status, CandidacyStatus.labels[status][lang], counts.counts[status]))}
    </ul>
  `;
}

export function renderFilters(
  lang: Lang,
  filters: Filters,
  on: { apply: (filters: Filters) => void; reset: () => void },
) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const certificationInput = form.elements.namedItem('certification') as HTMLInputElement;
    const certification = String(data.get('certification') ?? '')
      .trim()
      .toUpperCase();
    const valid = !certification || CERTIFICATION_CODE.test(certification);
    certificationInput.setCustomValidity(valid ? '' : text(lang, 'certificationInvalid'));
    if (!valid) {
      certificationInput.reportValidity();
      return;
    }
    const q = String(data.get('q') ?? '').trim();
    const status = String(data.get('status') ?? '') as CandidacyStatus | '';
    on.apply({
      ...(filters.site ? { site: filters.site } : {}),
      ...(q ? { q } : {}),
      ...(status ? { status } : {}),
      ...(certification ? { certification } : {}),
    });
  };
  return html`
    <form class="filters" role="search" @submit=${submit}>
      <label>
        ${text(lang, 'search')}
        <input type="search" name="q" maxlength="100" .value=${filters.q ?? ''} />
      </label>
      <label>
        ${text(lang, 'status')}
        <select name="status">
          <option value="" ?selected=${!filters.status}>${text(lang, 'allStatuses')}</option>
          ${CandidacyStatus.values.map(
            (status) =>
              html`<option value=${status} ?selected=${filters.status === status}>${CandidacyStatus.labels[status][lang]}</option>`,
          )}
        </select>
      </label>
      <label>
        ${text(lang, 'certification')}
        <input name="certification" size="12" .value=${filters.certification ?? ''} @input=${(event: Event) => (event.target as HTMLInputElement).setCustomValidity('')} />
      </label>
      <button type="submit" class="primary">${text(lang, 'apply')}</button>
      <button type="button" @click=${on.reset}>${text(lang, 'reset')}</button>
    </form>
  `;
}

const COLUMNS: { key: SortKey | null; label: Parameters<typeof text>[1] }[] = [
  { key: 'candidate', label: 'colCandidate' },
  { key: null, label: 'colCertification' },
  { key: 'status', label: 'colStatus' },
  { key: 'updated', label: 'colUpdated' },
  { key: 'waiting', label: 'colWaiting' },
];

/**
 * The server's order for a column's sort: the whole list is sorted, not the page. Waiting longest
 * is changed least recently.
 */
export function serverOrder(sort: Sort | null): Pick<ListQuery, 'sort' | 'order'> {
  if (!sort) return {};
  const ascending = sort.direction === 'ascending';
  switch (sort.key) {
    case 'candidate':
    case 'status':
      return { sort: sort.key, order: ascending ? 'asc' : 'desc' };
    case 'updated':
      return { sort: 'lastChange', order: ascending ? 'asc' : 'desc' };
    case 'waiting':
      return { sort: 'lastChange', order: ascending ? 'desc' : 'asc' };
  }
}

export function renderTable(
  lang: Lang,
  page: InboxPage,
  sort: Sort | null,
  openId: string | null,
  on: {
    sort: (sort: Sort) => void;
    open: (id: string, opener: HTMLElement) => void;
    goTo: (page: number) => void;
  },
) {
  if (!page.total) return html`<p class="notice">${text(lang, 'empty')}</p>`;
  const pages = Math.max(1, page.pageCount);
  const header = ({ key, label }: (typeof COLUMNS)[number]) => {
    if (!key) return html`<th scope="col">${text(lang, label)}</th>`;
    const direction = sort?.key === key ? sort.direction : undefined;
    const next = direction === 'ascending' ? 'descending' : 'ascending';
    return html`
      <th scope="col" aria-sort=${direction ?? 'none'}>
        <button type="button" @click=${() => on.sort({ key, direction: next })}>
          ${text(lang, label)}<span aria-hidden="true">${direction === 'ascending' ? ' ▲' : direction === 'descending' ? ' ▼' : ''}</span>
        </button>
      </th>
    `;
  };
  return html`
    <div class="table-wrap">
      <table part="table">
        <caption>
          ${text(lang, 'tableCaption', { page: page.page, pages, total: page.total })}
          <span class="muted">${text(lang, 'sortHint')}</span>
        </caption>
        <thead><tr>${COLUMNS.map(header)}</tr></thead>
        <tbody>
          ${page.items.map((item) => {
            const name = fullName(item.candidate);
            return html`
              <tr aria-current=${item.id === openId ? 'true' : 'false'}>
                <th scope="row">
                  <button type="button" data-id=${item.id} aria-label=${text(lang, 'open', { name })}
                    @click=${(event: Event) => on.open(item.id, event.currentTarget as HTMLElement)}>${name}</button>
                </th>
                <td data-label=${text(lang, 'colCertification')}>
                  ${item.certificationLabel ?? ''} <span class="muted">${item.certificationCode}</span>
                </td>
                <td data-label=${text(lang, 'colStatus')}>${CandidacyStatus.labels[item.status as CandidacyStatus]?.[lang] ?? item.status}</td>
                <td data-label=${text(lang, 'colUpdated')}><time datetime=${item.updatedAt}>${formatDay(lang, item.updatedAt)}</time></td>
                <td data-label=${text(lang, 'colWaiting')} class="number">${daysSince(item.updatedAt)}</td>
              </tr>
            `;
          })}
        </tbody>
      </table>
    </div>
    ${
      pages > 1
        ? html`<nav class="pages" aria-label=${text(lang, 'pagination')}>
            <button type="button" ?disabled=${page.page <= 1} @click=${() => on.goTo(page.page - 1)}>${text(lang, 'previous')}</button>
            <span>${text(lang, 'pageOf', { page: page.page, pages })}</span>
            <button type="button" ?disabled=${page.page >= pages} @click=${() => on.goTo(page.page + 1)}>${text(lang, 'next')}</button>
          </nav>`
        : nothing
    }
  `;
}
