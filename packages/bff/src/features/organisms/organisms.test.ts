import type { CertificationLevel, Filiere, RemoteZone } from '@vae/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGeography } from '../../geography/index.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import type { CertificationRecord } from '../certifications/certification-record.js';
import { upsertCertifications } from '../certifications/repository.js';
import type { AapSiteRecord, OrganismRecord } from './organism-record.js';
import { insertOrganisms } from './repository.js';
import type { OrganismItem, OrganismPage } from './schemas.js';

// The AAP directory through app.request() on a real database, with small fixtures per rule.
// The test clock says 2026-03-02 (Paris).

const HEALTH_4 = 'RNCP90001';
const BUILDING_6 = 'RNCP90002';

function certification(
  code: string,
  level: CertificationLevel,
  filiere: Filiere,
  extra: Partial<CertificationRecord> = {},
): CertificationRecord {
  return {
    code,
    registry: 'RNCP',
    label: `Certification ${code}`,
    typeCode: 'TP',
    typeLabel: 'Titre professionnel',
    level,
    active: true,
    vaeAccessible: true,
    registrationEnd: null,
    filiere,
    formacodes: [],
    nsfCodes: [],
    idcc: [],
    blocs: [],
    parcours: [],
    replaces: [],
    replacedBy: [],
    certificateurs: [],
    ...extra,
  };
}

let sequence = 0;
/** Deterministic UUIDs (v7 layout) so the tests can name sites in expectations. */
function nextId(): string {
  sequence += 1;
  return `01900000-0000-7000-8000-${String(sequence).padStart(12, '0')}`;
}

