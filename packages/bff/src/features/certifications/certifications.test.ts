import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importRncp } from '../../importers/rncp/import-rncp.js';
import { DEMO_CATALOGUE } from '../../seed/demo-catalogue/index.js';
import { loadCertifications } from '../../seed/seed-catalogue.js';
import { seedDemoData } from '../../seed/seed-demo.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { getCatalogueVersion } from './catalogue-version.js';
import type { CertificationDetail, CertificationSearchResponse } from './schemas.js';

// The routes over the demo catalogue, through app.request() on a real database.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoData(t.db, { now: t.clock.now() });
});
afterAll(() => t.close());

async function search(query = '', headers: Record<string, string> = {}) {
  const response = await t.app.request(`/api/v1/certifications${query}`, { headers });
  return { response, body: response.status === 200 ? await response.json() : null } as {
    response: Response;
    body: CertificationSearchResponse;
  };
}

interface Problem {
  status: number;
  detail: string;
  errors: { path: string; in: string; message: string }[];
}

async function problem(url: string) {
  const response = await t.app.request(url);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
  return { status: response.status, body: (await response.json()) as Problem };
}

/** The message of the first error of a problem. */
function firstMessage(p: { body: Problem }): string {
  return p.body.errors[0]?.message ?? '';
}

const openToVae = DEMO_CATALOGUE.filter((c) => c.active && c.vaeAccessible);

