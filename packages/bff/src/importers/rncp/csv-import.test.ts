import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { getCatalogueVersion } from '../../features/certifications/catalogue-version.js';
import {
  countCertifications,
  getCertification,
  listCertifications,
} from '../../features/certifications/repository.js';
import { openTestDatabase } from '../../test-support/test-database.js';
import { ImportError } from './import-error.js';
import { importRncp } from './import-rncp.js';

// A small hand-written CSV export with the traps of the real one: `;`, quoted values, CRLF,
// BOM, SIRET with a leading TAB, doubled apostrophes, ACTIVE/INACTIVE, NIVx/REPRISE.
const HEADERS: Record<string, string[]> = {
  Standard: [
    'Id_Fiche',
    'Numero_Fiche',
    'Intitule',
    'Abrege_Libelle',
    'Abrege_Intitule',
    'Nomenclature_Europe_Niveau',
    'Nomenclature_Europe_Intitule',
    'Date_Fin_Enregistrement',
    'Actif',
  ],
  Blocs_De_Compétences: ['Numero_Fiche', 'Bloc_Competences_Code', 'Bloc_Competences_Libelle'],
  CCN: ['Numero_Fiche', 'Ccn_1_Numero', 'Ccn_1_Libelle', 'Ccn_2_Numero', 'Ccn_2_Libelle'],
  Certificateurs: ['Numero_Fiche', 'Siret_Certificateur', 'Nom_Certificateur'],
  Formacode: ['Numero_Fiche', 'Formacode_Code', 'Formacode_Libelle'],
  Nsf: ['Numero_Fiche', 'Nsf_Code', 'Nsf_Intitule'],
  Partenaires: ['Numero_Fiche', 'Nom_Partenaire', 'Siret_Partenaire', 'Habilitation_Partenaire'],
  Rome: ['Numero_Fiche', 'Codes_Rome_Code', 'Codes_Rome_Libelle'],
  VoixdAccès: ['Numero_Fiche', 'Si_Jury'],
  Ancienne_Nouvelle_Certification: [
    'Numero_Fiche',
    'Ancienne_Certification',
    'Nouvelle_Certification',
  ],
};
type Kind = keyof typeof HEADERS;

function csv(header: readonly string[], rows: readonly (readonly string[])[], bom = false): string {
  const line = (values: readonly string[]) =>
    values.map((v) => (v === '' ? '' : `"${v.replace(/"/g, '""')}"`)).join(';');
  return `${bom ? '\uFEFF' : ''}${[header, ...rows].map(line).join('\r\n')}\r\n`;
}

function writeExport(
  folder: string,
  rows: Partial<Record<Kind, string[][]>>,
  raw: Partial<Record<Kind, string>> = {},
): string {
  mkdirSync(folder, { recursive: true });
  for (const [kind, header] of Object.entries(HEADERS)) {
    const content = raw[kind] ?? csv(header, rows[kind] ?? [], kind === 'Standard');
    writeFileSync(join(folder, `export_fiches_CSV_${kind}_2026_01_15.csv`), content);
  }
  return folder;
}

