import { expect } from '@open-wc/testing';
import { bffUrl, partnerKey } from '../test-support/bff.js';
import { createSubmittedCandidacy } from '../test-support/candidacy-driver.js';
import { type FrameRequest, showOnForeignOrigin } from '../test-support/foreign-origin.js';

const SETTLED = ['ready', 'form', 'failed', 'expired', 'wrong-site', 'refused'];

function tracker(attributes: Record<string, string>, properties: Record<string, unknown> = {}) {
  return {
    tag: 'vae-dossier-status',
    attributes: { 'api-base': bffUrl, 'refresh-interval': '0', ...attributes },
    properties,
    settledStates: SETTLED,
  } satisfies FrameRequest;
}

async function mintEmbedSession(candidacyId: string): Promise<string> {
  const response = await fetch(`/__embed-session?${new URLSearchParams({ candidacyId })}`);
  return ((await response.json()) as { token: string }).token;
}

describe('<vae-dossier-status> on a site that no allow-list holds', () => {
  it('says the service is not available on this site, with the code, and nothing to retry', async () => {
    const candidacy = await createSubmittedCandidacy();
    const [withoutKey, withKey] = await showOnForeignOrigin([
      tracker({}, { trackingCode: candidacy.trackingCode }),
      tracker({ partner: partnerKey }, { trackingCode: candidacy.trackingCode }),
    ]);
    for (const [name, report] of Object.entries({ withoutKey, withKey })) {
      expect(report?.state, name).to.equal('refused');
      expect(report?.refusalCode, name).to.equal('ORIGIN_NOT_ALLOWED');
      expect(report?.text, name).to.contain('Ce service n’est pas disponible sur ce site.');
      expect(report?.text, name).not.to.contain('n’a pas pu être chargé');
      // No retry, no code form: only the site's owner can fix its list of sites.
      expect(report?.buttons, name).to.equal(0);
      expect(report?.errorCodes, name).to.deep.equal(['ORIGIN_NOT_ALLOWED']);
    }
  });

  it('says a session opened for another site cannot show here', async () => {
    const candidacy = await createSubmittedCandidacy();
    const token = await mintEmbedSession(candidacy.id);
    const [report] = await showOnForeignOrigin([tracker({ 'session-token': token })]);
    expect(report?.state).to.equal('wrong-site');
    expect(report?.text).to.contain('ouvert pour un autre site');
    expect(report?.buttons).to.equal(0);
    expect(report?.errorCodes).to.deep.equal(['ORIGIN_NOT_ALLOWED']);
  });
});
