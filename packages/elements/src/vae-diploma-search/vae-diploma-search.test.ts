import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { VaeErrorDetail } from '../shared/events.js';
import { bffUrl, partnerKey } from '../test-support/bff.js';
import { refusalNotice, textOf } from '../test-support/partner-refusal-probe.js';
import './define.js';
import type { DiplomaSelectDetail, VaeDiplomaSearch } from './vae-diploma-search.js';

const $ = <T extends Element = HTMLElement>(el: VaeDiplomaSearch, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const inputOf = (el: VaeDiplomaSearch) => $<HTMLInputElement>(el, 'input')!;
const optionsOf = (el: VaeDiplomaSearch) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]'),
];
const statusOf = (el: VaeDiplomaSearch) => $(el, '[part="status"]')!.textContent!.trim();
const messageOf = (el: VaeDiplomaSearch) => $(el, '[part~="message"]')?.textContent ?? '';

async function searchFixture(
  template = html`<vae-diploma-search api-base=${bffUrl} partner=${partnerKey}></vae-diploma-search>`,
) {
  const el = await fixture<VaeDiplomaSearch>(template);
  return el;
}

/** Types into the field as a person would (real key presses), from an empty field. */
async function typeQuery(el: VaeDiplomaSearch, query: string) {
  inputOf(el).focus();
  await sendKeys({ type: query });
}

/** Sets the field's text in one go (one `input` event): to control request timing. */
function inputText(el: VaeDiplomaSearch, value: string) {
  const input = inputOf(el);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function waitForOptions(el: VaeDiplomaSearch) {
  await waitUntil(() => optionsOf(el).length > 0, 'no suggestion showed up', { timeout: 4000 });
  await el.updateComplete;
  return optionsOf(el);
}

function collect<K extends 'vae-diploma-select' | 'vae-error'>(name: K) {
  const details: (K extends 'vae-error' ? VaeErrorDetail : DiplomaSelectDetail)[] = [];
  const listener = (event: Event) => details.push((event as CustomEvent).detail);
  document.addEventListener(name, listener);
  return { details, stop: () => document.removeEventListener(name, listener) };
}

/**
 * Replaces `fetch` for the catalogue searches while `body` runs (the element calls the global
 * fetch through its typed client); every other request goes to the real BFF.
 */
async function withFetch(
  handle: (url: URL, init: RequestInit | undefined, real: typeof fetch) => Promise<Response>,
  body: () => Promise<void>,
) {
  const real = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return url.pathname === '/api/v1/certifications' ? handle(url, init, real) : real(input, init);
  };
  try {
    await body();
  } finally {
    window.fetch = real;
  }
}

