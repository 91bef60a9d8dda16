import type { createApp } from '../app.js';
import type { Database } from '../db/client.js';
import { createPartner } from '../features/partners/service.js';

type App = ReturnType<typeof createApp>;

/**
 * Public endpoints require a partner's publishable key. So that feature tests need not repeat
 * it, the test app gets a partner of its own (no origins: it speaks server to server) and adds
 * its key to every request that carries no key and no Origin; a request that sets either is
 * sent as written, so the partner tests see exactly what they send.
 */
export async function addTestPartner(app: App, db: Database): Promise<string> {
  const { publishableKey } = await createPartner(db, { name: 'Partenaire de test', origins: [] });
  const send = app.request;
  app.request = ((input, init, ...rest) =>
    send(input, withPartnerKey(input, init, publishableKey), ...rest)) as App['request'];
  return publishableKey;
}

function withPartnerKey(
  input: Parameters<App['request']>[0],
  init: RequestInit | undefined,
  key: string,
): RequestInit | undefined {
  if (typeof input !== 'string' && !(input instanceof URL)) return init;
  const headers = new Headers(init?.headers);
  const url = new URL(String(input), 'http://localhost');
  if (headers.has('X-Vae-Partner') || headers.has('Origin') || url.searchParams.has('partner')) {
    return init;
  }
  headers.set('X-Vae-Partner', key);
  return { ...init, headers };
}