describe('GET /api/v1/certifications', () => {
  it('lists only active certifications open to VAE by default, alphabetically', async () => {
    const { body } = await search('?limit=50');
    expect(body.total).toBe(openToVae.length);
    expect(body.items).toHaveLength(50);
    expect(body.items.every((item) => item.active && item.vaeAccessible)).toBe(true);
    const codes = (await search(`?limit=50&offset=50`)).body.items.map((i) => i.rncpCode);
    codes.push(...(await search(`?limit=50&offset=100`)).body.items.map((i) => i.rncpCode));
    expect(codes).not.toContain('RNCP8940'); // infirmier: not open to VAE
    expect(codes).not.toContain('RNCP34825'); // a registration no longer active
    const labels = body.items.map((i) => i.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('includes closed and inactive certifications on request', async () => {
    expect((await search('?vae=false&active=false')).body.total).toBe(DEMO_CATALOGUE.length);
    const infirmier = await search('?q=infirmier&vae=false');
    expect(infirmier.body.items[0]).toMatchObject({ rncpCode: 'RNCP8940', vaeAccessible: false });
    expect((await search('?q=infirmier')).body.total).toBe(0);
    const inactive = await search('?q=RNCP34825&active=false');
    expect(inactive.body.items[0]).toMatchObject({ rncpCode: 'RNCP34825', active: false });
  });

  it('answers each item with its prefixed code, type, level, filière, certificateurs and highlights', async () => {
    const { body } = await search('?q=aide-soignante');
    expect(body.items[0]).toEqual({
      rncpCode: 'RNCP35830',
      label: 'Diplôme d’État d’aide-soignant',
      type: { code: 'DE', label: 'Diplôme d’État' },
      level: 4,
      filiere: { code: 'SANTE', label: 'Santé' },
      certificateurs: [{ siret: '', name: 'MINISTERE DE LA SANTE ET DE LA PREVENTION' }],
      active: true,
      vaeAccessible: true,
      highlights: [
        [17, 21],
        [22, 30],
      ],
    });
    const [start, end] = body.items[0]?.highlights[0] ?? [0, 0];
    expect(body.items[0]?.label.slice(start, end)).toBe('aide');
  });

  it('counts facets over every match, before the page is cut', async () => {
    const { body } = await search('?q=boulanger&limit=1');
    expect(body.items).toHaveLength(1);
    // CAP and BP Boulanger, Bac pro Boulanger-pâtissier, MC Boulangerie spécialisée and
    // Pâtisserie boulangère.
    expect(body.total).toBe(5);
    expect(body.facets.level).toEqual([
      { value: 3, label: expect.stringContaining('Niveau 3'), count: 3 },
      { value: 4, label: expect.stringContaining('Niveau 4'), count: 2 },
    ]);
    expect(body.facets.type.map((f) => [f.value, f.count]).sort()).toEqual([
      ['BAC PRO', 1],
      ['BP', 1],
      ['CAP', 1],
      ['MC', 2],
    ]);
    expect(body.facets.filiere).toEqual([
      { value: 'AGROALIMENTAIRE', label: 'Alimentation et métiers de bouche', count: 5 },
    ]);
    const sum = (facets: { count: number }[]) => facets.reduce((n, f) => n + f.count, 0);
    const all = (await search()).body;
    expect(sum(all.facets.level)).toBe(all.total);
    expect(sum(all.facets.type)).toBe(all.total);
  });

  it('filters by level, type, filière and certificateur, alone and together', async () => {
    const levels = (await search('?level=3,4&limit=50')).body;
    expect(levels.items.every((i) => i.level === 3 || i.level === 4)).toBe(true);
    expect((await search('?level=3&level=4')).body.total).toBe(levels.total);

    const bts = (await search('?type=bts&limit=50')).body;
    expect(bts.total).toBeGreaterThan(5);
    expect(bts.items.every((i) => i.type?.code === 'BTS')).toBe(true);

    const sante = (await search('?filiere=SANTE&limit=50')).body;
    expect(sante.items.map((i) => i.rncpCode).sort()).toEqual([
      'RNCP35830',
      'RNCP35832',
      'RNCP36775',
      'RNCP36805',
    ]);

    const travail = (await search('?certificateur=11000007200014&limit=50')).body;
    expect(travail.total).toBeGreaterThan(10);
    expect(travail.items.every((i) => i.type?.code === 'TP')).toBe(true);
    const byName = (await search('?certificateur=ministere%20travail&limit=50')).body;
    expect(byName.total).toBe(travail.total);

    const both = (await search('?q=chaudronnerie&level=3&type=CAP')).body;
    expect(both.items.map((i) => i.rncpCode).sort()).toEqual(['RNCP27468', 'RNCP27470']);
  });

  it('pages with limit and offset, 10 items by default', async () => {
    expect((await search()).body.items).toHaveLength(10);
    const first = (await search('?q=titre%20pro&limit=5')).body.items.map((i) => i.rncpCode);
    const second = (await search('?q=titre%20pro&limit=5&offset=5')).body.items;
    const both = (await search('?q=titre%20pro&limit=10')).body.items.map((i) => i.rncpCode);
    expect([...first, ...second.map((i) => i.rncpCode)]).toEqual(both);
  });

  it('answers 400 problem+json listing the allowed values for an invalid parameter', async () => {
    const level = await problem('/api/v1/certifications?level=9');
    expect(level.status).toBe(400);
    expect(level.body.errors).toEqual([
      { path: 'level', in: 'query', message: 'level must be one of 3, 4, 5, 6, 7, 8' },
    ]);

    const limit = await problem('/api/v1/certifications?limit=51');
    expect(limit.status).toBe(400);
    expect(limit.body.errors[0]).toMatchObject({
      path: 'limit',
      message: expect.stringMatching(/1 to 50/),
    });
    expect((await problem('/api/v1/certifications?limit=0')).status).toBe(400);
    expect((await problem('/api/v1/certifications?limit=ten')).status).toBe(400);

    const long = await problem(`/api/v1/certifications?q=${'a'.repeat(201)}`);
    expect(long.status).toBe(400);
    expect(long.body.errors[0]).toMatchObject({ path: 'q', message: expect.stringMatching(/200/) });
    expect((await search(`?q=${'a'.repeat(200)}`)).response.status).toBe(200);

    const type = await problem('/api/v1/certifications?type=BTS,XYZ');
    expect(type.status).toBe(400);
    expect(firstMessage(type)).toMatch(/^type must be one of .*\bBTS\b.*\bCAP\b/);

    const filiere = await problem('/api/v1/certifications?filiere=JARDINAGE');
    expect(filiere.status).toBe(400);
    expect(firstMessage(filiere)).toMatch(/^filiere must be one of .*SANTE/);

    const flag = await problem('/api/v1/certifications?vae=yes');
    expect(firstMessage(flag)).toBe('vae must be one of true, false');
  });

  it('revalidates with the ETag of the catalogue version and lets caches keep it for a while', async () => {
    const first = await search('?q=cap');
    const etag = first.response.headers.get('ETag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.response.headers.get('Cache-Control')).toMatch(/public, max-age=\d+/);

    const again = await search('?q=cap', { 'If-None-Match': etag ?? '' });
    expect(again.response.status).toBe(304);
    expect(await again.response.text()).toBe('');
    expect(again.response.headers.get('ETag')).toBe(etag);
    expect((await search('?q=cap', { 'If-None-Match': `W/${etag}` })).response.status).toBe(304);
    expect((await search('?q=cap', { 'If-None-Match': '"other"' })).response.status).toBe(200);
  });

  it('changes the ETag of a search at midnight in Paris (registrations end on a day)', async () => {
    const now = t.clock.now();
    try {
      t.clock.set(new Date('2026-03-02T22:58:00Z')); // 23:58 in Paris
      const late = (await search('?q=cap')).response.headers.get('ETag');
      t.clock.set(new Date('2026-03-02T22:59:30Z'));
      expect((await search('?q=cap')).response.headers.get('ETag')).toBe(late);
      t.clock.set(new Date('2026-03-02T23:00:30Z')); // the next day in Paris
      expect((await search('?q=cap')).response.headers.get('ETag')).not.toBe(late);
    } finally {
      t.clock.set(now);
    }
  });
});

describe('GET /api/v1/certifications/{code}', () => {
  it('answers the full record, with or without the RNCP prefix', async () => {
    const response = await t.app.request('/api/v1/certifications/RNCP35830');
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBeTruthy();
    expect(response.headers.get('Cache-Control')).toMatch(/public/);
    const detail = (await response.json()) as CertificationDetail;
    expect(detail).toMatchObject({
      rncpCode: 'RNCP35830',
      registry: 'RNCP',
      label: 'Diplôme d’État d’aide-soignant',
      level: 4,
      active: true,
      vaeAccessible: true,
    });
    expect(detail.blocs).toHaveLength(5);
    expect(detail.blocs[0]?.code).toBe('RNCP35830BC01');
    for (const code of ['35830', 'rncp35830']) {
      const other = await t.app.request(`/api/v1/certifications/${code}`);
      expect(await other.json()).toEqual(detail);
    }
  });

  it('answers the parcours of a BUT', async () => {
    const response = await t.app.request('/api/v1/certifications/35513');
    const detail = (await response.json()) as CertificationDetail;
    expect(detail.parcours).toContainEqual({ code: null, label: 'Éducation spécialisée' });
  });

  it('answers 404 problem+json for an unknown code and 400 for what is not a code', async () => {
    const unknown = await problem('/api/v1/certifications/RNCP1');
    expect(unknown.status).toBe(404);
    expect(unknown.body.detail).toContain('RNCP1');
    const invalid = await problem('/api/v1/certifications/chaudronnier');
    expect(invalid.status).toBe(400);
    expect(firstMessage(invalid)).toMatch(/RNCP35830 or 35830/);
  });

  it('answers 304 when the catalogue did not change', async () => {
    const first = await t.app.request('/api/v1/certifications/RNCP35830');
    const etag = first.headers.get('ETag') ?? '';
    const again = await t.app.request('/api/v1/certifications/RNCP35830', {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
  });
});

describe('after an import, without a restart', () => {
  let app: TestApp;
  let folder: string;
  beforeAll(async () => {
    app = await createTestApp();
    await seedDemoData(app.db, { now: app.clock.now() });
    folder = mkdtempSync(join(tmpdir(), 'vae-certifications-import-'));
  });
  afterAll(() => {
    app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('rebuilds the index and changes the ETag when the catalogue version changes', async () => {
    const url = '/api/v1/certifications?q=poissonnier';
    const before = await app.app.request(url);
    expect(((await before.json()) as CertificationSearchResponse).total).toBe(0);
    const etag = before.headers.get('ETag');
    const version = await getCatalogueVersion(app.db);

    const xml = join(folder, 'export.xml');
    writeFileSync(
      xml,
      `<?xml version="1.0" encoding="UTF-8"?>
<FICHES><VERSION_FLUX>4.1</VERSION_FLUX>
<FICHE><NUMERO_FICHE>RNCP37383</NUMERO_FICHE><INTITULE>Poissonnier-écailler</INTITULE>
<ACTIF>Oui</ACTIF><SI_JURY_VAE><ACTIF>Oui</ACTIF></SI_JURY_VAE></FICHE>
</FICHES>`,
    );
    const report = await importRncp(app.db, xml);
    expect(report.created).toBe(1);
    expect(await getCatalogueVersion(app.db)).not.toBe(version);

    // Servers look at the catalogue version every few seconds, then rebuild in the background.
    app.clock.set(new Date(app.clock.now().getTime() + 60_000));
    await vi.waitFor(async () => {
      const after = await app.app.request(url);
      const body = (await after.json()) as CertificationSearchResponse;
      expect(body.items[0]?.rncpCode).toBe('RNCP37383');
      expect(after.headers.get('ETag')).not.toBe(etag);
    });
    const stale = await app.app.request(url, { headers: { 'If-None-Match': etag ?? '' } });
    expect(stale.status).toBe(200);
  });

  it('stops listing a certification by default once its registration has ended', async () => {
    const [boulanger] = DEMO_CATALOGUE.filter((c) => c.code === 'RNCP37537');
    if (!boulanger) throw new Error('RNCP37537 is missing from the demo catalogue');
    const yesterday = new Date(app.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
    await loadCertifications(app.db, [{ ...boulanger, registrationEnd: yesterday }]);
    app.clock.set(new Date(app.clock.now().getTime() + 60_000));
    await vi.waitFor(async () => {
      const body = (await (
        await app.app.request('/api/v1/certifications?q=cap%20boulanger')
      ).json()) as CertificationSearchResponse;
      expect(body.items.map((i) => i.rncpCode)).not.toContain('RNCP37537');
    });
    const all = await app.app.request('/api/v1/certifications?q=cap%20boulanger&active=false');
    const body = (await all.json()) as CertificationSearchResponse;
    expect(body.items[0]).toMatchObject({ rncpCode: 'RNCP37537', active: true });
  });
});
