import type { CertificationLevel, Filiere, RemoteZone } from '@vae/core';
import type {
  AapSiteRecord,
  ManagedLevel,
  OrganismRecord,
} from '../../features/organisms/organism-record.js';
import type { Commune } from '../../geography/index.js';
import { type SeededRandom, seededSiret, seededUuidV7 } from './seeded-random.js';

/** Ids carry a fixed time, so the same seed gives the same ids on every run (idempotent seed). */
const ID_EPOCH = Date.UTC(2025, 0, 6, 8, 0, 0);

const LEGAL_FORMS = ['SAS', 'SARL', 'ASSOCIATION', 'SCOP', 'EURL', 'SASU'] as const;

/**
 * ARCEP keeps these number blocks for fiction (décision 2019-0445), one per area code, so no
 * invented phone number rings anyone.
 */
const FICTION_PHONE_BY_AREA: Readonly<Record<string, string>> = {
  '01': '01 99 00',
  '02': '02 61 91',
  '03': '03 53 01',
  '04': '04 65 71',
  '05': '05 36 49',
  '09': '09 77 40',
};

/** INSEE region code → telephone area (overseas regions use the non-geographic 09 block). */
const AREA_BY_REGION: Readonly<Record<string, string>> = {
  '11': '01',
  '24': '02',
  '28': '02',
  '52': '02',
  '53': '02',
  '27': '03',
  '32': '03',
  '44': '03',
  '84': '04',
  '93': '04',
  '94': '04',
  '75': '05',
  '76': '05',
};

/** Writes records with stable ids, SIRETs and contacts from one generator. */
export class SiteBuilder {
  #sequence = 0;

  constructor(readonly random: SeededRandom) {}

  nextId(): string {
    this.#sequence += 1;
    return seededUuidV7(this.random, ID_EPOCH + this.#sequence * 60_000);
  }

  organism(
    brand: string,
    standing: Pick<OrganismRecord, 'active' | 'qualiopiVae' | 'qualiopiExpiresOn'>,
    options: { legalSuffix?: string; website?: boolean } = {},
  ): OrganismRecord {
    const form = this.random.pick(LEGAL_FORMS);
    const legal = [form, brand, options.legalSuffix].filter(Boolean).join(' ');
    return {
      id: this.nextId(),
      legalName: upperLegalName(legal),
      siret: seededSiret(this.random),
      website: options.website === false ? null : `https://www.${domainOf(legal)}`,
      ...standing,
      sites: [],
    };
  }

  site(
    organism: OrganismRecord,
    publicName: string,
    commune: Commune,
    postalCode: string,
    details: {
      modality: AapSiteRecord['modality'];
      remoteZones?: RemoteZone[];
      departmentsServed?: string[];
      levels: ManagedLevel[];
      idcc?: string[];
      formacodes?: string[];
      street: string;
      pmrAccessible: boolean;
      closed?: boolean;
      visible?: boolean;
    },
  ): AapSiteRecord {
    const domain = domainOf(organism.legalName);
    const mailbox =
      details.modality === 'A_DISTANCE' ? 'distance' : slug(shortCommuneName(commune));
    const site: AapSiteRecord = {
      id: this.nextId(),
      publicName,
      email: `${mailbox}@${domain}`,
      phone: this.phone(commune),
      address: `${this.random.int(1, 120)} ${details.street}`,
      postalCode,
      communeCode: commune.code,
      communeName: commune.name,
      department: commune.department.code,
      latitude: commune.position?.lat ?? null,
      longitude: commune.position?.lon ?? null,
      modality: details.modality,
      remoteZones: details.remoteZones ?? [],
      departmentsServed: details.departmentsServed ?? [commune.department.code],
      formacodes: details.formacodes ?? [],
      idcc: details.idcc ?? [],
      pmrAccessible: details.pmrAccessible,
      closed: details.closed ?? false,
      visible: details.visible ?? true,
      levels: details.levels,
    };
    organism.sites.push(site);
    return site;
  }

  /** A valid Qualiopi certificate with the VAE mention, expiring in 2027–2029. */
  validQualiopi(): Pick<OrganismRecord, 'active' | 'qualiopiVae' | 'qualiopiExpiresOn'> {
    const year = this.random.int(2027, 2029);
    const month = String(this.random.int(1, 12)).padStart(2, '0');
    return { active: true, qualiopiVae: true, qualiopiExpiresOn: `${year}-${month}-28` };
  }

  phone(commune: Commune): string {
    const area = AREA_BY_REGION[commune.department.region.code] ?? '09';
    const block = FICTION_PHONE_BY_AREA[area] ?? FICTION_PHONE_BY_AREA['09'];
    const pair = () => String(this.random.int(0, 99)).padStart(2, '0');
    return `${block} ${pair()} ${pair()}`;
  }
}

/** Every level of `levels` in each filière of `filieres`. */
export function managedLevels(
  filieres: readonly Filiere[],
  levels: readonly CertificationLevel[],
): ManagedLevel[] {
  return filieres.flatMap((filiere) => levels.map((level) => ({ filiere, level })));
}

/** Consecutive levels from `from` to `to` included. */
export function levelRange(from: number, to: number): CertificationLevel[] {
  const levels: CertificationLevel[] = [];
  for (let level = Math.max(3, from); level <= Math.min(8, to); level++) {
    levels.push(level as CertificationLevel);
  }
  return levels;
}

/** « Paris 11e Arrondissement » → « Paris 11e »: how people name it on a sign. */
export function shortCommuneName(commune: Commune): string {
  return commune.name.replace(/ Arrondissement$/, '');
}

/** SIRENE writes legal names in capitals without accents. */
function upperLegalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/&/g, 'ET')
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
    .toUpperCase();
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'et')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Invented organisms get addresses under example.org, reserved for examples (RFC 2606). */
function domainOf(name: string): string {
  const words = slug(name)
    .split('-')
    .filter((word) => !LEGAL_FORMS.some((form) => form.toLowerCase() === word));
  return `${words.join('-')}.example.org`;
}
