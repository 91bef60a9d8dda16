import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VaeErrorDetail } from '../shared/events.js';
import { bffUrl, partnerKey } from '../test-support/bff.js';
import {
  recordWarnings,
  refusalNotice,
  textOf,
  UNKNOWN_PARTNER_KEY,
} from '../test-support/partner-refusal-probe.js';
import './define.js';
import type { Organism, OrganismPage } from './organisms-api.js';
import type { AapSelectDetail, VaeAapPicker } from './vae-aap-picker.js';

// Against the real BFF of the test run, seeded with the demo catalogue and AAP directory.
/** Accompagnement, soins et services à la personne (level 4, social): ~45 AAPs on site. */
const CERTIFICATION = 'RNCP12296';

const root = (el: VaeAapPicker) => el.shadowRoot as ShadowRoot;
const radios = (el: VaeAapPicker) => [
  ...root(el).querySelectorAll<HTMLInputElement>('input[name="organism"]'),
];
const ids = (el: VaeAapPicker) => radios(el).map((radio) => radio.value);
const names = (el: VaeAapPicker) =>
  [...root(el).querySelectorAll('.card .name')].map((name) => name.textContent?.trim() ?? '');
const statusText = (el: VaeAapPicker) =>
  root(el).querySelector('[role="status"]')?.textContent ?? '';
const moreButton = (el: VaeAapPicker) => root(el).querySelector<HTMLButtonElement>('.more');

async function picker(template: ReturnType<typeof html>): Promise<VaeAapPicker> {
  const host = await fixture<HTMLElement>(template);
  const el =
    host.localName === 'vae-aap-picker'
      ? (host as VaeAapPicker)
      : host.querySelector('vae-aap-picker');
  if (!el) throw new Error('no picker');
  await waitUntil(
    () => radios(el).length > 0 || root(el).querySelector('.empty, .error'),
    'no answer',
    {
      timeout: 5000,
    },
  );
  return el;
}

async function loadMore(el: VaeAapPicker): Promise<void> {
  const before = radios(el).length;
  moreButton(el)?.click();
  await waitUntil(() => radios(el).length > before, 'no more results', { timeout: 5000 });
}

async function api(query: string): Promise<OrganismPage> {
  const response = await fetch(`${bffUrl}/api/v1/organisms?${query}&partner=${partnerKey}`);
  return (await response.json()) as OrganismPage;
}

/** Records the organism queries the element sends (the requests still go to the real API). */
function recordRequests() {
  const urls: URL[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname.endsWith('/organisms')) urls.push(url);
    return original(input, init);
  };
  return { urls, stop: () => (window.fetch = original) };
}

