import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

// DATABASE_URL=file:… + DATABASE_SYNC_URL=<sqld>: an instance that reads its local copy and
// sends its writes to the primary, next to an instance that talks to the primary directly.
describe('an embedded replica of a libSQL server', () => {
  let sqld: RunningSqld;
  let folder: string;
  let primary: BffInstance;
  let replica: BffInstance;
  let fx: LifecycleFixtures;

  beforeAll(async () => {
    sqld = await startSqld();
    folder = mkdtempSync(join(tmpdir(), 'vae-replica-'));
    const primaryDb = createDatabase(sqld.url);
    await migrateDatabase(primaryDb);
    primary = await startBffInstance(primaryDb, folder);
    fx = await seedLifecycleFixtures(primary.t);
    // No background sync during the test: each pull is explicit, so local reads are provable.
    const replicaDb = createDatabase(`file:${join(folder, 'replica.db')}`, {
      syncUrl: sqld.url,
      syncIntervalSeconds: 3600,
    });
    await replicaDb.sync();
    replica = await startBffInstance(replicaDb, folder);
  });

  afterAll(async () => {
    await Promise.all([primary?.close(), replica?.close()]);
    primary?.t.db.close();
    replica?.t.db.close();
    await sqld?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes through to the primary and reads its own writes at once', async () => {
    const c = await lifecycleJourney(lifecycleClient(replica.t, fx), fx).submitted();
    // The acting candidate reads the candidacy just created, from the replica.
    const own = await lifecycleClient(replica.t, fx).call('GET', '/candidate/candidacy', {
      bearer: c.trackingCode,
    });
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ id: c.id });
    // The write went to the primary: the other instance sees it.
    const onPrimary = await lifecycleClient(primary.t, fx).call('GET', `/aap/candidacies/${c.id}`, {
      bearer: fx.keys.aap,
    });
    expect(onPrimary.status).toBe(200);
  });

  it('reads its local copy, which catches up with other writers on sync', async () => {
    const c = await lifecycleJourney(lifecycleClient(replica.t, fx), fx).submitted();
    const taken = await lifecycleClient(primary.t, fx).call(
      'POST',
      `/aap/candidacies/${c.id}/take-over`,
      { bearer: fx.keys.aap },
    );
    expect(taken.status).toBe(200);
    const read = async () =>
      (
        await lifecycleClient(replica.t, fx).call('GET', '/candidate/candidacy', {
          bearer: c.trackingCode,
        })
      ).json();

    // Another instance's write is not in the local copy until the next pull.
    expect(await read()).toMatchObject({ status: c.status });
    await replica.t.db.sync();
    expect(await read()).toMatchObject({ status: 'PRISE_EN_CHARGE' });
  });
});
