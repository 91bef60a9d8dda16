import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countAapSites } from '../../features/organisms/repository.js';
import type { OrganismPage } from '../../features/organisms/schemas.js';
import { loadGeography } from '../../geography/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { DEMO_CATALOGUE } from '../demo-catalogue/index.js';
import { seedDemoData } from '../seed-demo.js';
import { seedDemoOrganisms } from '../seed-organisms.js';
import { generateDemoOrganisms } from './demo-organisms.js';
import { generateScaleOrganisms } from './scale-organisms.js';

// The demo AAP directory, as seeded on a fresh install, seen through the API.

let t: TestApp;
beforeAll(async () => {
  // Many searches in a row: the per-IP rate limit is not what these tests are about.
  t = await createTestApp({ rateLimit: { perKeyPerMinute: 1e9, perIpPerMinute: 1e9 } });
  await seedDemoData(t.db, { now: t.clock.now() });
});
afterAll(() => t.close());

async function search(query: string): Promise<OrganismPage> {
  const response = await t.app.request(`/api/v1/organisms?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as OrganismPage;
}

const records = generateDemoOrganisms();
const sites = records.flatMap((organism) => organism.sites);

describe('the demo AAP directory', () => {
  it('holds at least 120 sites in every region and overseas, on site and remote', async () => {
    expect(await countAapSites(t.db)).toBe(sites.length);
    expect(sites.length).toBeGreaterThanOrEqual(120);
    const geography = loadGeography();
    const regions = new Set(
      sites.map((site) => geography.department(site.department ?? '')?.region.code),
    );
    for (const region of [
      '11',
      '24',
      '27',
      '28',
      '32',
      '44',
      '52',
      '53',
      '75',
      '76',
      '84',
      '93',
      '94',
      '01',
      '02',
      '03',
      '04',
      '06',
    ]) {
      expect(regions, region).toContain(region);
    }
    expect(sites.some((site) => site.modality === 'A_DISTANCE')).toBe(true);
    const zones = new Set(sites.flatMap((site) => site.remoteZones));
    for (const zone of [
      'FRANCE_METROPOLITAINE',
      'GUADELOUPE',
      'MARTINIQUE',
      'GUYANE',
      'LA_REUNION',
      'MAYOTTE',
    ]) {
      expect(zones, zone).toContain(zone);
    }
    const levels = new Set(sites.flatMap((site) => site.levels.map((managed) => managed.level)));
    expect([...levels].sort()).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('has closed sites and organisms without a valid Qualiopi VAE certificate, never proposed', async () => {
    const closed = sites.filter((site) => site.closed);
    const unfit = records.filter(
      (o) =>
        !o.active || !o.qualiopiVae || !o.qualiopiExpiresOn || o.qualiopiExpiresOn < '2026-03-02',
    );
    expect(closed.length).toBeGreaterThanOrEqual(5);
    expect(unfit.length).toBeGreaterThanOrEqual(5);
    const never = new Set([
      ...closed.map((s) => s.id),
      ...unfit.flatMap((o) => o.sites.map((s) => s.id)),
    ]);
    const proposed: string[] = [];
    const first = await search('limit=50');
    for (let offset = 0; offset < first.total; offset += 50) {
      const page = await search(`limit=50&offset=${offset}&seed=${first.seed}`);
      proposed.push(...page.items.map((item) => item.id));
    }
    expect(new Set(proposed).size).toBe(first.total);
    expect(proposed.filter((id) => never.has(id))).toEqual([]);
  });

  it('proposes AAPs on site and remotely for every demo certification open to VAE', async () => {
    const open = DEMO_CATALOGUE.filter((c) => c.active && c.vaeAccessible);
    expect(open.length).toBeGreaterThan(0);
    for (const { code } of open) {
      const onSite = await search(`certification=${code}&modality=LIEU_ACCUEIL&postalCode=35000`);
      expect(onSite.total, code).toBeGreaterThanOrEqual(5);
      const remote = await search(`certification=${code}&modality=A_DISTANCE&postalCode=35000`);
      expect(remote.total, code).toBeGreaterThanOrEqual(1);
      const reunion = await search(`certification=${code}&modality=A_DISTANCE&postalCode=97400`);
      expect(reunion.total, code).toBeGreaterThanOrEqual(1);
    }
  });

  it('is the same on every run, so seeding again writes nothing', async () => {
    expect(JSON.stringify(generateDemoOrganisms())).toBe(JSON.stringify(records));
    expect(await seedDemoOrganisms(t.db, t.clock.now())).toEqual({ organisms: 0, sites: 0 });
    expect((await seedDemoData(t.db, { now: t.clock.now() })).organisms).toBeNull();
  });
});

describe('the scale AAP directory', () => {
  it('generates exactly the sites asked for, deterministically, with ids apart from the demo ones', () => {
    const scale = generateScaleOrganisms(500);
    const scaleSites = scale.flatMap((organism) => organism.sites);
    expect(scaleSites).toHaveLength(500);
    expect(JSON.stringify(generateScaleOrganisms(500))).toBe(JSON.stringify(scale));
    const demoIds = new Set(sites.map((site) => site.id));
    expect(scaleSites.some((site) => demoIds.has(site.id))).toBe(false);
    expect(new Set(scale.map((o) => o.siret)).size).toBe(scale.length);
    expect(() => generateScaleOrganisms(-1)).toThrow(RangeError);
  });
});
