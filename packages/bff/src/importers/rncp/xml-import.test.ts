import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

// Small hand-written exports for the edge cases; the real files are in conformance.test.ts.
interface FicheSpec {
  code?: string;
  title?: string;
  body?: string;
}

function fiche({ code, title, body = '' }: FicheSpec): string {
  return [
    '<FICHE>',
    code === undefined ? '' : `<NUMERO_FICHE>${code}</NUMERO_FICHE>`,
    title === undefined ? '' : `<INTITULE>${title}</INTITULE>`,
    body,
    '</FICHE>',
  ].join('\n');
}

function xmlExport(
  fiches: readonly string[],
  declaration = '<?xml version="1.0" encoding="UTF-8"?>',
) {
  return `${declaration}\n<FICHES>\n<VERSION_FLUX>4.1</VERSION_FLUX>\n${fiches.join('\n')}\n</FICHES>\n`;
}

function numbered(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    fiche({
      code: `RNCP${900 + i}`,
      title: `Titre ${i}`,
      body: '<ACTIF>Oui</ACTIF><SI_JURY_VAE><ACTIF>Oui</ACTIF></SI_JURY_VAE>',
    }),
  );
}

describe('importing XML exports', () => {
  let folder: string;
  let db: Database;
  const write = (name: string, content: string | Buffer) => {
    const path = join(folder, name);
    writeFileSync(path, content);
    return path;
  };
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-rncp-xml-'));
    db = await openTestDatabase(folder);
    await migrateDatabase(db);
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads SI_JURY_VAE as plain text in exports older than V3', async () => {
    const path = write(
      'old.xml',
      xmlExport([
        fiche({ code: 'RNCP100', title: 'Ancien oui', body: '<SI_JURY_VAE>Oui</SI_JURY_VAE>' }),
        fiche({ code: 'RNCP101', title: 'Ancien non', body: '<SI_JURY_VAE>Non</SI_JURY_VAE>' }),
        fiche({ code: 'RNCP102', title: 'Sans voie' }),
      ]),
    );
    await importRncp(db, path);
    expect((await getCertification(db, 'RNCP100'))?.vaeAccessible).toBe(true);
    expect((await getCertification(db, 'RNCP101'))?.vaeAccessible).toBe(false);
    expect((await getCertification(db, 'RNCP102'))?.vaeAccessible).toBe(false);
  });

  it('maps every field, whatever elements are absent or single', async () => {
    const path = write(
      'full.xml',
      xmlExport([
        fiche({
          code: ' RNCP4877 ',
          title: '  Titre   professionnel\n  Agent de propreté &amp; d’hygiène ',
          body: `
            <ABREGE><CODE>TP</CODE><LIBELLE>Titre professionnel</LIBELLE></ABREGE>
            <NOMENCLATURE_EUROPE><NIVEAU>NIV3</NIVEAU></NOMENCLATURE_EUROPE>
            <ACTIF>Oui</ACTIF>
            <SI_JURY_VAE><ACTIF>Oui</ACTIF><COMPOSITION>long text</COMPOSITION></SI_JURY_VAE>
            <DATE_FIN_ENREGISTREMENT>05/01/2027</DATE_FIN_ENREGISTREMENT>
            <CODES_NSF><NSF><CODE>343t</CODE><LIBELLE>Nettoyage</LIBELLE></NSF></CODES_NSF>
            <FORMACODES><FORMACODE><CODE>42811</CODE><LIBELLE>Propreté</LIBELLE></FORMACODE></FORMACODES>
            <CCN_1><NUMERO>3043</NUMERO><LIBELLE>Propreté</LIBELLE></CCN_1>
            <CODES_IDCC><IDCC><CODE>1234</CODE></IDCC><IDCC><CODE>3043</CODE></IDCC></CODES_IDCC>
            <BLOCS_COMPETENCES>
              <BLOC_COMPETENCES><CODE>RNCP4877BC10</CODE><LIBELLE>Dix</LIBELLE>
                <LISTE_COMPETENCES>very long</LISTE_COMPETENCES></BLOC_COMPETENCES>
              <BLOC_COMPETENCES><CODE>RNCP4877BC02</CODE><LIBELLE><![CDATA[Deux & co]]></LIBELLE></BLOC_COMPETENCES>
            </BLOCS_COMPETENCES>
            <PARTENAIRES><PARTENAIRE><NOM_PARTENAIRE>ignored</NOM_PARTENAIRE></PARTENAIRE></PARTENAIRES>
            <CERTIFICATEURS><CERTIFICATEUR><SIRET_CERTIFICATEUR> 11000007200014 </SIRET_CERTIFICATEUR>
              <NOM_CERTIFICATEUR>MINISTERE DU TRAVAIL</NOM_CERTIFICATEUR></CERTIFICATEUR></CERTIFICATEURS>
            <NOUVELLES_CERTIFICATIONS><NOUVELLE_CERTIFICATION><ID_FICHE_NOUVELLE_CERTIFICATION>RNCP5000</ID_FICHE_NOUVELLE_CERTIFICATION></NOUVELLE_CERTIFICATION></NOUVELLES_CERTIFICATIONS>`,
        }),
      ]),
    );
    const report = await importRncp(db, path);
    expect(report).toMatchObject({ read: 1, created: 1, skipped: [] });
    expect(await getCertification(db, 'RNCP4877')).toEqual({
      code: 'RNCP4877',
      registry: 'RNCP',
      label: 'Titre professionnel Agent de propreté & d’hygiène',
      typeCode: 'TP',
      typeLabel: 'Titre professionnel',
      level: 3,
      active: true,
      vaeAccessible: true,
      registrationEnd: '2027-01-05',
      filiere: 'PROPRETE_ENVIRONNEMENT',
      formacodes: [{ code: '42811', label: 'Propreté' }],
      nsfCodes: [{ code: '343t', label: 'Nettoyage' }],
      idcc: ['3043', '1234'],
      blocs: [
        { code: 'RNCP4877BC02', label: 'Deux & co' },
        { code: 'RNCP4877BC10', label: 'Dix' },
      ],
      parcours: [],
      replaces: [],
      replacedBy: ['RNCP5000'],
      certificateurs: [{ siret: '11000007200014', name: 'MINISTERE DU TRAVAIL' }],
    });
  });

  it('reports the fiches it skips, with the reason', async () => {
    const path = write(
      'skips.xml',
      xmlExport([
        fiche({ title: 'Sans numéro' }),
        fiche({ code: 'RNCP200' }),
        fiche({ code: 'ABC12', title: 'Code inconnu' }),
        fiche({ code: 'RS300', title: 'Bonne fiche' }),
      ]),
    );
    const report = await importRncp(db, path);
    expect(report).toMatchObject({ read: 4, created: 1 });
    expect(report.skipped).toEqual([
      { reason: 'no fiche number (line 4)' },
      { code: 'RNCP200', reason: 'no title (line 9)' },
      { code: 'ABC12', reason: '"ABC12" is not an RNCP or RS code (line 14)' },
    ]);
  });

  it('updates a changed title and bumps the catalogue version', async () => {
    const v1 = write('v1.xml', xmlExport([fiche({ code: 'RNCP1', title: 'Avant' })]));
    const v2 = write('v2.xml', xmlExport([fiche({ code: 'RNCP1', title: 'Après' })]));
    const first = await importRncp(db, v1);
    const second = await importRncp(db, v2);
    expect(second).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(second.catalogueVersion).not.toBe(first.catalogueVersion);
    expect(await getCatalogueVersion(db)).toBe(second.catalogueVersion);
    expect((await getCertification(db, 'RNCP1'))?.label).toBe('Après');
  });

  it('stops on a truncated file, naming where, keeping the batches committed before', async () => {
    const whole = xmlExport(numbered(7));
    const cut = whole.slice(0, whole.indexOf('<INTITULE>Titre 6'));
    const path = write('truncated.xml', cut);
    const progress: number[] = [];

    const error = await importRncp(db, path, {
      batchSize: 2,
      onProgress: (_bytes, _total, count) => progress.push(count),
    }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ImportError);
    const importError = error as ImportError;
    expect(importError.message).toMatch(
      /^truncated\.xml \(line \d+, column \d+, in FICHES\/FICHE, fiche RNCP906\): the file ends inside <FICHE> \(truncated\?\)$/,
    );
    // Fiches 0–5 were read: three batches of two were committed; fiche 6 was cut.
    expect(importError.report).toMatchObject({ read: 6, created: 6 });
    expect(await countCertifications(db)).toBe(6);
    expect(await getCatalogueVersion(db)).toBe(importError.report?.catalogueVersion);
    expect(progress.at(-1)).toBe(6);
  });

  it('writes nothing of the batch being read when the file is malformed', async () => {
    await importRncp(db, write('before.xml', xmlExport([fiche({ code: 'RNCP1', title: 'Un' })])));
    const before = await listCertifications(db);
    const version = await getCatalogueVersion(db);
    const broken = xmlExport([
      fiche({ code: 'RNCP1', title: 'Un modifié' }),
      fiche({ code: 'RNCP2', title: 'Deux' }),
      '<FICHE><NUMERO_FICHE>RNCP3</NUMERO_FICHE><INTITULE>Trois</INTITUL></FICHE>',
    ]);
    const line = broken.slice(0, broken.indexOf('</INTITUL>')).split('\n').length;
    await expect(importRncp(db, write('broken.xml', broken))).rejects.toThrow(
      `broken.xml (line ${line}, column 67, in FICHES/FICHE/INTITULE, fiche RNCP3): the closing tag does not match <INTITULE>`,
    );
    expect(await listCertifications(db)).toEqual(before);
    expect(await getCatalogueVersion(db)).toBe(version);
  });

  it.each([
    ['wrong root', '<?xml version="1.0"?><CERTIFICATIONS/>', /root element is <CERTIFICATIONS>/],
    ['two roots', '<FICHES></FICHES><FICHES/>', /line 1/],
    ['bad entity', '<FICHES><FICHE><INTITULE>a &nbsp; b</INTITULE></FICHE></FICHES>', /entity/],
    ['a cut root tag', '<FICHES', /the file ends too early: .* \(truncated\?\)/],
  ])('rejects %s with a clear error', async (_name, content, message) => {
    const error = await importRncp(db, write('bad.xml', content)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^bad\.xml/);
    expect((error as Error).message).toMatch(message);
    expect(await countCertifications(db)).toBe(0);
  });

  it('rejects invalid UTF-8 and reads the encoding the declaration names', async () => {
    const latin1 = Buffer.from(
      xmlExport(
        [fiche({ code: 'RNCP7', title: 'Électricien' })],
        '<?xml version="1.0" encoding="ISO-8859-1"?>',
      ),
      'latin1',
    );
    await importRncp(db, write('latin1.xml', latin1));
    expect((await getCertification(db, 'RNCP7'))?.label).toBe('Électricien');

    const corrupted = Buffer.concat([
      Buffer.from(xmlExport([fiche({ code: 'RNCP8', title: 'Ok' })]).slice(0, 60)),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('</FICHES>'),
    ]);
    await expect(importRncp(db, write('utf8.xml', corrupted))).rejects.toThrow(
      /utf8\.xml: invalid utf-8 byte sequence near byte \d+/,
    );
  });

  it('tells which inputs it does not recognise', async () => {
    await expect(importRncp(db, join(folder, 'nope.xml'))).rejects.toThrow(
      /no such file or folder/,
    );
    await expect(importRncp(db, write('notes.txt', 'hello'))).rejects.toThrow(
      /notes\.txt: not an RNCP export/,
    );
    await expect(importRncp(db, write('empty.xml', ''))).rejects.toThrow(/not an RNCP export/);
  });
});
