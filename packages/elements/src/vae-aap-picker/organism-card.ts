import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import { text } from './messages.js';
import type { Organism } from './organisms-api.js';

/**
 * One AAP as a card: a native radio (so the cards form one radio group, arrows included) whose
 * label is the public name, then what a candidate compares — where, how far, how, which levels,
 * accessibility — and how to reach it. The links sit outside the label: a link inside a radio's
 * label would be a control nested in a control.
 */
export function organismCard(lang: Lang, organism: Organism, checked: boolean) {
  const id = `aap-${organism.id}`;
  const where = organism.commune
    ? `${organism.commune.name.replace(/ Arrondissement$/, '')}${organism.department ? ` (${organism.department.code})` : ''}`
    : '';
  const distance =
    organism.distanceKm === undefined
      ? ''
      : text(lang, 'km', { distance: Math.round(organism.distanceKm * 10) / 10 });
  const facts = [
    text(lang, organism.modality === 'A_DISTANCE' ? 'remote' : 'onSite'),
    where,
    distance,
  ].filter(Boolean);
  return html`<div class="card" part=${checked ? 'card card-selected' : 'card'} data-id=${organism.id}>
    <input type="radio" name="organism" id=${id} .value=${organism.id} .checked=${checked}
      aria-describedby=${`${id}-facts`} />
    <div class="card-body">
      <label for=${id} class="name" part="name">${organism.publicName}</label>
      <p class="facts" id=${`${id}-facts`}>${facts.join(' · ')}</p>
      <p class="facts">
        ${levelsText(lang, organism.levels)}${organism.pmrAccessible && organism.modality === 'LIEU_ACCUEIL' ? html`<br />${text(lang, 'pmr')}` : nothing}
      </p>
      <ul class="contacts" part="contacts">
        ${safeWebsite(organism.website) ? html`<li><a href=${organism.website} target="_blank" rel="noopener noreferrer">${text(lang, 'website')}<span class="vh"> ${text(lang, 'of', { name: organism.publicName })} ${text(lang, 'newWindow')}</span></a></li>` : nothing}
        ${organism.phone ? html`<li><span class="vh">${text(lang, 'phone')} </span><a href=${`tel:${organism.phone.replace(/[^\d+]/g, '')}`}>${organism.phone}</a></li>` : nothing}
        ${organism.email ? html`<li><span class="vh">${text(lang, 'email')} </span><a href=${`mailto:${organism.email}`}>${organism.email}</a></li>` : nothing}
      </ul>
    </div>
  </div>`;
}

function levelsText(lang: Lang, levels: readonly number[]): string {
  if (levels.length === 0) return '';
  const first = levels[0];
  const last = levels[levels.length - 1];
  const consecutive =
    last !== undefined && first !== undefined && last - first === levels.length - 1;
  const span = levels.length > 2 && consecutive ? `${first}–${last}` : levels.join(', ');
  return levels.length === 1
    ? text(lang, 'levelN', { level: span })
    : text(lang, 'levels', { levels: span });
}

/** Only web addresses become links (never `javascript:` or the like). */
function safeWebsite(url: string | null): url is string {
  return url !== null && /^https?:\/\//i.test(url);
}