describe('<vae-aap-picker>', () => {
  it('pages through random batches of 10: no duplicates, in the order of one seed', async () => {
    const requests = recordRequests();
    try {
      const el = await picker(
        html`<vae-aap-picker api-base=${bffUrl} partner=${partnerKey} certification=${CERTIFICATION}></vae-aap-picker>`,
      );
      expect(radios(el)).to.have.length(10);
      expect(statusText(el)).to.match(
        /\d+ organismes trouvés\. Présentés dans un ordre aléatoire\./,
      );
      await loadMore(el);
      await loadMore(el);
      expect(radios(el)).to.have.length(30);
      expect(new Set(ids(el)).size).to.equal(30);
      expect(statusText(el)).to.contain('30 affichés sur');

      const seeds = requests.urls.map((url) => url.searchParams.get('seed'));
      expect(seeds[0]).to.equal(null);
      expect(seeds[1]).to.match(/^\d+$/);
      expect(seeds[2]).to.equal(seeds[1]);
      expect(requests.urls.map((url) => url.searchParams.get('offset'))).to.deep.equal([
        null,
        '10',
        '20',
      ]);
      // The same 30, in the same order, as one page of the API with that seed: stable.
      const whole = await api(
        `certification=${CERTIFICATION}&modality=LIEU_ACCUEIL&limit=30&seed=${seeds[1]}`,
      );
      expect(ids(el)).to.deep.equal(whole.items.map((item) => item.id));
    } finally {
      requests.stop();
    }
  });

  it('sorts on-site organisms by distance from the postal code', async () => {
    const el = await picker(
      html`<vae-aap-picker api-base=${bffUrl} partner=${partnerKey} certification=${CERTIFICATION} postal-code="69003"></vae-aap-picker>`,
    );
    const distances = [...root(el).querySelectorAll('.card .facts:first-of-type')].map((facts) => {
      const match = /à ([\d\s,]+) km/.exec(facts.textContent ?? '');
      return match ? Number(match[1]?.replace(/\s/g, '').replace(',', '.')) : Number.NaN;
    });
    expect(distances).to.have.length(10);
    expect(distances.every(Number.isFinite)).to.equal(true);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(distances[0]).to.be.below(distances[9] ?? 0);
    expect(statusText(el)).to.contain('Du plus proche au plus éloigné.');
    const nearest = await api(
      `certification=${CERTIFICATION}&modality=LIEU_ACCUEIL&postalCode=69003&limit=10`,
    );
    // Sites of one commune tie; the seed orders them, so compare the distances.
    expect(distances).to.deep.equal(nearest.items.map((item) => item.distanceKm));
  });

  it('offers the remote organisms of the candidate’s overseas territory', async () => {
    const el = await picker(
      html`<vae-aap-picker api-base=${bffUrl} partner=${partnerKey} certification=${CERTIFICATION} modality="A_DISTANCE"
        postal-code="97400"></vae-aap-picker>`,
    );
    expect(names(el)).to.include('Compétences & Territoires à distance');
    expect(names(el)).not.to.include('Réseau Parcours VAE à distance'); // mainland only
    for (const id of ids(el)) {
      const organism = (await (
        await fetch(`${bffUrl}/api/v1/organisms/${id}?partner=${partnerKey}`)
      ).json()) as Organism;
      expect(organism.modality).to.equal('A_DISTANCE');
      expect(organism.remoteZones).to.include('LA_REUNION');
    }
    // The same element for a mainland candidate: the mainland remote offers.
    const input = root(el).querySelector<HTMLInputElement>('#postal-code');
    if (!input) throw new Error('no postal code field');
    input.value = '35000';
    input.dispatchEvent(new Event('input'));
    await waitUntil(() => names(el).includes('Réseau Parcours VAE à distance'), 'mainland', {
      timeout: 5000,
    });
  });

  it('never shows a closed organism, nor one without a valid Qualiopi VAE certificate', async () => {
    // In the demo directory, « Estuaire Conseil Poitiers » (social, levels 3–6) is closed for
    // holidays and « Déclic Parcours Bourges » (social, 4–6) lost its certificate: both would
    // otherwise serve this certification.
    const el = await picker(
      html`<vae-aap-picker api-base=${bffUrl} partner=${partnerKey} certification=${CERTIFICATION}></vae-aap-picker>`,
    );
    const shown = new Set(names(el));
    while (moreButton(el)) {
      await loadMore(el);
      for (const name of names(el)) shown.add(name);
    }
    const total = (await api(`certification=${CERTIFICATION}&modality=LIEU_ACCUEIL`)).total;
    expect(shown.size).to.equal(total);
    expect(shown.has('Estuaire Conseil Poitiers')).to.equal(false);
    expect(shown.has('Déclic Parcours Bourges')).to.equal(false);
    const searched = await picker(
      html`<vae-aap-picker api-base=${bffUrl} partner=${partnerKey} certification=${CERTIFICATION}></vae-aap-picker>`,
    );
    const field = root(searched).querySelector<HTMLInputElement>('#q');
    if (!field) throw new Error('no search field');
    field.value = 'Estuaire Poitiers';
    field.dispatchEvent(new Event('input'));
    await waitUntil(() => root(searched).querySelector('.empty'), 'empty state', { timeout: 5000 });
  });

  it('suggests the remote modality or a wider search when nothing matches', async () => {
    const el = await picker(
      html`<vae-aap-picker api-base=${bffUrl} partner=${partnerKey} certification=${CERTIFICATION} department="2A" level="8"></vae-aap-picker>`,
    );
    const empty = root(el).querySelector('.empty');
    expect(empty?.textContent).to.contain('Aucun organisme ne correspond à votre recherche.');
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.empty button')];
    expect(buttons.map((b) => b.textContent?.trim())).to.deep.equal([
      'Voir les organismes à distance',
      'Chercher dans toute la France',
      'Afficher tous les niveaux',
    ]);
    buttons[0]?.click();
    await waitUntil(() => el.modality === 'A_DISTANCE', 'modality');
    await expect(el).to.be.accessible();
  });

  it('is a form field: submits the chosen organism id, resets, and can be required', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <vae-aap-picker name="aap" required api-base=${bffUrl} partner=${partnerKey} certification=${CERTIFICATION}></vae-aap-picker>
    </form>`);
    const el = form.querySelector('vae-aap-picker') as VaeAapPicker;
    await waitUntil(() => radios(el).length > 0, 'results', { timeout: 5000 });
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('aap')).to.equal(null);
    const second = radios(el)[1];
    if (!second) throw new Error('no second organism');
    const selected = oneEvent(el, 'vae-aap-select');
    root(el).querySelector<HTMLLabelElement>(`label[for="${second.id}"]`)?.click();
    const { detail } = (await selected) as CustomEvent<AapSelectDetail>;
    expect(detail.organism.id).to.equal(second.value);
    expect(el.value).to.equal(second.value);
    expect(new FormData(form).get('aap')).to.equal(second.value);
    expect(form.checkValidity()).to.equal(true);
    await el.updateComplete;
    expect(root(el).querySelector('.selection')?.textContent).to.contain(
      detail.organism.publicName,
    );
    expect(root(el).querySelector('[part~="card-selected"]')?.getAttribute('data-id')).to.equal(
      second.value,
    );
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(new FormData(form).get('aap')).to.equal(null);
  });

  it('shows the organism of an initial value even before it is on a page', async () => {
    const page = await api(`certification=${CERTIFICATION}&modality=A_DISTANCE&postalCode=75011`);
    const chosen = page.items[0];
    if (!chosen) throw new Error('no remote organism');
    const el = await picker(
      html`<vae-aap-picker api-base=${bffUrl} partner=${partnerKey} certification=${CERTIFICATION} value=${chosen.id}></vae-aap-picker>`,
    );
    await waitUntil(() => root(el).querySelector('.selection'), 'selection', { timeout: 5000 });
    expect(root(el).querySelector('.selection')?.textContent).to.contain(chosen.publicName);
  });

  it('works with the keyboard alone, and keeps the focus when more results load', async () => {
    const el = await picker(
      html`<vae-aap-picker api-base=${bffUrl} partner=${partnerKey} certification=${CERTIFICATION}></vae-aap-picker>`,
    );
    const events: string[] = [];
    el.addEventListener('vae-aap-select', (event) => events.push(event.detail.organism.id));
    root(el).querySelector<HTMLSelectElement>('#level')?.focus();
    await sendKeys({ press: 'Tab' });
    const [first, second] = radios(el);
    expect(root(el).activeElement).to.equal(first);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    expect(events).to.deep.equal([first?.value, second?.value]);
    expect(el.value).to.equal(second?.value);

    const more = moreButton(el);
    more?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => radios(el).length === 20, 'more', { timeout: 5000 });
    expect(root(el).activeElement).to.equal(more);
    expect(statusText(el)).to.contain('20 affichés sur');
  });

  it('speaks English, and passes axe with results, in both languages', async () => {
    const el = await picker(
      html`<vae-aap-picker lang="en" api-base=${bffUrl} partner=${partnerKey} certification=${CERTIFICATION} postal-code="35000"></vae-aap-picker>`,
    );
    expect(statusText(el)).to.match(/\d+ organisations found\. From the nearest to the farthest\./);
    expect(moreButton(el)?.textContent?.trim()).to.equal('Show 10 more organisations');
    const link = root(el).querySelector('.contacts a[target="_blank"]');
    expect(link?.textContent).to.contain('(opens in a new window)');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'fr');
    await waitUntil(() => moreButton(el)?.textContent?.trim() === 'Afficher 10 organismes de plus');
    await expect(el).to.be.accessible();
  });

  it('says when the certification is unknown, and emits vae-error', async () => {
    const errors: VaeErrorDetail[] = [];
    const listener = (event: CustomEvent<VaeErrorDetail>) => errors.push(event.detail);
    document.addEventListener('vae-error', listener);
    try {
      const el = await picker(
        html`<vae-aap-picker api-base=${bffUrl} partner=${partnerKey} certification="RNCP99999"></vae-aap-picker>`,
      );
      expect(root(el).querySelector('[role="alert"]')?.textContent).to.contain(
        'La certification RNCP99999 est introuvable',
      );
      expect(errors[0]).to.include({ code: 'API_ERROR' });
      expect(errors[0]?.problem?.status).to.equal(404);
    } finally {
      document.removeEventListener('vae-error', listener);
    }
  });
  it('stands aside for a clear notice when the partner key is refused, and asks only once', async () => {
    const requests = recordRequests();
    const warnings = recordWarnings();
    try {
      const el = await fixture<VaeAapPicker>(
        html`<vae-aap-picker api-base=${bffUrl} partner=${UNKNOWN_PARTNER_KEY} certification=${CERTIFICATION}></vae-aap-picker>`,
      );
      const notice = await refusalNotice(el);
      expect(textOf(notice)).to.contain('Ce service n’est pas disponible sur ce site.');
      expect(textOf(notice)).to.contain('Pour le responsable du site : PARTNER_KEY_INVALID');
      // No search fields that could only fail again, no retry, no loading line left.
      expect(root(el).querySelector('input, select, button')).to.equal(null);
      expect(textOf(root(el))).not.to.contain('Chargement');
      expect(warnings.lines.join('\n')).to.contain('<vae-aap-picker>');
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(requests.urls).to.have.length(1);
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await waitUntil(() =>
        textOf(notice).includes('This service is not available on this website.'),
      );
      await expect(el).to.be.accessible();
    } finally {
      requests.stop();
      warnings.restore();
    }
  });

  it('searches again when the host page changes its partner key or API base', async () => {
    const requests = recordRequests();
    try {
      const el = await fixture<VaeAapPicker>(
        html`<vae-aap-picker api-base=${bffUrl} partner=${UNKNOWN_PARTNER_KEY} certification=${CERTIFICATION}></vae-aap-picker>`,
      );
      await refusalNotice(el);
      // The page's owner fixes the key: the picker searches with it and shows the organisms.
      el.setAttribute('partner', partnerKey);
      await waitUntil(() => radios(el).length > 0, 'the organisms show', { timeout: 5000 });
      expect(requests.urls).to.have.length(2);
      expect(root(el).querySelector('[part="refusal"]')).to.equal(null);

      el.setAttribute('api-base', 'http://127.0.0.1:9');
      await waitUntil(() => radios(el).length === 0, 'the unreachable server is asked');
      expect(requests.urls.at(-1)?.origin).to.equal('http://127.0.0.1:9');
      el.setAttribute('api-base', bffUrl);
      await waitUntil(() => radios(el).length > 0, 'the organisms show again', { timeout: 5000 });
      expect(requests.urls.at(-1)?.origin).to.equal(new URL(bffUrl).origin);
      await expect(el).to.be.accessible();
    } finally {
      requests.stop();
    }
  });
});