const EXAMPLE: Partial<Record<Kind, string[][]>> = {
  Standard: [
    [
      '1',
      'RNCP4877',
      "Agent de propreté et d''hygiène",
      'TP',
      'Titre professionnel',
      'NIV3',
      'Niveau 3',
      '05/01/2027',
      'ACTIVE',
    ],
    ['2', 'RS7000', 'Habilitation électrique', '', '', '', '', '31/12/2026', 'INACTIVE'],
    ['3', 'RNCP5000', 'CQP sans niveau', '', '', 'REPRISE', 'Sans niveau', '', 'ACTIVE'],
  ],
  Blocs_De_Compétences: [
    ['RNCP4877', 'RNCP4877BC02', 'Bloc deux'],
    ['RNCP4877', 'RNCP4877BC01', 'Bloc un'],
  ],
  CCN: [['RNCP4877', '3043', 'Propreté', '1234', 'Autre']],
  Certificateurs: [
    ['RNCP4877', '\t11000007200014', 'MINISTERE DU TRAVAIL'],
    ['RS7000', '\t12345678900011', 'ORGANISME'],
  ],
  Formacode: [['RNCP4877', '42811', '42811 : Propreté']],
  Nsf: [['RNCP4877', '343t', '343t : Nettoyage, assainissement']],
  Partenaires: [['RNCP4877', 'ignored', '\t11111111111111', 'HABILITATION_ORGA_FORM']],
  Rome: [['RNCP4877', 'K2204', "Nettoyage de locaux d''entreprise"]],
  VoixdAccès: [
    ['RNCP4877', 'Par expérience'],
    ['RNCP4877', 'Par candidature individuelle'],
    ['RS7000', 'Après un parcours de formation continue'],
  ],
  Ancienne_Nouvelle_Certification: [
    ['RNCP4877', 'RNCP1000', 'RNCP6000'],
    ['RNCP4877', 'RNCP1001', ''],
  ],
};