function siret(): string {
  // A valid Luhn SIRET per organism: 9 fixed digits + a counter + a check digit.
  const body = `73282932${String(sequence).padStart(5, '0')}`;
  for (let check = 0; check <= 9; check++) {
    const candidate = `${body}${check}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let digit = Number(candidate[13 - i]);
      if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('no check digit');
}

type SiteOptions = Partial<Omit<AapSiteRecord, 'levels'>> & {
  levels?: [Filiere, CertificationLevel][];
};

function site(publicName: string, communeCode: string, options: SiteOptions = {}): AapSiteRecord {
  const commune = loadGeography().commune(communeCode);
  if (!commune) throw new Error(`unknown commune ${communeCode}`);
  const { levels = [['SANTE', 4]], ...rest } = options;
  return {
    id: nextId(),
    publicName,
    email: 'contact@aap.example.org',
    phone: '01 99 00 12 34',
    address: '1 rue de la Paix',
    postalCode: commune.postalCodes[0] ?? null,
    communeCode: commune.code,
    communeName: commune.name,
    department: commune.department.code,
    latitude: commune.position?.lat ?? null,
    longitude: commune.position?.lon ?? null,
    modality: 'LIEU_ACCUEIL',
    remoteZones: [],
    departmentsServed: [commune.department.code],
    formacodes: [],
    idcc: [],
    pmrAccessible: true,
    closed: false,
    visible: true,
    levels: levels.map(([filiere, level]) => ({ filiere, level })),
    ...rest,
  };
}

function remote(publicName: string, zones: RemoteZone[], options: SiteOptions = {}) {
  return site(publicName, '75111', { modality: 'A_DISTANCE', remoteZones: zones, ...options });
}

function organism(
  legalName: string,
  sites: AapSiteRecord[],
  standing: Partial<OrganismRecord> = {},
): OrganismRecord {
  return {
    id: nextId(),
    legalName,
    siret: siret(),
    website: 'https://www.aap.example.org',
    active: true,
    qualiopiVae: true,
    qualiopiExpiresOn: '2027-12-31',
    sites,
    ...standing,
  };
}

const GENERALISTS = 30;

const fixtures = {
  lyon: site('Parcours Santé Lyon', '69383'),
  grenoble: site('Soins Expert Grenoble', '38185', {
    levels: [
      ['SANTE', 4],
      ['SANTE', 5],
    ],
  }),
  paris: site('Branche Hospitalière Paris', '75111', {
    levels: [['INDUSTRIE', 4]],
    idcc: ['2264'],
  }),
  marseille: site('Formacode Marseille', '13201', {
    levels: [['COMMERCE_VENTE', 4]],
    formacodes: ['43448'],
    pmrAccessible: false,
  }),
  creteil: site('Élan Compétences Créteil', '94028'),
  wrongLevel: site('Niveau Six Nantes', '44109', { levels: [['SANTE', 6]] }),
  wrongFiliere: site('Bâtiment Rennes', '35238', {
    levels: [
      ['BTP', 4],
      ['BTP', 6],
    ],
  }),
  closed: site('Fermée Lille', '59350', { closed: true }),
  hidden: site('Cachée Metz', '57463', { visible: false }),
  withoutVae: site('Sans Mention Dijon', '21231'),
  expired: site('Expirée Tours', '37261'),
  expiresToday: site('Expire Aujourdhui Caen', '14118'),
  inactive: site('Inactive Brest', '29019'),
  servesRhone: site('Desserte Rhône Grenoble', '38185', { departmentsServed: ['38', '69'] }),
  remoteMainland: remote('Distance Métropole', ['FRANCE_METROPOLITAINE']),
  remoteReunion: remote('Distance Réunion', ['LA_REUNION']),
  remoteAntilles: remote('Distance Antilles', ['GUADELOUPE', 'MARTINIQUE']),
  generalists: Array.from({ length: GENERALISTS }, (_, i) =>
    site(`Généraliste ${i + 1}`, '63113', { departmentsServed: ['63'] }),
  ),
};

let t: TestApp;
beforeAll(async () => {
  // Many searches in a row: the per-IP rate limit is not what these tests are about.
  t = await createTestApp({ rateLimit: { perKeyPerMinute: 1e9, perIpPerMinute: 1e9 } });
  await upsertCertifications(t.db, [
    certification(HEALTH_4, 4, 'SANTE', {
      idcc: ['2264'],
      formacodes: [{ code: '43448', label: 'Santé' }],
    }),
    certification(BUILDING_6, 6, 'BTP'),
  ]);
  const f = fixtures;
  await insertOrganisms(
    t.db,
    [
      organism('ASSOCIATION PARCOURS SANTE', [f.lyon, f.grenoble, f.servesRhone]),
      organism('SAS BRANCHE HOSPITALIERE', [f.paris]),
      organism('SARL FORMACODE', [f.marseille]),
      organism('ASSOCIATION ÉCOLE DES ACQUIS', [f.creteil]),
      organism('SAS AUTRES', [f.wrongLevel, f.wrongFiliere, f.closed, f.hidden]),
      organism('SAS SANS MENTION', [f.withoutVae], { qualiopiVae: false }),
      organism('SAS EXPIREE', [f.expired], { qualiopiExpiresOn: '2026-03-01' }),
      organism('SAS EXPIRE AUJOURDHUI', [f.expiresToday], { qualiopiExpiresOn: '2026-03-02' }),
      organism('SAS INACTIVE', [f.inactive], { active: false }),
      organism('SCOP A DISTANCE', [f.remoteMainland, f.remoteReunion, f.remoteAntilles]),
      organism('ASSOCIATION GENERALISTE', f.generalists),
    ],
    t.clock.now(),
  );
});
afterAll(() => t.close());

async function search(query: string): Promise<OrganismPage> {
  const response = await t.app.request(`/api/v1/organisms?${query}`);
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as OrganismPage;
}

/** Every item of a search, page by page with the seed of the first page. */
async function everything(query: string): Promise<OrganismItem[]> {
  const first = await search(`${query}&limit=50`);
  const items = [...first.items];
  while (items.length < first.total) {
    const page = await search(`${query}&limit=50&offset=${items.length}&seed=${first.seed}`);
    if (page.items.length === 0) break;
    items.push(...page.items);
  }
  return items;
}

const names = (items: readonly OrganismItem[]) => items.map((item) => item.publicName);

async function problem(url: string) {
  const response = await t.app.request(url);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as { detail: string; errors: { path: string }[] };
  return { status: response.status, body };
}

describe('GET /api/v1/organisms: who can serve a certification', () => {
  it('proposes the sites managing the level and sharing the filière, a convention collective or a formacode', async () => {
    const found = names(await everything(`certification=${HEALTH_4}&modality=LIEU_ACCUEIL`));
    expect(found).toEqual(
      expect.arrayContaining([
        'Parcours Santé Lyon',
        'Soins Expert Grenoble',
        'Branche Hospitalière Paris', // convention collective 2264
        'Formacode Marseille', // formacode 43448
        'Élan Compétences Créteil',
        'Expire Aujourdhui Caen', // the certificate is valid on its expiry day
      ]),
    );
    expect(found).not.toContain('Niveau Six Nantes'); // manages level 6 only
    expect(found).not.toContain('Bâtiment Rennes'); // another filière
    expect(found).toHaveLength(7 + GENERALISTS);
  });

  it('never proposes closed, hidden, inactive sites or organisms without a valid Qualiopi VAE certificate', async () => {
    const found = names(await everything(`certification=${HEALTH_4}`));
    for (const excluded of [
      'Fermée Lille',
      'Cachée Metz',
      'Sans Mention Dijon',
      'Expirée Tours',
      'Inactive Brest',
    ]) {
      expect(found).not.toContain(excluded);
    }
    expect(found).toContain('Distance Métropole');
  });

  it('filters by level managed and by accessibility', async () => {
    const level6 = names(await everything('level=6'));
    expect(level6).toEqual(expect.arrayContaining(['Niveau Six Nantes', 'Bâtiment Rennes']));
    expect(level6).not.toContain('Parcours Santé Lyon');
    expect(names(await everything(`certification=${BUILDING_6}`))).toEqual(['Bâtiment Rennes']);
    const accessible = names(await everything(`certification=${HEALTH_4}&pmr=true`));
    expect(accessible).not.toContain('Formacode Marseille');
    expect(accessible).toContain('Parcours Santé Lyon');
  });

  it('answers each item with public, commercial information and the Qualiopi state', async () => {
    const { items } = await search(`certification=${HEALTH_4}&q=lyon`);
    expect(items[0]).toEqual({
      id: fixtures.lyon.id,
      publicName: 'Parcours Santé Lyon',
      legalName: 'ASSOCIATION PARCOURS SANTE',
      website: 'https://www.aap.example.org',
      email: 'contact@aap.example.org',
      phone: '01 99 00 12 34',
      address: '1 rue de la Paix',
      postalCode: '69003',
      commune: { code: '69383', name: 'Lyon 3e Arrondissement' },
      department: { code: '69', name: 'Rhône' },
      modality: 'LIEU_ACCUEIL',
      remoteZones: [],
      levels: [4],
      pmrAccessible: true,
      closed: false,
      qualiopi: { vae: true, expiresOn: '2027-12-31', valid: true },
    });
  });
});

describe('GET /api/v1/organisms: random order', () => {
  const query = `certification=${HEALTH_4}&modality=LIEU_ACCUEIL`;

  it('pages through every AAP once, in the order fixed by the seed', async () => {
    const first = await search(`${query}&seed=42`);
    expect(first).toMatchObject({ seed: 42, order: 'random', total: 7 + GENERALISTS });
    const ids: string[] = [];
    for (let offset = 0; offset < first.total; offset += 10) {
      const page = await search(`${query}&seed=42&offset=${offset}`);
      expect(page.items.length).toBe(Math.min(10, first.total - offset));
      ids.push(...page.items.map((item) => item.id));
    }
    expect(new Set(ids).size).toBe(first.total);
    expect(ids.slice(0, 10)).toEqual(first.items.map((item) => item.id));
    const again = await search(`${query}&seed=42&offset=20`);
    expect(again.items.map((item) => item.id)).toEqual(ids.slice(20, 30));
  });

  it('shuffles anew with another seed, and gives a fresh seed when none is sent', async () => {
    const a = (await search(`${query}&seed=1&limit=50`)).items.map((item) => item.id);
    const b = (await search(`${query}&seed=2&limit=50`)).items.map((item) => item.id);
    expect(new Set(a)).toEqual(new Set(b));
    expect(a).not.toEqual(b);
    // Not alphabetical nor insertion order: the order owes nothing to the names.
    const byName = [...a].sort();
    expect(a).not.toEqual(byName);
    const fresh = await search(query);
    expect(fresh.seed).toBeGreaterThanOrEqual(0);
    const replay = await search(`${query}&seed=${fresh.seed}`);
    expect(replay.items.map((item) => item.id)).toEqual(fresh.items.map((item) => item.id));
  });
});

describe('GET /api/v1/organisms: places', () => {
  it('sorts on-site AAPs by distance from the postal code, with distanceKm', async () => {
    const page = await search(
      `certification=${HEALTH_4}&modality=LIEU_ACCUEIL&postalCode=69007&limit=50`,
    );
    expect(page.order).toBe('distance');
    expect(page.origin).toMatchObject({ postalCode: '69007', department: { code: '69' } });
    const distances = page.items.map((item) => item.distanceKm ?? Number.NaN);
    expect(distances.every(Number.isFinite)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(page.items[0]?.publicName).toBe('Parcours Santé Lyon');
    expect(page.items[0]?.distanceKm).toBeLessThan(5);
    const grenoble = page.items.find((item) => item.publicName === 'Soins Expert Grenoble');
    expect(grenoble?.distanceKm).toBeGreaterThan(80);
    expect(grenoble?.distanceKm).toBeLessThan(110);
    expect(page.items.at(-1)?.publicName).toBe('Expire Aujourdhui Caen'); // ~560 km
  });

  it('keeps on-site AAPs of the department or serving it', async () => {
    const found = names(
      await everything(`certification=${HEALTH_4}&modality=LIEU_ACCUEIL&department=69`),
    );
    expect(found.sort()).toEqual(['Desserte Rhône Grenoble', 'Parcours Santé Lyon']);
  });

  it('offers remote AAPs of the candidate’s zone: mainland or the overseas territory', async () => {
    const remoteFor = async (where: string) =>
      names(await everything(`certification=${HEALTH_4}&modality=A_DISTANCE&${where}`)).sort();
    expect(await remoteFor('postalCode=75011')).toEqual(['Distance Métropole']);
    expect(await remoteFor('postalCode=20000')).toEqual(['Distance Métropole']); // Ajaccio
    expect(await remoteFor('postalCode=97400')).toEqual(['Distance Réunion']);
    expect(await remoteFor('department=972')).toEqual(['Distance Antilles']);
    expect(await remoteFor('department=976')).toEqual([]);
    const remote = await search(`certification=${HEALTH_4}&modality=A_DISTANCE&postalCode=97400`);
    expect(remote.items[0]).not.toHaveProperty('distanceKm');
    expect(remote.items[0]?.remoteZones).toEqual(['LA_REUNION']);
  });
});

describe('GET /api/v1/organisms: text', () => {
  it('matches words accent- and case-insensitively on the public and the legal names', async () => {
    const find = async (q: string) =>
      names((await search(`certification=${HEALTH_4}&q=${encodeURIComponent(q)}`)).items);
    expect(await find('elan')).toEqual(['Élan Compétences Créteil']);
    expect(await find('CRÉTEIL')).toEqual(['Élan Compétences Créteil']);
    expect(await find('ecole acquis')).toEqual(['Élan Compétences Créteil']); // legal name
    expect(await find('compet')).toEqual(['Élan Compétences Créteil']); // a prefix
    expect(await find('hospitaliere')).toEqual(['Branche Hospitalière Paris']);
    expect(await find('fermee')).toEqual([]);
    expect(await find('zzz')).toEqual([]);
    const page = await search(`certification=${HEALTH_4}&q=sante`);
    expect(page.order).toBe('relevance');
  });
});

describe('GET /api/v1/organisms: errors', () => {
  it('answers 400 problem+json naming each bad parameter', async () => {
    for (const [query, path] of [
      ['modality=PARTOUT', 'modality'],
      ['limit=0', 'limit'],
      ['limit=51', 'limit'],
      ['offset=-1', 'offset'],
      ['offset=abc', 'offset'],
      ['seed=-3', 'seed'],
      ['seed=99999999999', 'seed'],
      ['postalCode=7501', 'postalCode'],
      ['postalCode=99999', 'postalCode'],
      ['department=20', 'department'],
      ['level=9', 'level'],
      ['pmr=peut-etre', 'pmr'],
      ['certification=ABC', 'certification'],
      [`q=${'a'.repeat(101)}`, 'q'],
    ] as const) {
      const { status, body } = await problem(`/api/v1/organisms?${query}`);
      expect(status, query).toBe(400);
      expect(
        body.errors.map((e: { path: string }) => e.path),
        query,
      ).toContain(path);
    }
  });

  it('answers 404 for a certification that is not in the catalogue', async () => {
    const { status, body } = await problem('/api/v1/organisms?certification=RNCP99999');
    expect(status).toBe(404);
    expect(body.detail).toContain('RNCP99999');
  });

  it('treats blank parameters as absent', async () => {
    const page = await search(`certification=${HEALTH_4}&q=&postalCode=&department=&modality=`);
    expect(page.order).toBe('random');
    expect(page.total).toBeGreaterThan(GENERALISTS);
  });
});

describe('GET /api/v1/organisms/{id}', () => {
  it('gives one site, also when closed, so a candidate who chose it still finds it', async () => {
    const response = await t.app.request(`/api/v1/organisms/${fixtures.grenoble.id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      publicName: 'Soins Expert Grenoble',
      levels: [4, 5],
      closed: false,
    });
    const closed = await t.app.request(`/api/v1/organisms/${fixtures.closed.id.toUpperCase()}`);
    expect(await closed.json()).toMatchObject({ publicName: 'Fermée Lille', closed: true });
    const expired = await t.app.request(`/api/v1/organisms/${fixtures.expired.id}`);
    expect(await expired.json()).toMatchObject({ qualiopi: { valid: false } });
  });

  it('answers 404 for a hidden, unknown or malformed id', async () => {
    for (const id of [fixtures.hidden.id, '01900000-0000-7000-8000-999999999999', 'abc']) {
      expect((await problem(`/api/v1/organisms/${id}`)).status, id).toBe(404);
    }
  });
});

describe('the in-memory directory', () => {
  it('sees a change written by anyone at the next request', async () => {
    const before = (await search(`certification=${BUILDING_6}`)).total;
    const added = site('Nouveau Bâtiment Pau', '64445', { levels: [['BTP', 6]] });
    await insertOrganisms(t.db, [organism('SAS NOUVEAU', [added])], t.clock.now());
    const after = await search(`certification=${BUILDING_6}`);
    expect(after.total).toBe(before + 1);
    expect(names(after.items)).toContain('Nouveau Bâtiment Pau');
  });
});
