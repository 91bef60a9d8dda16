import { Filiere } from '@vae/core';
import { html, nothing } from 'lit';
import type { Lang } from '../shared/lang.js';
import type { AapSite, SiteSettings } from './inbox-api.js';
import { text } from './messages.js';

const LEVELS = [3, 4, 5, 6, 7, 8] as const;

/** A site's form: idle, saving, or what the server answered last. */
export interface SiteFormState {
  saving: boolean;
  kind: 'done' | 'error' | null;
  message: string;
}

export interface SitesHandlers {
  filter: (siteId: string | undefined) => void;
  save: (siteId: string, settings: SiteSettings) => void;
}

/** The settings of a site's form, read from its checkboxes. */
export function readSiteForm(form: HTMLFormElement): SiteSettings {
  const data = new FormData(form);
  const levels: Record<string, number[]> = {};
  for (const value of data.getAll('level')) {
    const [filiere, level] = String(value).split(':');
    if (filiere && level) levels[filiere] = [...(levels[filiere] ?? []), Number(level)];
  }
  return { closedForAbsence: data.get('closed') === 'on', levels };
}

/** The organism's antennas with their counts: a click filters the list to one of them. */
export function renderSiteChips(
  lang: Lang,
  sites: readonly AapSite[],
  selected: string | undefined,
  filter: SitesHandlers['filter'],
) {
  // An antenna account has its own site only: nothing to choose.
  if (sites.length < 2) return nothing;
  const chip = (id: string | undefined, label: string, count: number) => html`
    <li>
      <button type="button" data-site=${id ?? ''} aria-pressed=${String(selected === id)}
        @click=${() => filter(id)}>
        ${label} (${count})
      </button>
    </li>
  `;
  const total = sites.reduce((sum, site) => sum + site.total, 0);
  return html`
    <ul class="chips sites" part="sites" aria-label=${text(lang, 'sitesFilter')}>
      ${chip(undefined, text(lang, 'allSites'), total)}
      ${sites.map((site) => chip(site.id, site.publicName, site.total))}
    </ul>
  `;
}

/** Per site, its visibility settings: closed for absence, levels managed per filière. */
export function renderSitesSettings(
  lang: Lang,
  sites: readonly AapSite[],
  forms: Readonly<Record<string, SiteFormState>>,
  save: SitesHandlers['save'],
) {
  if (!sites.length) return nothing;
  return html`
    <section class="stack settings" part="settings" aria-labelledby="sites-title">
      <h3 id="sites-title">${text(lang, 'sitesTitle')}</h3>
      ${sites.map((site) => renderSiteSettings(lang, site, forms[site.id], save))}
    </section>
  `;
}

function renderSiteSettings(
  lang: Lang,
  site: AapSite,
  state: SiteFormState | undefined,
  save: SitesHandlers['save'],
) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    save(site.id, readSiteForm(event.currentTarget as HTMLFormElement));
  };
  const managed = site.levels as Record<string, number[] | undefined>;
  const summary = site.closedForAbsence ? text(lang, 'siteClosed') : text(lang, 'siteOpen');
  return html`
    <details class="site" data-site=${site.id}>
      <summary>
        ${site.publicName}
        <span class="muted">— ${summary}</span>
      </summary>
      <form class="stack" @submit=${submit}>
        <label class="check">
          <input type="checkbox" name="closed" .checked=${site.closedForAbsence} />
          ${text(lang, 'closedForAbsence')}
        </label>
        <p class="muted">${text(lang, 'levelsHint')}</p>
        <div class="levels">
          ${Filiere.values.map(
            (filiere) => html`
              <fieldset>
                <legend>${Filiere.labels[filiere][lang]}</legend>
                ${LEVELS.map(
                  (level) => html`
                    <label class="check">
                      <input type="checkbox" name="level" value="${filiere}:${level}"
                        .checked=${managed[filiere]?.includes(level) ?? false} />
                      ${text(lang, 'level', { level })}
                    </label>
                  `,
                )}
              </fieldset>
            `,
          )}
        </div>
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${state?.saving ?? false}>
            ${state?.saving ? text(lang, 'sending') : text(lang, 'saveSite')}
          </button>
        </div>
        <p class="notice" data-kind=${state?.kind ?? 'done'} role="status">${state?.message ?? ''}</p>
      </form>
    </details>
  `;
}
