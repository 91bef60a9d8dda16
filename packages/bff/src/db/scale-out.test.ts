import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CertificationSearchResponse } from '../features/certifications/schemas.js';
import { importRncp } from '../importers/rncp/import-rncp.js';
import { type BffInstance, startBffInstance } from '../test-support/bff-instance.js';
import {
  type LifecycleFixtures,
  lifecycleClient,
  seedLifecycleFixtures,
} from '../test-support/lifecycle-fixtures.js';
import { lifecycleJourney } from '../test-support/lifecycle-journey.js';
import { type RunningSqld, startSqld } from '../test-support/sqld.js';
import { createDatabase } from './client.js';
import { migrateDatabase } from './migrate.js';

// Two BFF instances, each with its own database client, on two ports, sharing one libSQL
// server and one documents folder: what N nodes behind a load balancer would be.
describe('two BFF instances on one libSQL server (sqld)', () => {
  let sqld: RunningSqld;
  let folder: string;
  let first: BffInstance;
  let second: BffInstance;
  let fx: LifecycleFixtures;

  beforeAll(async () => {
    sqld = await startSqld();
    folder = mkdtempSync(join(tmpdir(), 'vae-scale-out-'));
    const firstDb = createDatabase(sqld.url);
    await migrateDatabase(firstDb);
    const limits = { rateLimit: { perKeyPerMinute: 3, perIpPerMinute: 1_000_000 } };
    first = await startBffInstance(firstDb, folder, limits);
    second = await startBffInstance(createDatabase(sqld.url), folder, limits);
    fx = await seedLifecycleFixtures(first.t);
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    first?.t.db.close();
    second?.t.db.close();
    await sqld?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('shows a candidacy created on one instance on the other, which can act on it', async () => {
    const c = await lifecycleJourney(lifecycleClient(first.t, fx), fx).submitted();
    const onSecond = lifecycleClient(second.t, fx);

    const listed = await onSecond.call('GET', `/aap/candidacies/${c.id}`, { bearer: fx.keys.aap });
    expect(listed.status).toBe(200);
    const taken = await onSecond.call('POST', `/aap/candidacies/${c.id}/take-over`, {
      bearer: fx.keys.aap,
    });
    expect(taken.status).toBe(200);
    // The same action again, on the first instance: the version check spans instances.
    const again = await lifecycleClient(first.t, fx).call(
      'POST',
      `/aap/candidacies/${c.id}/take-over`,
      { bearer: fx.keys.aap },
    );
    expect(again.status).toBe(409);

    const tracked = await lifecycleClient(first.t, fx).call('GET', '/candidate/candidacy', {
      bearer: c.trackingCode,
    });
    expect(await tracked.json()).toMatchObject({ id: c.id, status: 'PRISE_EN_CHARGE' });
  });

  it('rebuilds the search index of one instance after an import through the other', async () => {
    const search = (instance: BffInstance) =>
      instance.t.app.request('/api/v1/certifications?q=poissonnier', {
        headers: { 'X-Vae-Partner': fx.partner.publishableKey },
      });
    const before = (await (await search(second)).json()) as CertificationSearchResponse;
    expect(before.total).toBe(0);

    const xml = join(folder, 'export.xml');
    writeFileSync(
      xml,
      `<?xml version="1.0" encoding="UTF-8"?>
<FICHES><VERSION_FLUX>4.1</VERSION_FLUX>
<FICHE><NUMERO_FICHE>RNCP37383</NUMERO_FICHE><INTITULE>Poissonnier-écailler</INTITULE>
<ACTIF>Oui</ACTIF><SI_JURY_VAE><ACTIF>Oui</ACTIF></SI_JURY_VAE></FICHE>
</FICHES>`,
    );
    expect((await importRncp(first.t.db, xml)).created).toBe(1);

    // The second instance compares the catalogue version every few seconds, as its clock moves;
    // the rebuild runs in the background, so a loaded sqld may need a few checks.
    await vi.waitFor(
      async () => {
        second.t.clock.set(new Date(second.t.clock.now().getTime() + 60_000));
        const after = (await (await search(second)).json()) as CertificationSearchResponse;
        expect(after.items[0]?.rncpCode).toBe('RNCP37383');
      },
      { timeout: 20_000, interval: 200 },
    );
  });

  it('counts rate limits per instance (documented in docs/OPERATIONS.md)', async () => {
    const call = (instance: BffInstance) =>
      instance.t.app.request('/api/v1/aap/candidacies', {
        headers: { Authorization: `Bearer vae_ak_${'7'.repeat(32)}` },
      });
    const onFirst = [];
    for (let i = 0; i < 4; i++) onFirst.push((await call(first)).status);
    expect(onFirst).toEqual([401, 401, 401, 429]);
    // The same credential still has its whole allowance on the other instance.
    expect((await call(second)).status).toBe(401);
  });
});
