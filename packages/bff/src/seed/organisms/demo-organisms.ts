import { Filiere, type RemoteZone } from '@vae/core';
import type { OrganismRecord } from '../../features/organisms/organism-record.js';
import { type Commune, loadGeography } from '../../geography/index.js';
import { GENERIC_BRANDS, NETWORKS, REGIONAL_BRANDS, SPECIALISTS } from './demo-brands.js';
import { DEMO_PLACES, STREETS } from './demo-places.js';
import { seededRandom } from './seeded-random.js';
import { levelRange, managedLevels, SiteBuilder, shortCommuneName } from './site-builder.js';

interface Place {
  commune: Commune;
  postalCode: string;
}

/** The day certificates of the "expired" demo organisms ran out. */
const EXPIRED_ON = '2025-06-30';

/**
 * The demo AAP directory: invented organisms in real communes (about 200 sites). Three national
 * networks manage every filière (so each demo certification finds AAPs on site and remotely),
 * each demo town has a local organism of a few filières, and specialists of one or two filières
 * have sites in several regions. Some sites are closed, hidden, or belong to an organism whose
 * Qualiopi certificate lacks the VAE mention, expired, or that is no longer active — those must
 * never be proposed. Deterministic: the same records, ids included, on every run.
 */
export function generateDemoOrganisms(): OrganismRecord[] {
  const random = seededRandom(20_260_301);
  const builder = new SiteBuilder(random);
  const places = demoPlaces();
  const street = () => random.pick(STREETS);
  const records: OrganismRecord[] = [];

  for (const network of NETWORKS) {
    const organism = builder.organism(network.brand, builder.validQualiopi());
    const levels = managedLevels(Filiere.values, levelRange(network.levels[0], network.levels[1]));
    const hosts = places.filter((_, i) => i % network.step === network.offset);
    for (const { commune, postalCode } of hosts) {
      builder.site(organism, `${network.brand} ${shortCommuneName(commune)}`, commune, postalCode, {
        modality: 'LIEU_ACCUEIL',
        levels,
        street: street(),
        pmrAccessible: true,
        departmentsServed: regionDepartments(commune),
      });
    }
    const head = hosts[0] ?? places[0];
    if (head) {
      builder.site(organism, `${network.brand} à distance`, head.commune, head.postalCode, {
        modality: 'A_DISTANCE',
        remoteZones: [...network.remoteZones],
        levels,
        street: street(),
        pmrAccessible: true,
      });
    }
    records.push(organism);
  }

  places.forEach(({ commune, postalCode }, i) => {
    const regional = REGIONAL_BRANDS[commune.department.region.code] ?? [];
    const brand =
      regional.length > 0 && random.chance(0.6)
        ? random.pick(regional)
        : random.pick(GENERIC_BRANDS);
    const short = shortCommuneName(commune);
    const organism = builder.organism(brand, localStanding(builder, i), {
      legalSuffix: short,
      website: random.chance(0.9),
    });
    const from = random.int(3, 5);
    const levels = managedLevels(
      random.sample(Filiere.values, random.int(1, 3)),
      levelRange(from, from + random.int(1, 3)),
    );
    builder.site(organism, `${brand} ${short}`, commune, postalCode, {
      modality: 'LIEU_ACCUEIL',
      levels,
      street: street(),
      pmrAccessible: random.chance(0.7),
      closed: i % 11 === 2,
      visible: i % 37 !== 10,
    });
    const zone = commune.department.zone;
    const overseas = zone !== null && zone !== 'FRANCE_METROPOLITAINE';
    if (zone && (overseas || i % 4 === 1)) {
      builder.site(organism, `${brand} ${short} à distance`, commune, postalCode, {
        modality: 'A_DISTANCE',
        remoteZones: [zone],
        levels,
        street: street(),
        pmrAccessible: false,
        closed: i % 23 === 9,
      });
    }
    records.push(organism);
  });

  for (const specialist of SPECIALISTS) {
    const organism = builder.organism(specialist.brand, builder.validQualiopi());
    const levels = specialist.filieres.flatMap((filiere) => {
      const from = random.int(3, 5);
      return managedLevels([filiere], levelRange(from, from + random.int(2, 3)));
    });
    const hosts = random.sample(places, random.int(2, 3));
    for (const { commune, postalCode } of hosts) {
      builder.site(
        organism,
        `${specialist.brand} ${shortCommuneName(commune)}`,
        commune,
        postalCode,
        {
          modality: 'LIEU_ACCUEIL',
          levels,
          idcc: [...specialist.idcc],
          street: street(),
          pmrAccessible: random.chance(0.8),
        },
      );
    }
    const head = hosts[0];
    if (head && random.chance(0.5)) {
      builder.site(organism, `${specialist.brand} à distance`, head.commune, head.postalCode, {
        modality: 'A_DISTANCE',
        remoteZones: ['FRANCE_METROPOLITAINE'] satisfies RemoteZone[],
        levels,
        idcc: [...specialist.idcc],
        street: street(),
        pmrAccessible: false,
      });
    }
    records.push(organism);
  }
  return records;
}

/** Most local organisms are in good standing; a few are not, and must never be proposed. */
function localStanding(builder: SiteBuilder, i: number) {
  const valid = builder.validQualiopi();
  if (i % 13 === 5) return { ...valid, qualiopiVae: false };
  if (i % 17 === 3) return { ...valid, qualiopiExpiresOn: EXPIRED_ON };
  if (i % 19 === 12) return { active: true, qualiopiVae: false, qualiopiExpiresOn: null };
  if (i % 29 === 7) return { ...valid, active: false };
  return valid;
}

function demoPlaces(): Place[] {
  const geography = loadGeography();
  return DEMO_PLACES.map(([code, postalCode]) => {
    const commune = geography.commune(code);
    if (!commune) throw new Error(`Demo place ${code} is not a commune of the geography datasets`);
    return { commune, postalCode };
  });
}

/** A network site serves its whole region. */
function regionDepartments(commune: Commune): string[] {
  return loadGeography()
    .departments()
    .filter((department) => department.region.code === commune.department.region.code)
    .map((department) => department.code);
}
