import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { getCatalogueVersion } from '../../features/certifications/catalogue-version.js';
import { listCertifications } from '../../features/certifications/repository.js';
import { openTestDatabase } from '../../test-support/test-database.js';
import { ImportError } from './import-error.js';
import { importRncp } from './import-rncp.js';

// What fuzz.test.ts (cuts, "<" turned into "&", an unclosed quote) does not try: files that
// are not exports at all, CSV exports with a column missing or bytes overwritten anywhere, and
// zipped exports cut short. Built at run time from ../shared/data, never stored here.
const rncp = fileURLToPath(new URL('../../../../../../shared/data/rncp/', import.meta.url));
const csvSample = join(rncp, 'csv-sample');
const STANDARD = 'export_fiches_CSV_Standard_2024_02_22.csv';

describe('importing exports that are not what they claim', () => {
  let folder: string;
  let db: Database;

  beforeAll(async () => {
    if (!existsSync(csvSample)) throw new Error(`The RNCP exports are missing in ${rncp}.`);
    folder = mkdtempSync(join(tmpdir(), 'vae-rncp-corrupt-'));
    db = await openTestDatabase(folder);
    await migrateDatabase(db);
    await importRncp(db, join(rncp, 'export_fiches_RS_V4_1_fixture.xml'));
  });
  afterAll(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const snapshot = async () => ({
    certifications: await listCertifications(db),
    version: await getCatalogueVersion(db),
  });

  /** The import fails with a one-line ImportError and leaves the catalogue as it was. */
  async function expectCleanFailure(path: string): Promise<ImportError> {
    const before = await snapshot();
    const error = await importRncp(db, path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, `${path}: ${String(error)}`).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).not.toContain('\n');
    expect(await snapshot()).toEqual(before);
    return error as ImportError;
  }

  /** A copy of the CSV sample folder with one file replaced. */
  function csvFolderWith(name: string, file: string, content: Buffer | string): string {
    const copy = join(folder, name);
    mkdirSync(copy);
    for (const entry of readdirSync(csvSample))
      copyFileSync(join(csvSample, entry), join(copy, entry));
    writeFileSync(join(copy, file), content);
    return copy;
  }

  it('refuses files that are no export at all, clearly and changing nothing', async () => {
    const cases: [string, Buffer | string][] = [
      ['empty.xml', ''],
      ['bom-only.xml', '\uFEFF'],
      ['binary.xml', Buffer.from([0x00, 0xff, 0xfe, 0x3c, 0x00, 0x80, 0x81])],
      ['lt-then-garbage.xml', Buffer.concat([Buffer.from('<'), Buffer.alloc(300, 0xff)])],
      ['other-root.xml', '<?xml version="1.0"?><html><body>not RNCP</body></html>'],
      ['csv-as-xml.xml', readFileSync(join(csvSample, STANDARD))],
      ['fake.zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)])],
    ];
    for (const [name, content] of cases) {
      const path = join(folder, name);
      writeFileSync(path, content);
      await expectCleanFailure(path);
    }
    expect((await expectCleanFailure(join(folder, 'absent.xml'))).message).toMatch(/no such file/);
  });

  it('names the missing column when a CSV header lost one', async () => {
    const content = readFileSync(join(csvSample, STANDARD), 'utf8');
    const [header = '', ...rest] = content.split('\n');
    const columns = header.split(';');
    // The number of the fiche is needed by every file of the export.
    const dropped = columns.findIndex((column) => /Numero_Fiche/i.test(column));
    expect(dropped).toBeGreaterThanOrEqual(0);
    const renamed = columns.map((column, i) => (i === dropped ? 'Colonne_Inconnue' : column));
    const path = csvFolderWith('renamed-column', STANDARD, [renamed.join(';'), ...rest].join('\n'));
    const error = await expectCleanFailure(path);
    expect(error.message).toMatch(/missing column/);
    expect(error.message).toContain('Numero_Fiche');
  });

  it('either imports or refuses cleanly a CSV export with bytes overwritten anywhere', async () => {
    const whole = readFileSync(join(csvSample, STANDARD));
    const bytes = [0x00, 0x22, 0x3b, 0x0a, 0x0d, 0xff, 0xc3];
    let refused = 0;
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: whole.length - 1 }), fc.constantFrom(...bytes)), {
          minLength: 1,
          maxLength: 4,
        }),
        async (changes) => {
          const corrupted = Buffer.from(whole);
          for (const [at, byte] of changes) corrupted[at] = byte;
          const path = csvFolderWith(`bytes-${run++}`, STANDARD, corrupted);
          const before = await snapshot();
          const error = await importRncp(db, path).then(
            () => null,
            (e: unknown) => e,
          );
          if (error === null) return;
          refused++;
          expect(error, String(error)).toBeInstanceOf(ImportError);
          expect((error as ImportError).message).not.toContain('\n');
          expect(await snapshot()).toEqual(before);
        },
      ),
      { seed: 4242, numRuns: 25 },
    );
    // A stray quote breaks the CSV structure: some of these must have been refused.
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses a zipped CSV export cut short, changing nothing', async () => {
    const zip = join(folder, 'export.zip');
    execFileSync('zip', [
      '-q',
      '-j',
      zip,
      ...readdirSync(csvSample).map((f) => join(csvSample, f)),
    ]);
    const whole = readFileSync(zip);
    for (const end of [10, 200, Math.floor(whole.length / 2), whole.length - 30]) {
      const path = join(folder, `cut-${end}.zip`);
      writeFileSync(path, whole.subarray(0, end));
      await expectCleanFailure(path);
    }
  });
});
