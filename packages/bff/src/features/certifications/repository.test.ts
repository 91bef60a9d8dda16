import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { openTestDatabase } from '../../test-support/test-database.js';
import { bumpCatalogueVersion, getCatalogueVersion } from './catalogue-version.js';
import { type CertificationRecord, contentHashOf } from './certification-record.js';
import {
  countCertifications,
  getCertification,
  listCertifications,
  listSearchableCertifications,
  upsertCertifications,
} from './repository.js';

function aCertification(overrides: Partial<CertificationRecord> = {}): CertificationRecord {
  return {
    code: 'RNCP35830',
    registry: 'RNCP',
    label: 'Accompagnant éducatif et social',
    typeCode: 'DE',
    typeLabel: "Diplôme d'Etat",
    level: 3,
    active: true,
    vaeAccessible: true,
    registrationEnd: '2026-08-31',
    filiere: 'SOCIAL_SERVICES_PERSONNE',
    formacodes: [{ code: '44028', label: 'Aide à domicile' }],
    nsfCodes: [{ code: '332', label: 'Travail social' }],
    idcc: ['2941'],
    blocs: [{ code: 'RNCP35830BC01', label: 'Se positionner comme professionnel' }],
    parcours: [],
    replaces: ['RNCP25467'],
    replacedBy: [],
    certificateurs: [
      { siret: '11000001500014', name: 'MINISTERE DES SOLIDARITES' },
      { siret: '11000007200014', name: 'MINISTERE DU TRAVAIL' },
    ],
    ...overrides,
  };
}

describe('certification repository', () => {
  let folder: string;
  let db: Database;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-certifications-'));
    db = await openTestDatabase(folder);
    await migrateDatabase(db);
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('creates, then leaves unchanged, then updates a certification and its certificateurs', async () => {
    const record = aCertification();
    expect(await upsertCertifications(db, [record])).toEqual({
      created: ['RNCP35830'],
      updated: [],
      unchanged: [],
    });
    expect(await getCertification(db, 'RNCP35830')).toEqual(record);

    expect(await upsertCertifications(db, [aCertification()])).toEqual({
      created: [],
      updated: [],
      unchanged: ['RNCP35830'],
    });

    const renamed = aCertification({
      label: 'Accompagnant éducatif et social (AES)',
      certificateurs: [{ siret: '11000007200014', name: 'MINISTERE DU TRAVAIL' }],
    });
    expect(await upsertCertifications(db, [renamed])).toMatchObject({ updated: ['RNCP35830'] });
    expect(await getCertification(db, 'RNCP35830')).toEqual(renamed);
    expect(await countCertifications(db)).toBe(1);
  });

  it('lists every certification with its certificateurs in the order of the fiche', async () => {
    const records = [
      aCertification({ code: 'RS5495', registry: 'RS', level: null, certificateurs: [] }),
      aCertification(),
      aCertification({
        code: 'RNCP1000',
        certificateurs: [
          { siret: '22000000000001', name: 'Z' },
          { siret: '11000000000001', name: 'A' },
        ],
      }),
    ];
    await upsertCertifications(db, records);
    const listed = await listCertifications(db);
    expect(listed.map((r) => r.code)).toEqual(['RNCP1000', 'RNCP35830', 'RS5495']);
    expect(listed[0]?.certificateurs.map((c) => c.name)).toEqual(['Z', 'A']);
    expect(listed[2]).toEqual(records[0]);
    expect(await getCertification(db, 'RNCP404')).toBeNull();
  });

  it('lists what the search index needs, page by page, in the order of the codes', async () => {
    const records = ['RNCP1', 'RNCP10', 'RNCP2', 'RS3', 'RNCP35830'].map((code, i) =>
      aCertification({
        code,
        label: `Titre ${i}`,
        parcours: i === 1 ? [{ code: null, label: 'Parcours A' }] : [],
        certificateurs: i === 2 ? [] : aCertification().certificateurs.slice(i % 2),
      }),
    );
    await upsertCertifications(db, records);
    const full = await listCertifications(db);
    const searchable = await listSearchableCertifications(db, 2);
    expect(searchable.map((c) => c.code)).toEqual(['RNCP1', 'RNCP10', 'RNCP2', 'RNCP35830', 'RS3']);
    expect(searchable).toEqual(
      full.map(
        ({ registry, formacodes, nsfCodes, idcc, blocs, replaces, replacedBy, ...rest }) => rest,
      ),
    );
    expect(searchable[0]).not.toHaveProperty('blocs');
  });

  it('writes a batch all or nothing', async () => {
    await upsertCertifications(db, [aCertification()]);
    // A NOT NULL label violated by the second record rolls back the whole batch.
    const broken = aCertification({ code: 'RNCP2', label: null as unknown as string });
    await expect(
      upsertCertifications(db, [aCertification({ code: 'RNCP1', label: 'New' }), broken]),
    ).rejects.toThrow();
    expect(await countCertifications(db)).toBe(1);
    expect(await getCertification(db, 'RNCP1')).toBeNull();
  });

  it('keeps the last of two records with the same code, and one row per SIRET', async () => {
    const result = await upsertCertifications(db, [
      aCertification({ label: 'First' }),
      aCertification({
        label: 'Second',
        certificateurs: [
          { siret: '11000007200014', name: 'MINISTERE DU TRAVAIL' },
          { siret: '11000007200014', name: 'MINISTERE DU TRAVAIL (bis)' },
        ],
      }),
    ]);
    expect(result.created).toEqual(['RNCP35830']);
    const stored = await getCertification(db, 'RNCP35830');
    expect(stored?.label).toBe('Second');
    expect(stored?.certificateurs).toEqual([
      { siret: '11000007200014', name: 'MINISTERE DU TRAVAIL' },
    ]);
  });

  it('hashes content independently of key order', () => {
    const record = aCertification();
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as CertificationRecord;
    expect(contentHashOf(reordered)).toBe(contentHashOf(record));
    expect(contentHashOf(aCertification({ level: 4 }))).not.toBe(contentHashOf(record));
  });

  it('bumps the catalogue version to a new value each time', async () => {
    expect(await getCatalogueVersion(db)).toBeNull();
    const first = await bumpCatalogueVersion(db);
    expect(await getCatalogueVersion(db)).toBe(first);
    const second = await bumpCatalogueVersion(db);
    expect(second).not.toBe(first);
    expect(await getCatalogueVersion(db)).toBe(second);
  });
});
