import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import { LOCALES } from '../shared/lang.js';
import { CATEGORY_GROUPS, type Category, countOf, sameCategory } from './categories.js';
import type { DecisionStats, InboxCounts, InboxPage, InboxRow } from './inbox-api.js';
import { formatDay, type InboxMessageKey, text } from './messages.js';

export type SortColumn = 'candidate' | 'certification' | 'department' | 'date' | 'status';
export interface SortState {
  column: SortColumn;
  ascending: boolean;
}

// French says "0 jour", "1,5 jour"; English "0 days", "1 day": the language's plural rules decide.
const dayKey = (lang: Lang, days: number) =>
  new Intl.PluralRules(LOCALES[lang]).select(days) === 'one' ? 'statsDay' : 'statsDays';

/** The 90-day recevabilité figures, at the top of the inbox. */
export function renderStats(lang: Lang, stats: DecisionStats | null) {
  if (!stats) return nothing;
  const delay =
    stats.averageDaysToDecision === null
      ? text(lang, 'statsNone')
      : text(lang, dayKey(lang, stats.averageDaysToDecision), {
          days: stats.averageDaysToDecision,
        });
  const share = (key: InboxMessageKey, value: number, tone: string) => html`
    <div class="figure" data-tone=${tone}>
      <dt>${text(lang, key)}</dt>
      <dd>${value.toLocaleString(LOCALES[lang])} %</dd>
    </div>
  `;
  return html`
    <section part="stats" class="stats" aria-labelledby="stats-title">
      <h3 id="stats-title">${text(lang, 'statsTitle', { days: stats.windowDays })}</h3>
      <dl>
        <div class="figure">
          <dt>${text(lang, 'statsDelay')}</dt>
          <dd>${delay}</dd>
        </div>
        ${share('statsFavourable', stats.shares.favourable, 'positive')}
        ${share('statsPending', stats.shares.pending, 'pending')}
        ${share('statsUnfavourable', stats.shares.unfavourable, 'negative')}
      </dl>
      <p class="muted">${text(lang, 'statsReceived', { count: stats.received })}</p>
    </section>
  `;
}

/** The categories with their counts: toggle buttons, the current one pressed. */
export function renderCategories(
  lang: Lang,
  counts: InboxCounts | null,
  current: Category,
  onSelect: (category: Category) => void,
) {
  return html`
    <nav part="categories" class="categories" aria-label=${text(lang, 'categories')}>
      ${CATEGORY_GROUPS.map(
        ({ kind, categories }) => html`
          <div class="group" role="group" aria-labelledby=${`group-${kind}`}>
            <h3 id=${`group-${kind}`}>${text(lang, `group_${kind}` as InboxMessageKey)}</h3>
            <ul>
              ${categories.map((category) => {
                const one = { kind, category };
                const count = countOf(counts, one);
                return html`<li>
                  <button
                    type="button"
                    part="category"
                    data-category=${`${kind}.${category}`}
                    aria-pressed=${sameCategory(one, current) ? 'true' : 'false'}
                    @click=${() => onSelect(one)}
                  >
                    ${text(lang, `${kind}.${category}` as InboxMessageKey)}
                    <span class="count">${count ?? '…'}</span>
                  </button>
                </li>`;
              })}
            </ul>
          </div>
        `,
      )}
    </nav>
  `;
}

const nameOf = (row: InboxRow) => `${row.candidate.familyName} ${row.candidate.givenName}`;
const dateOf = (row: InboxRow) => ('juryId' in row ? row.date : row.sentAt);

function compare(a: InboxRow, b: InboxRow, column: SortColumn, lang: Lang): number {
  const value = (row: InboxRow) =>
    ({
      candidate: nameOf(row),
      certification: row.certificationCode,
      department: row.candidate.department ?? '',
      date: dateOf(row),
      status: row.statusLabel[lang],
    })[column];
  return value(a).localeCompare(value(b), lang, { numeric: true, sensitivity: 'base' });
}

export interface TableHandlers {
  sort: (column: SortColumn) => void;
  open: (row: InboxRow, opener: HTMLElement) => void;
  page: (page: number) => void;
}

/** The current category's dossiers: a table sortable by each column, paginated by the server. */
export function renderTable(
  lang: Lang,
  category: Category,
  list: InboxPage,
  sort: SortState,
  on: TableHandlers,
) {
  const caption = text(lang, 'caption', {
    group: text(lang, `group_${category.kind}` as InboxMessageKey),
    category: text(lang, `${category.kind}.${category.category}` as InboxMessageKey),
    count: list.total,
  });
  if (list.items.length === 0) {
    return html`<p class="empty" part="empty" role="status">${caption}. ${text(lang, 'empty')}</p>`;
  }
  const rows = [...list.items].sort(
    (a, b) => compare(a, b, sort.column, lang) * (sort.ascending ? 1 : -1),
  );
  const header = (column: SortColumn, label: InboxMessageKey) => {
    const sorted = sort.column === column;
    return html`<th
      scope="col"
      aria-sort=${sorted ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" class="sort" @click=${() => on.sort(column)}>
        ${text(lang, label)}
        <span class="arrow" aria-hidden="true">${sorted ? (sort.ascending ? '▲' : '▼') : '↕'}</span>
      </button>
    </th>`;
  };
  return html`
    <h3 id="list-caption" class="caption">${caption}</h3>
    <p id="sort-hint" class="visually-hidden">${text(lang, 'sortHint')}</p>
    <div class="table-scroll" part="table-scroll" tabindex="0" role="region" aria-labelledby="list-caption">
      <table part="table" aria-labelledby="list-caption" aria-describedby="sort-hint">
        <thead>
          <tr>
            ${header('candidate', 'colCandidate')} ${header('certification', 'colCertification')}
            ${header('department', 'colDepartment')}
            ${header('date', category.kind === 'juries' ? 'colJuryDate' : 'colDate')}
            ${header('status', 'colStatus')}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr data-candidacy=${row.candidacyId}>
              <th scope="row">
                <button
                  type="button"
                  class="link"
                  @click=${(event: Event) => on.open(row, event.currentTarget as HTMLElement)}
                >
                  ${nameOf(row)}
                </button>
              </th>
              <td>${row.certificationCode}</td>
              <td>${row.candidate.department ?? ''}</td>
              <td>${formatDay(lang, dateOf(row))}</td>
              <td>${row.statusLabel[lang]}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${list.pageCount > 1 ? renderPager(lang, list, on.page) : nothing}
  `;
}

function renderPager(lang: Lang, list: InboxPage, page: (page: number) => void) {
  return html`<nav class="pager" aria-label=${text(lang, 'pageOf', { page: list.page, count: list.pageCount })}>
    <button type="button" ?disabled=${list.page <= 1} @click=${() => page(list.page - 1)}>
      ${text(lang, 'previous')}
    </button>
    <span>${text(lang, 'pageOf', { page: list.page, count: list.pageCount })}</span>
    <button type="button" ?disabled=${list.page >= list.pageCount} @click=${() => page(list.page + 1)}>
      ${text(lang, 'next')}
    </button>
  </nav>`;
}