describe('importing CSV exports', () => {
  let folder: string;
  let db: Database;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-rncp-csv-test-'));
    db = await openTestDatabase(folder);
    await migrateDatabase(db);
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('joins the files by fiche number and maps the export traps', async () => {
    const report = await importRncp(db, writeExport(join(folder, 'export'), EXAMPLE));
    expect(report).toMatchObject({ format: 'csv-folder', read: 3, created: 3, skipped: [] });
    expect(await getCertification(db, 'RNCP4877')).toEqual({
      code: 'RNCP4877',
      registry: 'RNCP',
      label: "Agent de propreté et d'hygiène",
      typeCode: 'TP',
      typeLabel: 'Titre professionnel',
      level: 3,
      active: true,
      vaeAccessible: true,
      registrationEnd: '2027-01-05',
      filiere: 'PROPRETE_ENVIRONNEMENT',
      formacodes: [{ code: '42811', label: 'Propreté' }],
      nsfCodes: [{ code: '343t', label: 'Nettoyage, assainissement' }],
      idcc: ['3043', '1234'],
      blocs: [
        { code: 'RNCP4877BC01', label: 'Bloc un' },
        { code: 'RNCP4877BC02', label: 'Bloc deux' },
      ],
      parcours: [],
      replaces: ['RNCP1000', 'RNCP1001'],
      replacedBy: ['RNCP6000'],
      certificateurs: [{ siret: '11000007200014', name: 'MINISTERE DU TRAVAIL' }],
    });
    expect(await getCertification(db, 'RS7000')).toMatchObject({
      registry: 'RS',
      active: false,
      vaeAccessible: false,
      level: null,
      certificateurs: [{ siret: '12345678900011', name: 'ORGANISME' }],
    });
    expect(await getCertification(db, 'RNCP5000')).toMatchObject({
      level: null,
      registrationEnd: null,
      certificateurs: [],
    });
  });

  it('reports Standard rows it skips, with their line', async () => {
    const path = writeExport(join(folder, 'export'), {
      Standard: [
        ['1', '', 'Sans numéro', '', '', '', '', '', 'ACTIVE'],
        ['2', 'RNCP1', '', '', '', '', '', '', 'ACTIVE'],
        ['3', 'RNCP2', 'Bonne', '', '', '', '', '', 'ACTIVE'],
      ],
    });
    const report = await importRncp(db, path);
    expect(report.skipped).toEqual([
      { reason: 'no fiche number (Standard line 2)' },
      { code: 'RNCP1', reason: 'no title (Standard line 3)' },
    ]);
    expect(report.created).toBe(1);
  });

  it('stops on a corrupted file, naming it and the line, and writes nothing', async () => {
    await importRncp(db, writeExport(join(folder, 'good'), EXAMPLE));
    const before = await listCertifications(db);
    const version = await getCatalogueVersion(db);
    const changed = {
      ...EXAMPLE,
      Standard: EXAMPLE.Standard?.map((r) => [...r.slice(0, 2), `${r[2]} (v2)`, ...r.slice(3)]),
    };

    const brokenBlocs = csv(HEADERS['Blocs_De_Compétences'] ?? [], [
      ['RNCP4877', 'RNCP4877BC01', 'Un'],
    ]).concat('"RNCP4877";"RNCP4877BC02";"Deux";"en trop"\r\n');
    const error = await importRncp(
      db,
      writeExport(join(folder, 'bad-blocs'), changed, { Blocs_De_Compétences: brokenBlocs }),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(
      /^export_fiches_CSV_Blocs_De_Compétences_2026_01_15\.csv \(line 3\): malformed CSV: /,
    );

    const badQuote = csv(HEADERS['Standard'] ?? [], changed.Standard ?? []).replace(
      '"RS7000"',
      '"RS7000"x',
    );
    await expect(
      importRncp(db, writeExport(join(folder, 'bad-standard'), changed, { Standard: badQuote })),
    ).rejects.toThrow(/^export_fiches_CSV_Standard_2026_01_15\.csv \(line 3\): malformed CSV: /);

    expect(await listCertifications(db)).toEqual(before);
    expect(await getCatalogueVersion(db)).toBe(version);
  });

  it('keeps the batches committed before a corrupted Standard line', async () => {
    const standard = Array.from({ length: 1200 }, (_, i) => [
      String(i),
      `RNCP${10_000 + i}`,
      `Titre ${i}`,
      '',
      '',
      'NIV4',
      '',
      '',
      'ACTIVE',
    ]);
    const content = `${csv(HEADERS['Standard'] ?? [], standard)}"9999";"RNCP1";"cassé\r\n`;
    const error = await importRncp(
      db,
      writeExport(join(folder, 'big'), {}, { Standard: content }),
      {
        batchSize: 100,
      },
    ).catch((e: unknown) => e);
    // The quote opened on line 1202 is still open when the file ends, on line 1203.
    expect((error as ImportError).message).toMatch(
      /Standard_2026_01_15\.csv \(line 1203\): malformed CSV: Quote Not Closed/,
    );
    // Fiches are joined 500 at a time: the first 1,000 were written, the last 200 were not.
    expect((error as ImportError).report).toMatchObject({ created: 1000 });
    expect(await countCertifications(db)).toBe(1000);
  });

  it('names the files an incomplete export lacks, and a missing column', async () => {
    const path = writeExport(join(folder, 'export'), EXAMPLE);
    rmSync(join(path, 'export_fiches_CSV_VoixdAccès_2026_01_15.csv'));
    rmSync(join(path, 'export_fiches_CSV_Nsf_2026_01_15.csv'));
    await expect(importRncp(db, path)).rejects.toThrow(
      /not a complete CSV export: no VoixdAccès, Nsf file/,
    );

    const noColumn = writeExport(join(folder, 'no-column'), EXAMPLE, {
      Certificateurs: csv(['Numero_Fiche', 'Nom_Certificateur'], []),
    });
    await expect(importRncp(db, noColumn)).rejects.toThrow(
      /Certificateurs_2026_01_15\.csv \(line 1\): missing column\(s\) Siret_Certificateur in the header/,
    );
    expect(await countCertifications(db)).toBe(0);
  });

  it('reads a .zip of the files, in a sub-folder or not', async () => {
    writeExport(join(folder, 'zipped', 'export'), EXAMPLE);
    const zip = join(folder, 'export.zip');
    execFileSync('zip', ['-q', '-r', zip, 'export'], { cwd: join(folder, 'zipped') });
    const report = await importRncp(db, zip);
    expect(report).toMatchObject({ format: 'csv-zip', read: 3, created: 3 });
    expect((await getCertification(db, 'RNCP4877'))?.vaeAccessible).toBe(true);

    writeFileSync(join(folder, 'broken.zip'), Buffer.from('PK\u0003\u0004 not really a zip'));
    await expect(importRncp(db, join(folder, 'broken.zip'))).rejects.toThrow(
      /broken\.zip: unreadable zip/,
    );
  });
});
