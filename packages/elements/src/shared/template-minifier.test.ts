import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
// The CDN build's squeezing of Lit templates (tools/), checked with the browser's own parsers.
import { squeezeCss, squeezeHtml } from '../../tools/minify-template-literals.js';
import { aapPickerStyles } from '../vae-aap-picker/styles.js';
import { browseStyles } from '../vae-diploma-search/browse-styles.js';
import { diplomaSearchStyles } from '../vae-diploma-search/styles.js';
import { estimateStyles } from '../vae-eligibility-questionnaire/estimate-styles.js';
import { resultStyles } from '../vae-eligibility-questionnaire/result-styles.js';
import { questionnaireStyles } from '../vae-eligibility-questionnaire/styles.js';
import { statusBadgeStyles } from '../vae-status-badge/styles.js';
import { themeStyles } from './theme.js';

const STYLES: Record<string, CSSResult> = {
  themeStyles,
  aapPickerStyles,
  browseStyles,
  diplomaSearchStyles,
  estimateStyles,
  resultStyles,
  questionnaireStyles,
  statusBadgeStyles,
};

/** The rules as the browser reads them (`var()` fallbacks keep their spelling: commas evened). */
function parsedRules(cssText: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/,\s+/g, ','));
}

describe('template squeezing of the CDN build', () => {
  for (const [name, styles] of Object.entries(STYLES)) {
    it(`leaves the rules of ${name} as the browser reads them`, () => {
      const original = parsedRules(styles.cssText);
      expect(original.length).to.be.above(0);
      expect(parsedRules(squeezeCss(styles.cssText))).to.deep.equal(original);
    });
  }

  it('keeps the spaces of CSS that carry meaning', () => {
    expect(squeezeCss('.a .b:hover ,\n  .c > .d {\n  margin: calc(1px + 2px) 0;\n}\n')).to.equal(
      '.a .b:hover,.c > .d{margin:calc(1px + 2px) 0}',
    );
    expect(squeezeCss('/* why */ :host(:focus) ::slotted(*) { color: red; }')).to.equal(
      ' :host(:focus) ::slotted(*){color:red}',
    );
  });

  it('renders squeezed HTML as the original (one space wherever a line break was)', () => {
    const source = `<p class="a
        b">
      Du texte
      <b>gras</b>
      <span>suivi</span>.
    </p>`;
    expect(squeezeHtml(source)).to.equal(
      '<p class="a b"> Du texte <b>gras</b> <span>suivi</span>. </p>',
    );
    const original = document.createElement('div');
    const squeezed = document.createElement('div');
    original.innerHTML = source;
    squeezed.innerHTML = squeezeHtml(source);
    document.body.append(original, squeezed);
    try {
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what must not change.
      expect(squeezed.innerText).to.equal(original.innerText);
      expect(squeezed.querySelector('p')?.className).to.equal('a b');
      expect(squeezed.getBoundingClientRect().height).to.equal(
        original.getBoundingClientRect().height,
      );
    } finally {
      original.remove();
      squeezed.remove();
    }
  });
});
