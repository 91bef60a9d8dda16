import { expect } from '@open-wc/testing';
import { catalogues, formatDate, formatNumber, msg } from './i18n.js';

const placeholders = (message: unknown): string[] =>
  [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('i18n', () => {
  it('speaks French and English', () => {
    expect(msg('fr', 'common.retry')).to.equal('Réessayer');
    expect(msg('en', 'common.retry')).to.equal('Try again');
  });

  it('interpolates {name} placeholders and formats numbers for the language', () => {
    expect(msg('fr', 'error.invalidValue', { value: 'XYZ' })).to.equal(
      'La valeur « XYZ » n’est pas reconnue.',
    );
    expect(msg('en', 'error.tooManyRequests', { seconds: 1500 })).to.contain('in 1,500 s');
    // French groups thousands with a narrow no-break space.
    expect(msg('fr', 'error.tooManyRequests', { seconds: 1500 })).to.contain('1\u202f500 s');
  });

  it('picks plural forms from count (0 is singular in French)', () => {
    expect(msg('fr', 'common.results', { count: 0 })).to.equal('Aucun résultat');
    expect(msg('fr', 'common.results', { count: 1 })).to.equal('1 résultat');
    expect(msg('fr', 'common.results', { count: 1234 })).to.equal('1\u202f234 résultats');
    expect(msg('en', 'common.results', { count: 1 })).to.equal('1 result');
    expect(msg('en', 'common.results', { count: 2 })).to.equal('2 results');
  });

  it('formats dates for the language', () => {
    const date = new Date(Date.UTC(2026, 2, 3, 12));
    expect(formatDate('fr', date)).to.equal('3 mars 2026');
    expect(formatDate('en', date)).to.equal('3 March 2026');
    expect(msg('fr', 'common.updatedOn', { date })).to.equal('Mis à jour le 3 mars 2026');
    expect(formatNumber('en', 0.5)).to.equal('0.5');
  });

  it('has the same keys, forms and placeholders in both catalogues', () => {
    const { fr, en } = catalogues;
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(fr).sort());
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      expect(typeof en[key], key).to.equal(typeof fr[key]);
      expect(placeholders(en[key]), key).to.deep.equal(placeholders(fr[key]));
    }
  });
});
