import {
  CONTRAT_PRO_VAE_CAPS,
  ContratProVaeCostComponent,
  type ContratProVaeFundingEstimate,
  type ContratProVaeLimit,
} from '@vae/core';
import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import { estimateText } from './estimate-messages.js';
import { formatEuros } from './euros.js';

export const TABLE_ID = 'estimate-table';

/**
 * The estimate as a table: per cost, what was planned, its cap, what the OPCO funds (and what
 * limited it) and what is left to pay; then the amount of each contract year. The public funding
 * column shows only when some was declared.
 */
export function renderEstimateTable(lang: Lang, estimate: ContratProVaeFundingEstimate) {
  const euros = (cents: number) => formatEuros(lang, cents);
  const withPublic = estimate.totals.publicFundingCents > 0;
  const limits = (cappedBy: readonly ContratProVaeLimit[]) =>
    cappedBy.length === 0
      ? nothing
      : html`<span class="limits"
          >${estimateText(lang, 'limitedBy', {
            limits: cappedBy
              .map((limit) =>
                estimateText(lang, `limit.${limit}`, {
                  cap: euros(CONTRAT_PRO_VAE_CAPS.annualTotalCents),
                }),
              )
              .join(', '),
          })}</span
        >`;
  return html`<h4 class="table-title" id="estimate-caption">
      ${estimateText(lang, 'caption', { months: estimate.durationMonths })}
    </h4>
    <div
      class="table-scroll"
      id=${TABLE_ID}
      role="region"
      tabindex="0"
      aria-labelledby="estimate-caption"
      part="estimate-table"
    >
      <table aria-labelledby="estimate-caption">
        <thead>
          <tr>
            <th scope="col">${estimateText(lang, 'component')}</th>
            <th scope="col">${estimateText(lang, 'requested')}</th>
            ${withPublic ? html`<th scope="col">${estimateText(lang, 'publicFunding')}</th>` : nothing}
            <th scope="col">${estimateText(lang, 'cap')}</th>
            <th scope="col">${estimateText(lang, 'accepted')}</th>
            <th scope="col">${estimateText(lang, 'remaining')}</th>
          </tr>
        </thead>
        <tbody>
          ${ContratProVaeCostComponent.values.map((c) => {
            const row = estimate.components[c];
            return html`<tr data-component=${c}>
              <th scope="row">${ContratProVaeCostComponent.label(c, lang)}</th>
              <td>${euros(row.requestedCents)}</td>
              ${withPublic ? html`<td>${euros(row.publicFundingCents)}</td>` : nothing}
              <td>${row.capCents === null ? estimateText(lang, 'noCap') : euros(row.capCents)}</td>
              <td class="accepted">${euros(row.acceptedCents)} ${limits(row.cappedBy)}</td>
              <td>${euros(row.remainingCents)}</td>
            </tr>`;
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${estimateText(lang, 'total')}</th>
            <td>${euros(estimate.totals.requestedCents)}</td>
            ${withPublic ? html`<td>${euros(estimate.totals.publicFundingCents)}</td>` : nothing}
            <td></td>
            <td class="accepted">${euros(estimate.totals.acceptedCents)}</td>
            <td>${euros(estimate.totals.remainingCents)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
    <ul class="years">
      ${estimate.years.map(
        (y) =>
          html`<li>
            ${estimateText(lang, 'year', {
              year: y.year,
              months: y.months,
              amount: euros(y.acceptedCents),
            })}
          </li>`,
      )}
    </ul>`;
}
