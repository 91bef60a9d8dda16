import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAppConfig } from '../app-context.js';
import {
  auditLog,
  candidacies,
  candidacyStatusHistory,
  candidates,
  documents,
} from '../db/schema.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { DEMO_STUDENT_EMAIL } from './seed-candidacies.js';
import { seedDemoData } from './seed-demo.js';

describe('demo candidacies seed', { timeout: 120_000 }, () => {
  let t: TestApp;
  let folder: string;
  beforeEach(async () => {
    t = await createTestApp({}, { partner: false });
    folder = mkdtempSync(join(tmpdir(), 'vae-seed-docs-'));
  });
  afterEach(() => {
    t.close();
    rmSync(folder, { recursive: true, force: true });
  });
  const config = () => ({ ...defaultAppConfig, tokenSecret: 'test-secret', dataDir: folder });

  it('drives about 25 candidacies through every professional status, history and audit included', async () => {
    const report = await seedDemoData(t.db, { now: t.clock.now(), config: config() });
    expect(report.candidacies?.created).toBeGreaterThanOrEqual(25);
    const rows = await t.db.orm.select().from(candidacies);
    expect(rows).toHaveLength(report.candidacies?.created ?? 0);
    expect(new Set(rows.map((row) => row.status))).toEqual(
      new Set([
        'VALIDATION',
        'PRISE_EN_CHARGE',
        'PARCOURS_ENVOYE',
        'PARCOURS_CONFIRME',
        'DOSSIER_FAISABILITE_ENVOYE',
        'DOSSIER_FAISABILITE_INCOMPLET',
        'DOSSIER_FAISABILITE_RECEVABLE',
        'DOSSIER_FAISABILITE_NON_RECEVABLE',
        'DOSSIER_DE_VALIDATION_ENVOYE',
        'ARCHIVE',
      ]),
    );
    const partnerIds = new Set(rows.map((row) => row.partnerId));
    expect(partnerIds.size).toBe(1);
    expect([...partnerIds][0]).toBeTruthy();

    for (const row of rows) {
      const history = await t.db.orm
        .select()
        .from(candidacyStatusHistory)
        .where(eq(candidacyStatusHistory.candidacyId, row.id));
      const last = history.toSorted((a, b) => a.at.localeCompare(b.at)).at(-1);
      expect(last?.status).toBe(row.status);
      const audit = await t.db.orm.select().from(auditLog).where(eq(auditLog.candidacyId, row.id));
      expect(audit.length).toBeGreaterThanOrEqual(1);
      expect(Date.parse(row.createdAt)).toBeLessThan(t.clock.now().getTime());
    }
    const people = await t.db.orm.select().from(candidates);
    expect(people.every((person) => person.email.endsWith('@example.org'))).toBe(true);
    expect(people.every((person) => person.nirEncrypted === null)).toBe(true);
    expect(people.map((person) => person.email)).toContain(DEMO_STUDENT_EMAIL);
    const files = await t.db.orm.select().from(documents);
    expect(files.length).toBeGreaterThan(10);
    expect(files.every((file) => file.contentType === 'application/pdf')).toBe(true);
  });

  it('gives the certificateur 90-day statistics with decisions of both kinds', async () => {
    const report = await seedDemoData(t.db, { now: t.clock.now(), config: config() });
    const national = report.access?.accounts.find((a) => a.name.includes('national'));
    const res = await t.app.request('/api/v1/certificateur/feasibility-stats', {
      headers: { Authorization: `Bearer ${national?.apiKey}` },
    });
    expect(res.status).toBe(200);
    const stats = (await res.json()) as {
      received: number;
      counts: Record<'favourable' | 'pending' | 'unfavourable', number>;
      averageDaysToDecision: number;
    };
    expect(stats.received).toBeGreaterThanOrEqual(8);
    expect(stats.counts.favourable).toBeGreaterThan(0);
    expect(stats.counts.unfavourable).toBeGreaterThan(0);
    expect(stats.counts.pending).toBeGreaterThan(0);
    expect(stats.averageDaysToDecision).toBeGreaterThan(1);
  });

  it('seeds nothing once a candidacy exists, nor without the app configuration', async () => {
    expect((await seedDemoData(t.db, { now: t.clock.now() })).candidacies).toBeNull();
    expect(
      (await seedDemoData(t.db, { now: t.clock.now(), config: config() })).candidacies?.created,
    ).toBeGreaterThan(0);
    const count = (await t.db.orm.select().from(candidacies)).length;
    expect(
      (await seedDemoData(t.db, { now: t.clock.now(), config: config() })).candidacies,
    ).toBeNull();
    expect(await t.db.orm.select().from(candidacies)).toHaveLength(count);
  });
});
