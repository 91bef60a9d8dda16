import { inject } from 'vitest';
import { DEMO_URL } from './browser.js';

const DEMO_KEY = 'pk_live_demo-localhost-8787-not-a-secret';

/** A one-page PDF: the feasibility dossier the AAP sends (checked on its bytes by the server). */
const PDF = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj
trailer<</Root 1 0 R>>
%%EOF
`;

/**
 * The staff's side through the HTTP API with demo embed sessions (minted by /demo-api on the
 * local server), sent as the demo pages send them: from the demo origin.
 */
export function staffApi() {
  const base = `http://127.0.0.1:${inject('serverPort')}`;
  const sessions = new Map<string, string>();

  async function session(subject: 'aap' | 'certificateur'): Promise<string> {
    const known = sessions.get(subject);
    if (known) return known;
    const response = await fetch(`${base}/demo-api/sessions/${subject}`, { method: 'POST' });
    if (!response.ok) throw new Error(`demo session ${subject}: ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    sessions.set(subject, token);
    return token;
  }

  async function call(bearer: string, method: string, path: string, body?: unknown | FormData) {
    const headers: Record<string, string> = {
      Origin: DEMO_URL,
      Authorization: `Bearer ${bearer}`,
      'X-Vae-Partner': DEMO_KEY,
    };
    let payload: string | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${base}/api/v1${path}`, {
      method,
      headers,
      ...(payload === undefined ? {} : { body: payload }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return text ? (JSON.parse(text) as unknown) : null;
  }

  return {
    asAap: async (method: string, path: string, body?: unknown) =>
      call(await session('aap'), method, path, body),
    asCertificateur: async (method: string, path: string, body?: unknown) =>
      call(await session('certificateur'), method, path, body),
    asCandidate: (trackingCode: string, method: string, path: string, body?: unknown) =>
      call(trackingCode, method, path, body),
    async candidacyIdOf(trackingCode: string): Promise<string> {
      const candidacy = (await call(trackingCode, 'GET', '/candidate/candidacy')) as { id: string };
      return candidacy.id;
    },
    async sendFeasibility(id: string, certificateurId: string) {
      const form = new FormData();
      form.set('certificateurId', certificateurId);
      form.set('dossier', new Blob([PDF], { type: 'application/pdf' }), 'faisabilite.pdf');
      return call(await session('aap'), 'POST', `/aap/candidacies/${id}/feasibility`, form);
    },
  };
}
