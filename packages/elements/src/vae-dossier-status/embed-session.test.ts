import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { bffUrl } from '../test-support/bff.js';
import { createSubmittedCandidacy } from '../test-support/candidacy-driver.js';
import './define.js';
import type { VaeDossierStatus } from './vae-dossier-status.js';

interface MintedSession {
  token: string;
  expiresAt: string;
}

/**
 * Asks the partner's server (played by the test BFF plugin, which alone holds the secret key)
 * to mint an embed session for the candidacy; `expired`: one minted 16 minutes ago.
 */
async function mintEmbedSession(candidacyId: string, expired = false): Promise<MintedSession> {
  return mint({ candidacyId, ...(expired ? { expired: '1' } : {}) });
}

/** The same, by a second partner whose only site is https://other.example (not this page). */
function mintForOtherPartner(candidacy: { id: string; trackingCode: string }) {
  return mint({
    candidacyId: candidacy.id,
    partner: 'other',
    trackingCode: candidacy.trackingCode,
  });
}

async function mint(params: Record<string, string>): Promise<MintedSession> {
  const query = new URLSearchParams(params);
  const response = await fetch(`/__embed-session?${query}`);
  const body = (await response.json()) as MintedSession;
  expect(body.token, JSON.stringify(body)).to.match(/^vae_es_[\w-]{115}$/);
  return body;
}

const stateOf = (el: VaeDossierStatus) =>
  el.shadowRoot?.querySelector('div[data-state]')?.getAttribute('data-state');

describe('<vae-dossier-status> with real embed sessions', () => {
  it('shows the dossier with a minted token and renews an expired one through fetchSessionToken', async () => {
    const candidacy = await createSubmittedCandidacy();
    const expired = await mintEmbedSession(candidacy.id, true);
    expect(Date.parse(expired.expiresAt)).to.be.below(Date.now());
    const minted: MintedSession[] = [];
    const errors: unknown[] = [];
    const statuses: number[] = [];
    const original = window.fetch;
    window.fetch = async (input, init) => {
      const response = await original(input, init);
      if (String(input instanceof Request ? input.url : input).endsWith('/candidate/candidacy')) {
        statuses.push(response.status);
      }
      return response;
    };
    try {
      const el = await fixture<VaeDossierStatus>(html`
        <vae-dossier-status
          api-base=${bffUrl}
          refresh-interval="0"
          session-token=${expired.token}
          .fetchSessionToken=${async () => {
            const session = await mintEmbedSession(candidacy.id);
            minted.push(session);
            return session;
          }}
          @vae-error=${(event: CustomEvent) => errors.push(event.detail)}
        ></vae-dossier-status>
      `);
      await waitUntil(() => stateOf(el) === 'ready', 'the dossier shows after the renewal', {
        timeout: 5000,
      });
      // The real BFF refused the expired token (401), then accepted the renewed one.
      expect(statuses).to.deep.equal([401, 200]);
      expect(minted.length).to.equal(1);
      expect(errors).to.deep.equal([]);
      const status = el.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim();
      expect(status).to.equal('Candidature envoyée');
      expect(el.shadowRoot?.querySelector('li[aria-current="step"]')).to.not.equal(null);
      await expect(el).to.be.accessible();

      // A fresh token given by the host page is used as it is: no renewal needed.
      const fresh = await mintEmbedSession(candidacy.id);
      const readings = statuses.length;
      el.fetchSessionToken = undefined;
      el.sessionToken = fresh.token;
      await waitUntil(() => statuses.length > readings, 'the element reads with the new token');
      await el.refresh();
      // Accepted (not 401), and the candidacy has not moved: 304 against the ETag.
      expect(statuses.slice(readings)).to.deep.equal([304, 304]);
      expect(minted.length, 'nothing renewed').to.equal(1);
      expect(stateOf(el)).to.equal('ready');
    } finally {
      window.fetch = original;
    }
  });

  it('refuses a token minted by a partner whose sites do not include this page, with a clear message', async () => {
    const candidacy = await createSubmittedCandidacy();
    const foreign = await mintForOtherPartner(candidacy);
    const errors: { code: string; problem?: { status: number } }[] = [];
    const el = await fixture<VaeDossierStatus>(html`
      <vae-dossier-status
        api-base=${bffUrl}
        refresh-interval="0"
        session-token=${foreign.token}
        @vae-error=${(event: CustomEvent) => errors.push(event.detail)}
      ></vae-dossier-status>
    `);
    await waitUntil(() => stateOf(el) === 'wrong-site', 'the refusal shows', { timeout: 5000 });
    const alert = el.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).to.contain('ouvert pour un autre site');
    expect(errors.map((e) => [e.code, e.problem?.status])).to.deep.equal([
      ['ORIGIN_NOT_ALLOWED', 403],
    ]);
    // Neither the dossier nor a spinner nor a retry that could only fail again.
    expect(el.shadowRoot?.querySelector('[part~="timeline"]')).to.equal(null);
    expect(el.shadowRoot?.querySelector('button')).to.equal(null);
    expect(el.shadowRoot?.textContent).not.to.contain('Chargement');
    await expect(el).to.be.accessible();
    await executeServerCommand('save-screenshot', { name: 'dossier-status-wrong-site' });

    // The same candidacy through this page's own partner shows: the refusal was the origin's.
    el.sessionToken = (await mintEmbedSession(candidacy.id)).token;
    await waitUntil(() => stateOf(el) === 'ready', 'shown with this site’s token', {
      timeout: 5000,
    });
  });

  it('confirms the parcours with an embed session, renewing it silently when the API refuses it', async () => {
    const candidacy = await createSubmittedCandidacy();
    await candidacy.takeOver();
    await candidacy.sendParcours();
    const minted: MintedSession[] = [];
    const errors: unknown[] = [];
    const changes: unknown[] = [];
    const el = await fixture<VaeDossierStatus>(html`
      <vae-dossier-status
        api-base=${bffUrl}
        refresh-interval="0"
        session-token=${(await mintEmbedSession(candidacy.id)).token}
        .fetchSessionToken=${async () => {
          const session = await mintEmbedSession(candidacy.id);
          minted.push(session);
          return session;
        }}
        @vae-error=${(event: CustomEvent) => errors.push(event.detail)}
        @vae-status-change=${(event: CustomEvent) => changes.push(event.detail)}
      ></vae-dossier-status>
    `);
    await waitUntil(() => stateOf(el) === 'ready', 'the dossier shows', { timeout: 5000 });
    await el.updateComplete;
    // The session expired while the candidate read the parcours: the API refuses the token once.
    const statuses: number[] = [];
    const original = window.fetch;
    window.fetch = async (input, init) => {
      if (!String(input).endsWith('/parcours/confirm')) return original(input, init);
      const response =
        statuses.length === 0
          ? Response.json(
              { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'expired' },
              { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : await original(input, init);
      statuses.push(response.status);
      return response;
    };
    try {
      el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="parcours"] button')?.focus();
      await sendKeys({ press: 'Enter' });
      const label = () => el.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim();
      await waitUntil(() => label() === 'Parcours validé', 'confirmed with the renewed token', {
        timeout: 5000,
      });
      expect(statuses).to.deep.equal([401, 200]);
      expect(minted.length, 'one renewal').to.equal(1);
      expect(errors).to.deep.equal([]);
      expect(changes).to.deep.equal([
        { status: 'PARCOURS_CONFIRME', previousStatus: 'PARCOURS_ENVOYE' },
      ]);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });
});
