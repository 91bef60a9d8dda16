import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { getCatalogueVersion } from '../features/certifications/catalogue-version.js';
import {
  countCertifications,
  getCertification,
  upsertCertifications,
} from '../features/certifications/repository.js';
import { openTestDatabase } from '../test-support/test-database.js';
import { DEMO_CATALOGUE } from './demo-catalogue/index.js';
import { seedDemoData } from './seed-demo.js';

describe('the demo catalogue', () => {
  it('holds at least 80 distinct certifications, levels 3 to 7, across the filières', () => {
    expect(DEMO_CATALOGUE.length).toBeGreaterThanOrEqual(80);
    const codes = DEMO_CATALOGUE.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of DEMO_CATALOGUE) {
      expect(c.code).toMatch(/^RNCP\d{1,5}$/);
      expect(c.label.trim()).not.toBe('');
      expect(c.typeCode).toBeTruthy();
      expect(c.certificateurs.length).toBeGreaterThan(0);
    }
    expect(new Set(DEMO_CATALOGUE.map((c) => c.level))).toEqual(new Set([3, 4, 5, 6, 7]));
    const filieres = new Set(DEMO_CATALOGUE.map((c) => c.filiere));
    for (const filiere of [
      'SOCIAL_SERVICES_PERSONNE',
      'SANTE',
      'INDUSTRIE',
      'COMMERCE_VENTE',
      'SPORT_ANIMATION',
    ]) {
      expect(filieres).toContain(filiere);
    }
  });
});

describe('seedDemoData', () => {
  let folder: string;
  let db: Database;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'vae-seed-'));
    db = await openTestDatabase(folder);
    await migrateDatabase(db);
  });
  afterEach(() => {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('loads the demo catalogue into an empty catalogue, then leaves it alone', async () => {
    const first = await seedDemoData(db);
    expect(first.certifications).toEqual({
      created: DEMO_CATALOGUE.length,
      updated: 0,
      unchanged: 0,
    });
    expect(await countCertifications(db)).toBe(DEMO_CATALOGUE.length);
    const version = await getCatalogueVersion(db);
    expect(version).not.toBeNull();
    expect(await getCertification(db, 'RNCP28048')).toMatchObject({
      label: 'Accompagnant éducatif petite enfance',
      typeCode: 'CAP',
      level: 3,
    });

    const second = await seedDemoData(db);
    expect(second.certifications).toBeNull();
    expect(await getCatalogueVersion(db)).toBe(version);
  });

  it('does not add the demo catalogue to a catalogue that was imported', async () => {
    const [imported] = DEMO_CATALOGUE;
    if (!imported) throw new Error('empty demo catalogue');
    await upsertCertifications(db, [{ ...imported, label: 'Imported title' }]);
    expect((await seedDemoData(db)).certifications).toBeNull();
    expect(await countCertifications(db)).toBe(1);
    expect((await getCertification(db, imported.code))?.label).toBe('Imported title');
  });
});
