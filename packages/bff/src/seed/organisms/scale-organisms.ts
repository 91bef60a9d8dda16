import { Filiere } from '@vae/core';
import type { OrganismRecord } from '../../features/organisms/organism-record.js';
import { type Commune, loadGeography } from '../../geography/index.js';
import { GENERIC_BRANDS } from './demo-brands.js';
import { STREETS } from './demo-places.js';
import { seededRandom } from './seeded-random.js';
import { levelRange, managedLevels, SiteBuilder, shortCommuneName } from './site-builder.js';

const MAX_SITES = 100_000;
/** Towns big enough to host an AAP (and placed by the gazetteer itself). */
const MIN_POPULATION = 3_000;

/**
 * A synthetic AAP directory of `count` sites for benchmarks (`vae seed scale --organisms N`):
 * organisms of one to three sites in French towns of every department, one site in ten remote,
 * one to four filières each, and as many closed or ineligible ones as in the demo directory.
 * Deterministic for a given `seed`; ids never collide with the demo directory's.
 */
export function generateScaleOrganisms(count: number, seed = 1): OrganismRecord[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_SITES) {
    throw new RangeError(`count must be an integer from 0 to ${MAX_SITES}`);
  }
  const random = seededRandom(0x5ca1e000 + seed);
  const builder = new SiteBuilder(random);
  const towns = hostTowns();
  const records: OrganismRecord[] = [];
  let sites = 0;
  for (let n = 0; sites < count; n++) {
    const home = random.pick(towns);
    const brand = `${random.pick(GENERIC_BRANDS)} ${n + 1}`;
    const organism = builder.organism(brand, standing(builder, random.next()), {
      website: random.chance(0.9),
    });
    const from = random.int(3, 6);
    const levels = managedLevels(
      random.sample(Filiere.values, random.int(1, 4)),
      levelRange(from, from + random.int(0, 3)),
    );
    const siteCount = Math.min(count - sites, random.int(1, 3));
    for (let s = 0; s < siteCount; s++) {
      const commune = s === 0 ? home : random.pick(towns);
      const remote = random.chance(0.1) && commune.department.zone !== null;
      builder.site(
        organism,
        `${brand} ${remote ? 'à distance' : shortCommuneName(commune)}`,
        commune,
        commune.postalCodes[0] ?? '',
        {
          modality: remote ? 'A_DISTANCE' : 'LIEU_ACCUEIL',
          remoteZones: remote && commune.department.zone ? [commune.department.zone] : [],
          levels,
          street: random.pick(STREETS),
          pmrAccessible: random.chance(0.7),
          closed: random.chance(0.05),
        },
      );
    }
    sites += siteCount;
    records.push(organism);
  }
  return records;
}

function standing(builder: SiteBuilder, draw: number) {
  const valid = builder.validQualiopi();
  if (draw < 0.05) return { ...valid, qualiopiVae: false };
  if (draw < 0.08) return { ...valid, qualiopiExpiresOn: '2025-06-30' };
  if (draw < 0.1) return { ...valid, active: false };
  return valid;
}

function hostTowns(): Commune[] {
  const geography = loadGeography();
  return geography
    .departments()
    .flatMap((department) => geography.communesOfDepartment(department.code))
    .filter(
      (commune) =>
        commune.population >= MIN_POPULATION &&
        commune.position?.precision === 'commune' &&
        commune.postalCodes.length > 0,
    );
}
