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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { migrateDatabase } from '../../db/migrate.js';
import { getCatalogueVersion } from '../../features/certifications/catalogue-version.js';
import { listCertifications } from '../../features/certifications/repository.js';
import { openTestDatabase } from '../../test-support/test-database.js';
import { ImportError } from './import-error.js';
import { importRncp } from './import-rncp.js';

// Truncated and corrupted versions of the real exports (built in a temporary folder at run
// time, never stored in the project): each import either succeeds or throws an ImportError,
// and a failed one leaves the database as it was (each fixture fits in one batch).
const rncp = fileURLToPath(new URL('../../../../../../shared/data/rncp/', import.meta.url));
const rncpXml = join(rncp, 'export_fiches_RNCP_V4_1_fixture.xml');
const csvSample = join(rncp, 'csv-sample');

/** A small deterministic generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('importing truncated and corrupted exports', () => {
  let folder: string;
  let db: Database;
  let before: Awaited<ReturnType<typeof listCertifications>>;
  let version: string | null;

  beforeAll(async () => {
    if (!existsSync(rncpXml) || !existsSync(csvSample)) {
      throw new Error(`The RNCP exports are missing: expected them in ${rncp} (../shared/data).`);
    }
    folder = mkdtempSync(join(tmpdir(), 'vae-rncp-fuzz-'));
    db = await openTestDatabase(folder);
    await migrateDatabase(db);
    // Something to lose: the catalogue as the RS fixture leaves it.
    await importRncp(db, join(rncp, 'export_fiches_RS_V4_1_fixture.xml'));
    before = await listCertifications(db);
    version = await getCatalogueVersion(db);
  });
  afterAll(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  async function expectCleanFailure(path: string): Promise<void> {
    const error = await importRncp(db, path).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, String(error)).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).not.toContain('\n');
    expect(await listCertifications(db)).toEqual(before);
    expect(await getCatalogueVersion(db)).toBe(version);
  }

  it('rejects the RNCP XML cut anywhere, changing nothing', async () => {
    const whole = readFileSync(rncpXml);
    const next = random(42);
    const ends = Array.from({ length: 25 }, () => Math.floor(next() * (whole.length - 20)) + 1);
    for (const end of [1, 10, 60, ...ends, whole.length - 3]) {
      const path = join(folder, `cut-${end}.xml`);
      writeFileSync(path, whole.subarray(0, end));
      await expectCleanFailure(path);
    }
  });

  it('rejects the RNCP XML with a markup character corrupted, changing nothing', async () => {
    const whole = readFileSync(rncpXml);
    const markup = [...whole.keys()].filter((i) => whole[i] === 0x3c || whole[i] === 0x3e);
    const next = random(7);
    for (let n = 0; n < 20; n++) {
      const at = markup[Math.floor(next() * markup.length)] ?? 0;
      const corrupted = Buffer.from(whole);
      corrupted[at] = 0x26; // "&" where "<" or ">" stood
      const path = join(folder, `corrupt-${at}.xml`);
      writeFileSync(path, corrupted);
      await expectCleanFailure(path);
    }
  });

  it('rejects the CSV sample with a file cut inside a quoted value, changing nothing', async () => {
    const names = readdirSync(csvSample).filter((name) => name.endsWith('.csv'));
    for (const cut of names.filter((n) => !/Partenaires|Rome/.test(n))) {
      const copy = join(folder, `csv-${names.indexOf(cut)}`);
      mkdirSync(copy);
      for (const name of names) copyFileSync(join(csvSample, name), join(copy, name));
      const content = readFileSync(join(csvSample, cut));
      // Cut just after the opening quote of the last quoted value: it is never closed.
      const lastQuote = Math.max(content.lastIndexOf(';"'), content.lastIndexOf('\n"')) + 1;
      writeFileSync(join(copy, cut), content.subarray(0, lastQuote + 2));
      await expectCleanFailure(copy);
    }
  });
});