describe('<vae-diploma-search>', () => {
  it('suggests up to 8 certifications, the typed parts marked, with type and level badges', async () => {
    const el = await searchFixture();
    await typeQuery(el, 'chaudr');
    const options = await waitForOptions(el);
    expect(options.length).to.be.within(2, 8);
    const first = options[0]!;
    expect(first.textContent).to.match(/chaudronnerie/i);
    const marks = [...first.querySelectorAll('mark')].map((mark) => mark.textContent);
    expect(marks.some((mark) => /^chaudr/i.test(mark ?? ''))).to.equal(true);
    expect(first.querySelector('[part~="badge-type"]')!.textContent!.trim()).to.match(/^[A-Z ]+$/);
    expect(first.querySelector('[part~="badge-level"]')!.textContent).to.match(/^Niveau [3-8]$/);
    expect(inputOf(el).getAttribute('aria-expanded')).to.equal('true');
    expect(statusOf(el)).to.match(/certifications? trouvées?|premières certifications/);
  });

  it('is usable with the keyboard alone: arrows, Home, End, Enter; the event fires once', async () => {
    const selections = collect('vae-diploma-select');
    try {
      const el = await searchFixture();
      await typeQuery(el, 'technicien');
      const options = await waitForOptions(el);
      const input = inputOf(el);
      const last = options.length - 1;
      expect(options.length).to.be.greaterThan(2);
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      await sendKeys({ press: 'ArrowDown' });
      expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
      expect(options[0]!.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      expect(input.getAttribute('aria-activedescendant')).to.equal('option-1');
      await sendKeys({ press: 'End' });
      expect(input.getAttribute('aria-activedescendant')).to.equal(`option-${last}`);
      await sendKeys({ press: 'ArrowDown' });
      expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
      await sendKeys({ press: 'ArrowUp' });
      expect(input.getAttribute('aria-activedescendant')).to.equal(`option-${last}`);
      await sendKeys({ press: 'Home' });
      expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
      await sendKeys({ press: 'ArrowDown' });
      const chosenLabel = optionsOf(el)[1]!.querySelector('[part="option-label"]')!.textContent;
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(selections.details).to.have.length(1);
      const [detail] = selections.details;
      expect(detail!.label).to.equal(chosenLabel);
      expect(detail!.rncpCode).to.match(/^(RNCP|RS)\d+$/);
      expect(detail!.level).to.be.oneOf([3, 4, 5, 6, 7, 8]);
      expect(detail!.type!.code).to.be.a('string');
      expect(el.value).to.equal(detail!.rncpCode);
      expect(input.value).to.equal(detail!.label);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(statusOf(el)).to.contain(`Certification choisie\u00a0: ${detail!.label}`);
      // Under the field, the type, level and code tell apart diplomas of the same title.
      expect($(el, '[part="hint"]')!.textContent).to.contain(detail!.rncpCode);
      expect(el.shadowRoot!.activeElement).to.equal(input);
      await aTimeout(300);
      expect(selections.details).to.have.length(1);
    } finally {
      selections.stop();
    }
  });

  it('closes on Escape, then empties the field on a second Escape', async () => {
    const el = await searchFixture();
    await typeQuery(el, 'boulanger');
    await waitForOptions(el);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(inputOf(el).getAttribute('aria-expanded')).to.equal('false');
    expect(inputOf(el).value).to.equal('boulanger');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(inputOf(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(inputOf(el).value).to.equal('');
  });

  it('takes the highlighted suggestion on Tab and lets the focus move on', async () => {
    const selections = collect('vae-diploma-select');
    try {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <vae-diploma-search api-base=${bffUrl} partner=${partnerKey}></vae-diploma-search><button>after</button>
      </div>`);
      const el = wrapper.querySelector('vae-diploma-search')!;
      await typeQuery(el, 'boulanger');
      await waitForOptions(el);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(selections.details).to.have.length(1);
      expect(selections.details[0]!.label).to.match(/^Boulanger/);
      expect(inputOf(el).getAttribute('aria-expanded')).to.equal('false');
      // The clear button comes next in the tab order, inside the element.
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('clear-button');
    } finally {
      selections.stop();
    }
  });

  it('selects with the mouse, keeping the focus in the field', async () => {
    const selections = collect('vae-diploma-select');
    try {
      const el = await searchFixture();
      await typeQuery(el, 'boulanger');
      const options = await waitForOptions(el);
      const target = options[1] ?? options[0]!;
      const label = target.querySelector('[part="option-label"]')!.textContent;
      const box = target.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [box.x + 10, box.y + box.height / 2] });
      await el.updateComplete;
      expect(selections.details).to.have.length(1);
      expect(selections.details[0]!.label).to.equal(label);
      expect(el.value).to.equal(selections.details[0]!.rncpCode);
      expect(el.shadowRoot!.activeElement).to.equal(inputOf(el));
    } finally {
      selections.stop();
      await sendMouse({ type: 'move', position: [0, 0] });
    }
  });

  it('submits the RNCP code with its form, and a reset restores the initial value', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <vae-diploma-search api-base=${bffUrl} partner=${partnerKey} name="diploma"></vae-diploma-search>
      <button>Envoyer</button>
    </form>`);
    const el = form.querySelector('vae-diploma-search')!;
    expect(el.form).to.equal(form);
    expect(new FormData(form).has('diploma')).to.equal(false);
    await typeQuery(el, 'aide-soignant');
    await waitForOptions(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const code = el.value;
    expect(code).to.match(/^RNCP\d+$/);
    let submitted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    form.requestSubmit();
    expect(submitted?.get('diploma')).to.equal(code);
    // Typing again undoes the choice: the form no longer carries a code the field does not show.
    inputText(el, 'aide');
    await el.updateComplete;
    expect(new FormData(form).has('diploma')).to.equal(false);
    form.reset();
    await el.updateComplete;
    expect(inputOf(el).value).to.equal('');
    expect(new FormData(form).has('diploma')).to.equal(false);
  });

  it('shows the title of an initial value given without its prefix', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <vae-diploma-search api-base=${bffUrl} partner=${partnerKey} name="diploma" value="37537"></vae-diploma-search>
    </form>`);
    const el = form.querySelector('vae-diploma-search')!;
    await waitUntil(() => inputOf(el).value === 'Boulanger', 'the title did not show');
    await el.updateComplete;
    expect(el.value).to.equal('RNCP37537');
    expect(new FormData(form).get('diploma')).to.equal('RNCP37537');
  });

  it('reports an initial value that is not in the catalogue', async () => {
    const errors = collect('vae-error');
    try {
      const el = await searchFixture(
        html`<vae-diploma-search api-base=${bffUrl} partner=${partnerKey} value="RNCP99999"></vae-diploma-search>`,
      );
      await waitUntil(() => errors.details.length > 0, 'no vae-error');
      expect(errors.details[0]!.code).to.equal('UNKNOWN_CERTIFICATION');
      expect(errors.details[0]!.value).to.equal('RNCP99999');
      expect(errors.details[0]!.problem?.status).to.equal(404);
      expect(inputOf(el).value).to.equal('RNCP99999');
    } finally {
      errors.stop();
    }
  });

  it('ignores a slow answer to an older query, and aborts its request', async () => {
    const signals: AbortSignal[] = [];
    let slowAnswered = false;
    await withFetch(
      async (url, init, real) => {
        if (url.searchParams.get('q') !== 'boulanger') return real(url, init);
        if (init?.signal) signals.push(init.signal);
        // A server that answers late, and a fetch that ignores the abort: the worst case.
        const response = await real(url);
        await aTimeout(600);
        slowAnswered = true;
        return response;
      },
      async () => {
        const el = await searchFixture();
        inputText(el, 'boulanger');
        await waitUntil(() => signals.length === 1, 'the first request did not start');
        inputText(el, 'chaudronnerie');
        const options = await waitForOptions(el);
        expect(options[0]!.textContent).to.match(/chaudronnerie/i);
        expect(signals[0]!.aborted).to.equal(true);
        await waitUntil(() => slowAnswered, 'the slow answer never came', { timeout: 3000 });
        await aTimeout(50);
        await el.updateComplete;
        const labels = optionsOf(el).map((option) => option.textContent ?? '');
        expect(labels.length).to.be.greaterThan(0);
        expect(labels.every((label) => /chaudronnerie/i.test(label))).to.equal(true);
        expect(labels.some((label) => /boulanger/i.test(label))).to.equal(false);
      },
    );
  });

  it('shows that it is searching while the first answer is on its way', async () => {
    await withFetch(
      async (url, init, real) => {
        await aTimeout(400);
        return real(url, init);
      },
      async () => {
        const el = await searchFixture();
        await typeQuery(el, 'boulanger');
        await waitUntil(() => messageOf(el).includes('Recherche en cours…'), 'no loading state');
        expect($(el, '.spinner')).not.to.equal(null);
        await waitForOptions(el);
        expect($(el, '.spinner')).to.equal(null);
        expect(messageOf(el)).to.equal('');
      },
    );
  });

  it('waits for a pause in typing before searching', async () => {
    const queries: string[] = [];
    await withFetch(
      (url, init, real) => {
        queries.push(url.searchParams.get('q') ?? '');
        return real(url, init);
      },
      async () => {
        const el = await searchFixture();
        await typeQuery(el, 'boulanger');
        await waitForOptions(el);
        expect(queries).to.deep.equal(['boulanger']);
      },
    );
  });

  it('shows an error with a retry button, reports it, and recovers on retry', async () => {
    const errors = collect('vae-error');
    let failures = 1;
    try {
      await withFetch(
        async (url, init, real) => {
          if (failures-- > 0) {
            return new Response(
              JSON.stringify({
                type: 'urn:vae:problem:internal',
                title: 'Erreur interne',
                status: 500,
                detail: 'Boom',
              }),
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            );
          }
          return real(url, init);
        },
        async () => {
          const el = await searchFixture();
          await typeQuery(el, 'boulanger');
          await waitUntil(() => $(el, '[part~="retry"]'), 'no retry button');
          expect(messageOf(el)).to.contain('La recherche n’a pas abouti.');
          expect(statusOf(el)).to.contain('La recherche n’a pas abouti.');
          expect(errors.details).to.have.length(1);
          expect(errors.details[0]!.code).to.equal('API_ERROR');
          expect(errors.details[0]!.problem?.status).to.equal(500);
          await sendKeys({ press: 'Tab' });
          await sendKeys({ press: 'Tab' });
          expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('button retry');
          await sendKeys({ press: 'Enter' });
          const options = await waitForOptions(el);
          expect(options[0]!.textContent).to.match(/boulanger/i);
          expect($(el, '[part~="retry"]')).to.equal(null);
        },
      );
    } finally {
      errors.stop();
    }
  });

  it('says the partner key is refused, without a useless retry button', async () => {
    const el = await searchFixture(
      html`<vae-diploma-search api-base=${bffUrl} partner="pk_live_0000000000000000000000000000000A"></vae-diploma-search>`,
    );
    // A query no other test made: answers are cached per query.
    await typeQuery(el, 'horloger');
    const notice = await refusalNotice(el);
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(textOf(notice)).to.contain('Ce service n’est pas disponible sur ce site.');
    expect(textOf(notice)).to.contain('Pour le responsable du site : PARTNER_KEY_INVALID');
    expect($(el, '[part~="retry"], [part~="error"]')).to.equal(null);
    // The notice speaks for itself: the live region does not say it twice.
    expect(statusOf(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('shows the same notice in the list of all certifications, the toggle still pointing at it', async () => {
    // Restricted to level 8: a list no other test asks for (the catalogue's answers are cached,
    // whatever the key).
    const el = await searchFixture(
      html`<vae-diploma-search api-base=${bffUrl} level="8" partner="pk_live_0000000000000000000000000000000A"></vae-diploma-search>`,
    );
    $<HTMLButtonElement>(el, '[part~="browse-toggle"]')?.click();
    const notice = await refusalNotice(el);
    expect(notice.closest('#browse')).to.not.equal(null);
    expect(textOf(notice)).to.contain('Ce service n’est pas disponible sur ce site.');
    expect($(el, '[part~="retry"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says the service is unreachable when nothing answers', async () => {
    const errors = collect('vae-error');
    try {
      // Chromium refuses port 9 before connecting: fetch rejects exactly as when offline.
      const el = await searchFixture(
        html`<vae-diploma-search api-base="http://127.0.0.1:9"></vae-diploma-search>`,
      );
      await typeQuery(el, 'boulanger');
      await waitUntil(() => $(el, '[part~="retry"]'), 'no retry button');
      expect(messageOf(el)).to.contain('Le service ne répond pas');
      expect(errors.details.map((detail) => detail.code)).to.deep.equal(['NETWORK_ERROR']);
    } finally {
      errors.stop();
    }
  });

  it('explains what to try when nothing matches', async () => {
    const el = await searchFixture();
    await typeQuery(el, 'xqzwkv');
    await waitUntil(() => messageOf(el).includes('Aucune certification'), 'no empty state');
    expect(messageOf(el)).to.contain('«\u00a0xqzwkv\u00a0»');
    expect(messageOf(el)).to.contain('RNCP35830');
    expect(inputOf(el).getAttribute('aria-expanded')).to.equal('false');
    expect(statusOf(el)).to.equal('Aucune certification ne correspond à «\u00a0xqzwkv\u00a0».');
  });

  it('keeps to the levels, types and filières it is restricted to', async () => {
    const el = await searchFixture(
      html`<vae-diploma-search api-base=${bffUrl} partner=${partnerKey} level="3"></vae-diploma-search>`,
    );
    await typeQuery(el, 'boulanger');
    const options = await waitForOptions(el);
    for (const option of options) {
      expect(option.querySelector('[part~="badge-level"]')!.textContent).to.equal('Niveau 3');
    }
    const typed = await searchFixture(
      html`<vae-diploma-search api-base=${bffUrl} partner=${partnerKey} type="BP"></vae-diploma-search>`,
    );
    await typeQuery(typed, 'boulanger');
    for (const option of await waitForOptions(typed)) {
      expect(option.querySelector('[part~="badge-type"]')!.textContent).to.equal('BP');
    }
  });

  it('lists every certification page by page, with filters, and picks one', async () => {
    const selections = collect('vae-diploma-select');
    try {
      const el = await searchFixture();
      const toggle = $<HTMLButtonElement>(el, '[part~="browse-toggle"]')!;
      expect(toggle.textContent!.trim()).to.equal('Voir toutes les certifications');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const status = () => $(el, '[part="browse-status"]')?.textContent ?? '';
      await waitUntil(() => /page 1 sur \d/.test(status()), 'the list did not load');
      const pages = Number(/sur (\d+)/.exec(status())![1]);
      expect(pages).to.be.greaterThan(1);
      const firstPage = [...el.shadowRoot!.querySelectorAll('[part="browse-option"]')].map(
        (option) => option.textContent,
      );
      expect(firstPage).to.have.length(20);
      $<HTMLButtonElement>(el, '[part~="next"]')!.click();
      await waitUntil(() => /page 2 sur/.test(status()), 'no second page');
      await waitUntil(() => $(el, '[part="browse-list"]')!.getAttribute('aria-busy') === 'false');
      const secondPage = el.shadowRoot!.querySelector('[part="browse-option"]')!.textContent;
      expect(firstPage).not.to.include(secondPage);

      const levels = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part="select"]')[0]!;
      expect([...levels.options].map((option) => option.value)).to.include('5');
      levels.value = '5';
      levels.dispatchEvent(new Event('change'));
      await waitUntil(() => /page 1 sur/.test(status()), 'the filter did not apply');
      await waitUntil(() => $(el, '[part="browse-list"]')!.getAttribute('aria-busy') === 'false');
      const badges = [
        ...el.shadowRoot!.querySelectorAll('[part="browse-list"] [part~="badge-level"]'),
      ];
      expect(badges.length).to.be.greaterThan(0);
      expect(badges.every((badge) => badge.textContent === 'Niveau 5')).to.equal(true);
      // Every level is still offered once one is chosen.
      expect([...levels.options].map((option) => option.value)).to.include('3');

      const choice = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="browse-option"]')!;
      const label = choice.querySelector('[part="option-label"]')!.textContent;
      choice.click();
      await el.updateComplete;
      expect(selections.details).to.have.length(1);
      expect(selections.details[0]!.label).to.equal(label);
      expect(selections.details[0]!.level).to.equal(5);
      expect($(el, '[part="browse"]')).to.equal(null);
      expect(inputOf(el).value).to.equal(label);
      expect(el.shadowRoot!.activeElement).to.equal(inputOf(el));
    } finally {
      selections.stop();
    }
  });

  it('speaks English under lang="en"', async () => {
    const el = await searchFixture(
      html`<vae-diploma-search lang="en" api-base=${bffUrl} partner=${partnerKey}></vae-diploma-search>`,
    );
    expect($(el, 'label')!.textContent).to.equal('Diploma or certification');
    expect($(el, '[part~="browse-toggle"]')!.textContent!.trim()).to.equal(
      'Browse all certifications',
    );
    await typeQuery(el, 'boulanger');
    const options = await waitForOptions(el);
    expect(options[0]!.querySelector('[part~="badge-level"]')!.textContent).to.match(/^Level \d$/);
    expect(statusOf(el)).to.match(/certifications? found|First \d+ of/);
  });

  it('takes a label and a placeholder from its attributes', async () => {
    const el = await searchFixture(html`<vae-diploma-search api-base=${bffUrl} partner=${partnerKey}
      label="Diplôme visé" placeholder="Ex. : CAP boulanger"></vae-diploma-search>`);
    expect($(el, 'label')!.textContent).to.equal('Diplôme visé');
    expect(inputOf(el).placeholder).to.equal('Ex. : CAP boulanger');
  });

  it('lets partners theme it with --vae-* tokens and parts', async () => {
    const wrapper =
      await fixture<HTMLElement>(html`<div style="--vae-color-primary: rgb(120, 0, 60)">
      <style>.themed::part(input) { border-color: rgb(0, 128, 0); }</style>
      <vae-diploma-search class="themed" api-base=${bffUrl} partner=${partnerKey}></vae-diploma-search>
    </div>`);
    const el = wrapper.querySelector('vae-diploma-search')!;
    expect(getComputedStyle(inputOf(el)).borderTopColor).to.equal('rgb(0, 128, 0)');
    expect(getComputedStyle($(el, '[part~="browse-toggle"]')!).color).to.equal('rgb(120, 0, 60)');
  });

  it('passes axe in every state: closed, suggestions, no result, error, list', async () => {
    const el = await searchFixture();
    await expect(el).to.be.accessible();
    await typeQuery(el, 'boulanger');
    await waitForOptions(el);
    await sendKeys({ press: 'ArrowDown' });
    await expect(el).to.be.accessible();
    inputText(el, 'xqzwkv');
    await waitUntil(() => messageOf(el).includes('Aucune certification'));
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="browse-toggle"]')!.click();
    await waitUntil(() => /page 1 sur/.test($(el, '[part="browse-status"]')?.textContent ?? ''));
    await expect(el).to.be.accessible();

    const failing = await searchFixture(
      html`<vae-diploma-search lang="en" api-base="http://127.0.0.1:9"></vae-diploma-search>`,
    );
    await typeQuery(failing, 'boulanger');
    await waitUntil(() => $(failing, '[part~="retry"]'));
    await expect(failing).to.be.accessible();
  });

  it('registers once: loading define.ts a second time does not throw', async () => {
    const Search = customElements.get('vae-diploma-search');
    const again = new URL('./define.ts?again', import.meta.url).href;
    const module = (await import(/* @vite-ignore */ again)) as { VaeDiplomaSearch: unknown };
    expect(module.VaeDiplomaSearch).to.equal(Search);
  });
});
