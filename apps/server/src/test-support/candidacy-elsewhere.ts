import { createPartner, type Database } from '@vae/bff';
import type { composeServerApp } from '../server.js';
import { candidacyCreation } from './candidacy-write-load.js';

/**
 * A candidacy sent through another partner's site (not the demo partner's): the demo
 * university may only follow it once its candidate links it with the tracking code.
 */
export async function candidacyFromElsewhere(
  app: ReturnType<typeof composeServerApp>,
  db: Database,
  index: number,
): Promise<{ id: string; trackingCode: string }> {
  const partner = await createPartner(db, {
    name: `Carif-Oref ${index}`,
    origins: [`https://carif-${index}.example.org`],
  });
  const res = await app.request('/api/v1/candidacies', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Vae-Partner': partner.publishableKey },
    body: JSON.stringify(candidacyCreation(index)),
  });
  if (res.status !== 201) throw new Error(`creation answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { id: string; trackingCode: string };
}
