import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { getCatalogueVersion } from '../../features/certifications/catalogue-version.js';
import {
  countCertifications,
  getCertification,
  listCertifications,
} from '../../features/certifications/repository.js';
import type { CertificationSearchResponse } from '../../features/certifications/schemas.js';
import { createTestApp } from '../../test-support/test-app.js';
import { openTestDatabase } from '../../test-support/test-database.js';
import { importRncp } from './import-rncp.js';

// Conformance: the real France compétences exports in ../shared/data (relative to the repository
// root), read in place and never copied into the project.
const sharedData = fileURLToPath(new URL('../../../../../../shared/data/', import.meta.url));
const rncpXml = join(sharedData, 'rncp/export_fiches_RNCP_V4_1_fixture.xml');
const rsXml = join(sharedData, 'rncp/export_fiches_RS_V4_1_fixture.xml');
const csvSample = join(sharedData, 'rncp/csv-sample');

beforeAll(() => {
  if (!existsSync(rncpXml) || !existsSync(rsXml) || !existsSync(csvSample)) {
    throw new Error(
      `The conformance data is missing: expected the RNCP exports in ${join(sharedData, 'rncp')} ` +
        '(the shared data folder sits next to the repository, at ../shared/data).',
    );
  }
});

describe('importing the real RNCP exports', () => {
  let folder: string;
  let db: Database;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-rncp-conformance-'));
    db = await openTestDatabase(folder);
    await migrateDatabase(db);
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('imports the 12 fiches of the RNCP XML fixture (flux V4.1)', async () => {
    const report = await importRncp(db, rncpXml);
    expect(report).toMatchObject({ format: 'xml', read: 12, created: 12, updated: 0, skipped: [] });
    expect(report.catalogueVersion).toBe(await getCatalogueVersion(db));
    expect(await countCertifications(db)).toBe(12);

    expect(await getCertification(db, 'RNCP34762')).toEqual({
      code: 'RNCP34762',
      registry: 'RNCP',
      label: 'Programme Grande Ecole – Diplôme d’études supérieures en management',
      typeCode: 'DipViGrM',
      typeLabel: 'Diplôme visé grade de master',
      level: 7,
      active: false,
      vaeAccessible: true,
      registrationEnd: '2024-08-31',
      filiere: 'GESTION_ADMINISTRATION',
      formacodes: [
        { code: '34254', label: 'Commerce international' },
        { code: '32054', label: 'Gestion des organisations' },
        { code: '32139', label: 'Management situationnel' },
        { code: '34054', label: 'Gestion commerciale achats' },
        { code: '32654', label: 'Gestion financière comptabilité' },
      ],
      nsfCodes: [
        { code: '313', label: 'Finances, banque, assurances, immobilier' },
        { code: '310', label: 'Spécialités plurivalentes des échanges et de la gestion' },
        {
          code: '315p',
          label: 'Spécialités plurivalentes des échanges et de la gestion (organisation, gestion)',
        },
      ],
      idcc: [],
      blocs: expect.arrayContaining([
        {
          code: 'RNCP34762BC01',
          label: 'Stratégie, organisation, environnement socioéconomique et géopolitique',
        },
      ]),
      parcours: [],
      replaces: ['RNCP24998'],
      replacedBy: ['RNCP39568'],
      certificateurs: [
        {
          siret: '81738914100018',
          name: "ETABLISSEMENT D'ENSEIGNEMENT SUPERIEUR CONSULAIRE GRENOBLE ECOLE DE MANAGEMENT",
        },
        {
          siret: '11004401300040',
          name: "MINISTERE DE L'ENSEIGNEMENT SUPERIEUR ET DE LA RECHERCHE",
        },
      ],
    });
    const pge = await getCertification(db, 'RNCP34762');
    expect(pge?.blocs.map((b) => b.code)).toEqual([1, 2, 3, 4, 5].map((n) => `RNCP34762BC0${n}`));

    expect(await getCertification(db, 'RNCP35809')).toMatchObject({
      label: 'Finition, aménagement des bâtiments : conception et réalisation',
      typeCode: 'BTS',
      level: 5,
      active: true,
      vaeAccessible: true,
      registrationEnd: '2026-08-31',
      filiere: 'BTP',
      replaces: ['RNCP1020'],
      replacedBy: ['RNCP41827'],
    });
    // The track is only in the title of this master-grade diploma.
    expect((await getCertification(db, 'RNCP35625'))?.parcours).toEqual([
      { code: null, label: 'conception lumière' },
    ]);
    // A certificateur listed without SIRET is kept; an inactive one is not.
    expect((await getCertification(db, 'RNCP40344'))?.certificateurs).toEqual([
      { siret: '52875765100013', name: 'ANIMAL PRO FORMATION' },
      { siret: '', name: 'SNVEL' },
    ]);
    expect((await getCertification(db, 'RNCP36612'))?.certificateurs).toEqual([
      { siret: '18750002000073', name: 'CCI FRANCE' },
    ]);
  });

  it('imports the 8 fiches of the RS XML fixture, without levels', async () => {
    const report = await importRncp(db, rsXml);
    expect(report).toMatchObject({ read: 8, created: 8, skipped: [] });
    const all = await listCertifications(db);
    expect(all.map((c) => c.code)).toEqual([
      'RS5000',
      'RS5568',
      'RS5719',
      'RS6232',
      'RS6547',
      'RS6604',
      'RS7423',
      'RS7485',
    ]);
    expect(all.every((c) => c.registry === 'RS' && c.level === null)).toBe(true);
    expect(await getCertification(db, 'RS5719')).toMatchObject({
      label: 'Premiers secours en équipe de niveau 1',
      active: true,
      vaeAccessible: false,
      registrationEnd: '2026-12-31',
      filiere: 'SECURITE',
      replaces: ['RS2573'],
      certificateurs: [
        { siret: '11001401600015', name: "MINISTERE DE L' INTERIEUR ET DES OUTRE-MER" },
      ],
    });
    expect(await getCertification(db, 'RS6232')).toMatchObject({
      active: false,
      replacedBy: ['RS7485'],
      certificateurs: [{ siret: '93905426800023', name: 'ADXF2' }],
    });
    expect(await getCertification(db, 'RS5000')).toMatchObject({
      vaeAccessible: true,
      filiere: 'NUMERIQUE',
      nsfCodes: [
        { code: '114b', label: 'Modèles mathématiques ; Informatique mathématique' },
        {
          code: '326',
          label: "Informatique, traitement de l'information, réseaux de transmission",
        },
      ],
    });
  });

  it('imports the 9 fiches of the CSV sample, joining its ten files', async () => {
    const report = await importRncp(db, csvSample);
    expect(report).toMatchObject({ format: 'csv-folder', read: 9, created: 9, skipped: [] });
    expect(await getCertification(db, 'RNCP509')).toMatchObject({
      label: "Agent vérificateur d'appareils extincteurs",
      typeCode: 'CAP',
      typeLabel: "Certificat d'aptitude professionnelle",
      level: 3,
      active: false,
      vaeAccessible: true,
      registrationEnd: '2023-08-31',
      filiere: 'INDUSTRIE',
      formacodes: [{ code: '42872', label: 'Sécurité incendie' }],
      nsfCodes: [{ code: '251', label: 'Mécanique générale et de précision, usinage' }],
      replacedBy: ['RNCP38228'],
      certificateurs: [
        { siret: '11004301500012', name: "MINISTERE DE L'EDUCATION NATIONALE ET DE LA JEUNESSE" },
      ],
    });
    expect((await getCertification(db, 'RNCP509'))?.blocs.map((b) => b.code)).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => `RNCP509BC0${n}`),
    );
    expect(await getCertification(db, 'RNCP19468')).toMatchObject({
      label: 'CQP Tourier',
      level: null, // REPRISE
      idcc: ['3117'],
      replacedBy: ['RS6117'],
    });
    expect(await getCertification(db, 'RS6117')).toMatchObject({
      registry: 'RS',
      active: true,
      vaeAccessible: true,
      replaces: ['RNCP19468'],
      formacodes: [
        { code: '21538', label: 'Boulangerie' },
        { code: '21528', label: 'Pâtisserie' },
      ],
      certificateurs: [
        { siret: '78466840200018', name: 'CONFEDE. NATIONALE BOULANGERS PATISSIERS' },
        { siret: '31504294500032', name: 'INSTITUT NATIONAL BOULANGERIE PATISSERIE' },
      ],
    });
    expect(await getCertification(db, 'RNCP1197')).toMatchObject({
      vaeAccessible: false, // no "Par expérience" route
      certificateurs: [],
      replacedBy: ['RNCP4049'],
    });
  });

  it('changes nothing when the same export is imported again', async () => {
    for (const path of [rncpXml, rsXml, csvSample]) {
      const first = await importRncp(db, path);
      const version = await getCatalogueVersion(db);
      const before = await listCertifications(db);

      const again = await importRncp(db, path);
      expect(again).toMatchObject({ created: 0, updated: 0, catalogueVersion: null });
      expect(again.unchanged).toBe(first.created + first.updated);
      expect(await getCatalogueVersion(db)).toBe(version);
      expect(await listCertifications(db)).toEqual(before);
    }
  });

  it('updates a certification that a later import describes differently', async () => {
    await importRncp(db, rsXml);
    // The CSV sample (February 2024) still shows RS5000 as active.
    const report = await importRncp(db, csvSample);
    expect(report).toMatchObject({ created: 8, updated: 1, unchanged: 0 });
    expect((await getCertification(db, 'RS5000'))?.active).toBe(true);
    expect(await countCertifications(db)).toBe(8 + 8);
  });

  it('makes what it imported searchable, RS codes included', async () => {
    const t = await createTestApp();
    try {
      await importRncp(t.db, rncpXml);
      await importRncp(t.db, rsXml);
      const search = async (query: string) => {
        const response = await t.app.request(`/api/v1/certifications?${query}`);
        return (await response.json()) as CertificationSearchResponse;
      };
      const grandeEcole = await search('q=programme%20grande%20ecole&active=false');
      expect(grandeEcole.items[0]).toMatchObject({ rncpCode: 'RNCP34762', level: 7 });
      const secours = await search('q=premiers%20secours&vae=false');
      expect(secours.items[0]).toMatchObject({
        rncpCode: 'RS5719',
        label: 'Premiers secours en équipe de niveau 1',
        vaeAccessible: false,
      });
      expect((await search('q=rs5719&vae=false')).items[0]?.rncpCode).toBe('RS5719');
    } finally {
      t.close();
    }
  });

  it('imports a .zip of the CSV files like the folder', async () => {
    const zip = join(folder, 'export_fiches_CSV.zip');
    execFileSync('zip', ['-q', '-j', zip, ...csvFiles()], { cwd: csvSample });
    const report = await importRncp(db, zip);
    expect(report).toMatchObject({ format: 'csv-zip', read: 9, created: 9 });
    const fromZip = await listCertifications(db);

    const other = await openTestDatabase(folder, 'folder.db');
    await migrateDatabase(other);
    await importRncp(other, csvSample);
    expect(fromZip).toEqual(await listCertifications(other));
    other.close();
  });
});

function csvFiles(): string[] {
  return execFileSync('ls', [csvSample], { encoding: 'utf8' })
    .split('\n')
    .filter((name) => name.endsWith('.csv'))
    .map((name) => join(csvSample, name));
}
