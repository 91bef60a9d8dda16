import { expect } from '@open-wc/testing';
import { formatMessage, lazyEnglish } from './lang.js';

describe('formatMessage', () => {
  const found = { zero: 'Aucun résultat', one: '{count} résultat', other: '{count} résultats' };

  it('picks the counted form, zero included', () => {
    expect(formatMessage('fr', found, { count: 0 })).to.equal('Aucun résultat');
    expect(formatMessage('fr', found, { count: 1 })).to.equal('1 résultat');
    expect(
      formatMessage('en', { one: '{count} result', other: '{count} results' }, { count: 2 }),
    ).to.equal('2 results');
  });

  it('writes numbers the language’s way and keeps unknown placeholders', () => {
    expect(formatMessage('fr', '{n} sur {total}', { n: 1234 })).to.match(/^1\s234 sur \{total\}$/);
    expect(formatMessage('en', '{n}', { n: 1234.5 })).to.equal('1,234.5');
  });
});

describe('lazyEnglish', () => {
  const fr = { hello: 'Bonjour' };

  it('speaks French until the English strings are there', async () => {
    const strings = lazyEnglish(async () => ({ en: { hello: 'Hello' } }), fr);
    expect(strings.settled()).to.equal(false);
    expect(strings.in('en').hello).to.equal('Bonjour');
    await strings.load();
    expect(strings.settled()).to.equal(true);
    expect(strings.in('en').hello).to.equal('Hello');
    expect(strings.in('fr').hello).to.equal('Bonjour');
  });

  it('settles in French for good when English cannot be fetched, fetching once', async () => {
    let fetches = 0;
    const strings = lazyEnglish(async (): Promise<{ en: typeof fr }> => {
      fetches += 1;
      throw new Error('offline');
    }, fr);
    await strings.load();
    await strings.load();
    expect(fetches).to.equal(1);
    expect(strings.settled()).to.equal(true);
    expect(strings.in('en').hello).to.equal('Bonjour');
  });
});
