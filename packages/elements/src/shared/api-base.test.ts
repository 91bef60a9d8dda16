import { expect } from '@open-wc/testing';
import { apiBaseFromScriptUrl, resolveApiBase } from './api-base.js';

const pageUrl = 'https://partner.example/dossiers/liste.html';

describe('resolveApiBase', () => {
  it('takes what precedes /widgets/ in the script URL, from a chunk or an entry', () => {
    expect(
      resolveApiBase({ scriptUrl: 'https://cdn.example.org/widgets/chunks/x-abc.js', pageUrl }),
    ).to.equal('https://cdn.example.org');
    expect(
      resolveApiBase({ scriptUrl: 'https://h.example/sub/widgets/vae-widgets.js', pageUrl }),
    ).to.equal('https://h.example/sub');
    expect(apiBaseFromScriptUrl('http://localhost:8787/widgets/vae-status-badge.js')).to.equal(
      'http://localhost:8787',
    );
  });

  it('lets the api-base attribute win over the script URL', () => {
    const scriptUrl = 'https://cdn.example.org/widgets/vae-widgets.js';
    expect(resolveApiBase({ attribute: 'https://api.example.net/', scriptUrl, pageUrl })).to.equal(
      'https://api.example.net',
    );
    expect(resolveApiBase({ attribute: '/vae/', scriptUrl, pageUrl })).to.equal(
      'https://partner.example/vae',
    );
  });

  it("falls back to the page's origin for a bundled copy or a blank attribute", () => {
    expect(
      resolveApiBase({ scriptUrl: 'https://partner.example/assets/app-1a2b.js', pageUrl }),
    ).to.equal('https://partner.example');
    expect(
      resolveApiBase({ scriptUrl: 'file:///app/node_modules/x/widgets/a.js', pageUrl }),
    ).to.equal('https://partner.example');
    expect(resolveApiBase({ attribute: '  ', pageUrl })).to.equal('https://partner.example');
  });
});
