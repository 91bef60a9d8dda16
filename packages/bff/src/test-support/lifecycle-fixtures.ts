import type { Database } from '../db/client.js';
import { aapSites, organisms } from '../db/schema.js';
import { createAccount, createCertificateurAuthority } from '../features/accounts/service.js';
import { upsertCertifications } from '../features/certifications/repository.js';
import { testCertification } from '../features/eligibility/test-certifications.js';
import { createPartner } from '../features/partners/service.js';
import type { TestApp } from './test-app.js';

export const PARTNER_ORIGIN = 'https://partenaire.example.org';

/** Answers that make a private-sector employee of Paris eligible. */
export const eligibleAnswers = {
  typology: 'SALARIE_PRIVE',
  experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
  recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
  dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
  department: '75',
} as const;

export const candidateIdentity = {
  givenName: 'Camille',
  familyName: 'Martin',
  email: 'camille.martin@example.org',
  phone: '06 12 34 56 78',
};

async function insertOrganism(db: Database, id: string, siret: string, sites: string[]) {
  const at = '2026-01-01T00:00:00.000Z';
  await db.orm.insert(organisms).values({
    id,
    legalName: `Organisme ${id}`,
    siret,
    active: true,
    qualiopiVae: true,
    qualiopiExpiresOn: '2030-01-01',
    createdAt: at,
    updatedAt: at,
  });
  await db.orm.insert(aapSites).values(
    sites.map((site) => ({
      id: site,
      organismId: id,
      publicName: `Antenne ${site}`,
      email: `${site}@aap.example.org`,
      modality: 'LIEU_ACCUEIL' as const,
      department: '75',
      createdAt: at,
      updatedAt: at,
    })),
  );
}

/**
 * The cast of the lifecycle tests: a partner, two AAP organisms (the first with two antennas),
 * three certificateurs (national, Île-de-France, Bouches-du-Rhône only) and one account key per
 * role, plus foreign ones to prove the scopes.
 */
export async function seedLifecycleFixtures(t: TestApp) {
  const { db } = t;
  await upsertCertifications(db, [
    testCertification('RNCP35830'),
    testCertification('RNCP37537'),
    testCertification('RNCP34826', { active: false, vaeAccessible: false }),
  ]);
  await insertOrganism(db, 'org-a', '12345678900011', ['site-a1', 'site-a2']);
  await insertOrganism(db, 'org-b', '12345678900029', ['site-b1']);
  const national = await createCertificateurAuthority(db, {
    name: 'Ministère du Travail',
    structure: 'DGEFP',
    departments: 'all',
    certificationCodes: ['RNCP35830', 'RNCP37537'],
  });
  const regional = await createCertificateurAuthority(db, {
    name: 'DREETS Île-de-France',
    structure: 'DGEFP',
    departments: ['75', '77', '78', '91', '92', '93', '94', '95'],
    certificationCodes: ['RNCP35830'],
  });
  const elsewhere = await createCertificateurAuthority(db, {
    name: 'DREETS Provence',
    structure: 'DGEFP',
    departments: ['13'],
    certificationCodes: ['RNCP35830'],
  });
  const key = async (input: Parameters<typeof createAccount>[1]) =>
    (await createAccount(db, input)).apiKey.key;
  const keys = {
    aap: await key({ role: 'aap', name: 'AAP A', organismId: 'org-a' }),
    antennaA1: await key({ role: 'aap-antenna', name: 'Antenne A1', aapSiteId: 'site-a1' }),
    antennaA2: await key({ role: 'aap-antenna', name: 'Antenne A2', aapSiteId: 'site-a2' }),
    otherAap: await key({ role: 'aap', name: 'AAP B', organismId: 'org-b' }),
    certificateur: await key({
      role: 'certificateur',
      name: 'Ministère',
      certificateurId: national.id,
    }),
    regional: await key({ role: 'certificateur', name: 'DREETS', certificateurId: regional.id }),
    localParis: await key({
      role: 'certificateur-local',
      name: 'Unité 75',
      certificateurId: national.id,
      departments: ['75'],
      certificationCodes: ['RNCP35830'],
    }),
    localLyon: await key({
      role: 'certificateur-local',
      name: 'Unité 69',
      certificateurId: national.id,
      departments: ['69'],
      certificationCodes: ['RNCP35830'],
    }),
    admin: await key({ role: 'admin', name: 'Opérateur' }),
  };
  const partner = await createPartner(db, { name: 'Carif test', origins: [PARTNER_ORIGIN] });
  return {
    keys,
    partner,
    certificateurs: { national: national.id, regional: regional.id, elsewhere: elsewhere.id },
  };
}

export type LifecycleFixtures = Awaited<ReturnType<typeof seedLifecycleFixtures>>;

/** A tiny but real PDF (the magic bytes are what the server checks). */
export function pdfBytes(extra = ''): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n% dossier ${extra}\n%%EOF\n`);
}

export function dossierForm(fields: Record<string, string> = {}, file = pdfBytes()): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  form.set('dossier', new File([file as Uint8Array<ArrayBuffer>], 'dossier.pdf'));
  return form;
}

/** A response whose JSON body the test reads loosely: the assertions check its shape. */
// biome-ignore lint/suspicious/noExplicitAny: test bodies are asserted field by field
export type TestResponse = Omit<Response, 'json'> & { json(): Promise<any> };

/** A request helper bound to a test app: JSON bodies, bearer credentials, the partner key. */
export function lifecycleClient(t: TestApp, fx: LifecycleFixtures) {
  const call = (
    method: string,
    path: string,
    options: { bearer?: string; json?: unknown; form?: FormData; headers?: Record<string, string> },
  ) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.bearer) headers['Authorization'] = `Bearer ${options.bearer}`;
    let body: string | FormData | undefined;
    if (options.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = options.form;
    }
    return t.app.request(`/api/v1${path}`, { method, headers, body }) as Promise<TestResponse>;
  };
  return {
    call,
    async createCandidacy(overrides: Record<string, unknown> = {}, headers = {}) {
      return call('POST', '/candidacies', {
        headers: { 'X-Vae-Partner': fx.partner.publishableKey, ...headers },
        json: {
          certificationCode: 'RNCP35830',
          eligibility: eligibleAnswers,
          candidate: candidateIdentity,
          accompanimentType: 'ACCOMPAGNE',
          ...overrides,
        },
      });
    },
  };
}
