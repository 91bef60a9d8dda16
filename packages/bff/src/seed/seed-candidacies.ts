import { type CandidacyActor, type CandidacyEvent, parisDate } from '@vae/core';
import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import type { AppDependencies, Clock } from '../app-context.js';
import { hashToken } from '../crypto/secret-tokens.js';
import type { Database } from '../db/client.js';
import { aapSites, accounts, candidacies, certifications } from '../db/schema.js';
import { createCandidacy } from '../features/candidacies/create-candidacy.js';
import {
  type DossierUpload,
  documentStorage,
  insertDossierDocuments,
} from '../features/candidacies/dossier-upload.js';
import { runCandidacyEvent } from '../features/candidacies/run-event.js';
import { certificateursCovering } from '../features/feasibility/repository.js';
import { findLiveKeyByHash } from '../features/partners/repository.js';
import { DEMO_PUBLISHABLE_KEY } from './seed-access.js';

/** The candidate the university portal demo signs in as (see apps/server/src/demo-portal.ts). */
export const DEMO_STUDENT_EMAIL = 'lea.fontaine@example.org';

type Step =
  | 'take-over'
  | 'parcours'
  | 'confirm'
  | 'feasibility'
  | 'incomplete'
  | 'admissible'
  | 'rejected'
  | 'validation'
  | 'validation-complete'
  | 'jury'
  | 'result'
  | 'archive';

const CONFIRMED: Step[] = ['take-over', 'parcours', 'confirm'];
const FEASIBILITY: Step[] = [...CONFIRMED, 'feasibility'];
const ADMISSIBLE: Step[] = [...FEASIBILITY, 'admissible'];
const REJECTED: Step[] = [...FEASIBILITY, 'rejected'];
const VALIDATION: Step[] = [...ADMISSIBLE, 'validation'];
const JURY: Step[] = [...VALIDATION, 'validation-complete', 'jury'];

interface DemoCandidacy {
  givenName: string;
  familyName: string;
  /** When the candidacy was created; its steps are spread from then to a few days ago. */
  startedDaysAgo: number;
  steps: Step[];
}

/** Invented people; every status a professional meets, decisions spread over about 90 days. */
const DEMO_CANDIDACIES: DemoCandidacy[] = [
  { givenName: 'Léa', familyName: 'Fontaine', startedDaysAgo: 70, steps: ADMISSIBLE },
  { givenName: 'Nadia', familyName: 'Benali', startedDaysAgo: 3, steps: [] },
  { givenName: 'Hugo', familyName: 'Marchal', startedDaysAgo: 6, steps: [] },
  { givenName: 'Inès', familyName: 'Carpentier', startedDaysAgo: 1, steps: [] },
  { givenName: 'Thomas', familyName: 'Lefort', startedDaysAgo: 9, steps: ['take-over'] },
  { givenName: 'Awa', familyName: 'Diallo', startedDaysAgo: 12, steps: ['take-over'] },
  {
    givenName: 'Julien',
    familyName: 'Roussel',
    startedDaysAgo: 15,
    steps: ['take-over', 'parcours'],
  },
  {
    givenName: 'Sophie',
    familyName: 'Garnier',
    startedDaysAgo: 20,
    steps: ['take-over', 'parcours'],
  },
  { givenName: 'Karim', familyName: 'Haddad', startedDaysAgo: 24, steps: CONFIRMED },
  { givenName: 'Émilie', familyName: 'Vasseur', startedDaysAgo: 30, steps: CONFIRMED },
  { givenName: 'Mathieu', familyName: 'Perrin', startedDaysAgo: 18, steps: FEASIBILITY },
  { givenName: 'Chloé', familyName: 'Lambert', startedDaysAgo: 28, steps: FEASIBILITY },
  { givenName: 'Yanis', familyName: 'Morel', startedDaysAgo: 40, steps: FEASIBILITY },
  {
    givenName: 'Claire',
    familyName: 'Dubois',
    startedDaysAgo: 35,
    steps: [...FEASIBILITY, 'incomplete'],
  },
  {
    givenName: 'Olivier',
    familyName: 'Renaud',
    startedDaysAgo: 75,
    steps: [...FEASIBILITY, 'incomplete'],
  },
  { givenName: 'Fatou', familyName: 'Sarr', startedDaysAgo: 45, steps: ADMISSIBLE },
  { givenName: 'Antoine', familyName: 'Guérin', startedDaysAgo: 95, steps: ADMISSIBLE },
  { givenName: 'Manon', familyName: 'Leclerc', startedDaysAgo: 55, steps: REJECTED },
  { givenName: 'Bruno', familyName: 'Faure', startedDaysAgo: 85, steps: REJECTED },
  { givenName: 'Sarah', familyName: 'Mercier', startedDaysAgo: 80, steps: VALIDATION },
  { givenName: 'Lucas', familyName: 'Blanchard', startedDaysAgo: 100, steps: VALIDATION },
  { givenName: 'Camille', familyName: 'Noël', startedDaysAgo: 100, steps: JURY },
  { givenName: 'Rachid', familyName: 'Amrani', startedDaysAgo: 110, steps: JURY },
  { givenName: 'Pauline', familyName: 'Roche', startedDaysAgo: 118, steps: [...JURY, 'result'] },
  { givenName: 'Denis', familyName: 'Collin', startedDaysAgo: 120, steps: [...JURY, 'result'] },
  {
    givenName: 'Valérie',
    familyName: 'Aubert',
    startedDaysAgo: 98,
    steps: [...REJECTED, 'archive'],
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The smallest well-formed PDF: what the seed files as each dossier. */
const TINY_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

interface DemoParties {
  partnerId: string;
  aapAccountId: string;
  certificateurAccounts: Map<string, string>;
  sites: { id: string; department: string }[];
  codes: string[];
}

/** What the candidacies hang on: the demo partner, AAP, its sites, certificateurs, catalogue. */
async function findDemoParties(db: Database): Promise<DemoParties | null> {
  const publishable = await findLiveKeyByHash(db, hashToken(DEMO_PUBLISHABLE_KEY));
  const rows = await db.orm.select().from(accounts).orderBy(asc(accounts.createdAt));
  const aap = rows.find((row) => row.role === 'aap' && row.organismId && !row.disabledAt);
  if (!publishable?.partnerId || !aap?.organismId) return null;
  const certificateurAccounts = new Map<string, string>();
  for (const row of rows) {
    if (row.role === 'certificateur' && row.certificateurId && !row.disabledAt) {
      certificateurAccounts.set(row.certificateurId, row.id);
    }
  }
  const sites = (
    await db.orm
      .select({ id: aapSites.id, department: aapSites.department })
      .from(aapSites)
      .where(and(eq(aapSites.organismId, aap.organismId), eq(aapSites.modality, 'LIEU_ACCUEIL')))
      .orderBy(asc(aapSites.id))
  ).map((site) => ({ id: site.id, department: site.department ?? '75' }));
  const codes = (
    await db.orm
      .select({ code: certifications.code })
      .from(certifications)
      .where(
        and(
          eq(certifications.active, true),
          eq(certifications.vaeAccessible, true),
          isNotNull(certifications.level),
        ),
      )
      .orderBy(asc(certifications.code))
  )
    .map((row) => row.code)
    .filter((code) => /^RNCP\d{3,5}$/.test(code));
  if (sites.length === 0 || codes.length === 0 || certificateurAccounts.size === 0) return null;
  return {
    partnerId: publishable.partnerId,
    aapAccountId: aap.id,
    certificateurAccounts,
    sites,
    codes,
  };
}

function settableClock(start: Date): Clock & { set(date: Date): void } {
  let now = start;
  return { now: () => new Date(now), set: (date) => (now = date) };
}

/**
 * About 25 fictional candidacies of the demo partner, sent to the demo AAP's sites and decided
 * by the demo certificateurs, driven through the same services as the routes (creation, events,
 * dossier files) at dates spread over the last four months, so the inboxes, histories, audit log
 * and 90-day statistics are those of real use. Only on a database without any candidacy.
 */
export async function seedDemoCandidacies(
  base: Pick<AppDependencies, 'db' | 'config' | 'logger' | 'documents'>,
  now: Date,
): Promise<{ created: number } | null> {
  const [existing] = await base.db.orm.select({ n: count() }).from(candidacies);
  if ((existing?.n ?? 0) > 0) return null;
  const parties = await findDemoParties(base.db);
  if (!parties) return null;
  const clock = settableClock(now);
  const deps: AppDependencies = { ...base, clock };
  const storage = documentStorage(deps);
  const dossier = async (): Promise<DossierUpload<unknown>> => {
    const { sha256, sizeBytes } = await storage.put(TINY_PDF);
    const file = {
      fileName: 'dossier.pdf',
      contentType: 'application/pdf' as const,
      sha256,
      sizeBytes,
    };
    return { fields: {}, dossier: file, attachments: [] };
  };

  for (const [index, person] of DEMO_CANDIDACIES.entries()) {
    const site = parties.sites[index % parties.sites.length] ?? parties.sites[0];
    const code = parties.codes[(index * 7) % parties.codes.length] ?? parties.codes[0];
    if (!site || !code) continue;
    const startedAt = now.getTime() - person.startedDaysAgo * DAY_MS;
    // Steps fall every few days after creation, the last one at least a day before now.
    const gap = Math.max(
      1,
      Math.min(8, Math.floor((person.startedDaysAgo - 1) / (person.steps.length + 1))),
    );
    clock.set(new Date(startedAt));
    const { created } = await createCandidacy(
      deps,
      {
        certificationCode: code,
        eligibility: {
          typology: 'SALARIE_PRIVE',
          experience: { inDirectRelation: true, duration: 'PLUS_DE_TROIS_ANS' },
          recevabilite: { situation: 'PREMIERE_DEMANDE_RECEVABILITE' },
          dossiersFiledThisYear: { forThisCertification: 0, forOtherCertifications: 0 },
          department: site.department,
        },
        candidate: {
          givenName: person.givenName,
          familyName: person.familyName,
          email: emailOf(person),
        },
        accompanimentType: 'ACCOMPAGNE',
        aapId: site.id,
      },
      { partnerId: parties.partnerId, idempotencyKey: null, requestId: null },
    );

    const covering = await certificateursCovering(base.db.orm, site.department, code);
    const certificateur =
      covering.find((one) => parties.certificateurAccounts.has(one.id) && index % 2 === 0) ??
      covering.find((one) => parties.certificateurAccounts.has(one.id));
    if (!certificateur) continue;
    const certificateurAccountId = parties.certificateurAccounts.get(certificateur.id) ?? null;

    for (const [position, step] of person.steps.entries()) {
      const at = new Date(startedAt + (position + 1) * gap * DAY_MS);
      clock.set(at);
      const upload = step === 'feasibility' || step === 'validation' ? await dossier() : null;
      const { actor, event } = eventOf(step, {
        certificateurId: certificateur.id,
        juryDate: parisDate(
          new Date(
            position + 1 < person.steps.length
              ? at.getTime() + DAY_MS
              : now.getTime() + 21 * DAY_MS,
          ),
        ),
      });
      await runCandidacyEvent(deps, {
        candidacyId: created.id,
        party: {
          actor,
          accountId:
            actor === 'AAP'
              ? parties.aapAccountId
              : actor === 'CERTIFICATEUR'
                ? certificateurAccountId
                : null,
          partnerId: actor === 'CANDIDATE' ? parties.partnerId : null,
          requestId: null,
        },
        event,
        // The seed acts as each party on its own candidacy.
        authorize: () => undefined,
        afterPersist: upload
          ? (tx, row) => insertDossierDocuments(tx, created.id, row, upload, at.toISOString())
          : undefined,
      });
    }
  }
  return { created: DEMO_CANDIDACIES.length };
}

function emailOf(person: DemoCandidacy): string {
  const plain = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  return `${plain(person.givenName)}.${plain(person.familyName)}@example.org`;
}

function eventOf(
  step: Step,
  context: { certificateurId: string; juryDate: string },
): { actor: CandidacyActor; event: CandidacyEvent } {
  switch (step) {
    case 'take-over':
      return { actor: 'AAP', event: { type: 'TAKE_OVER' } };
    case 'parcours':
      return { actor: 'AAP', event: { type: 'SEND_PARCOURS' } };
    case 'confirm':
      return { actor: 'CANDIDATE', event: { type: 'CONFIRM_PARCOURS' } };
    case 'feasibility':
      return {
        actor: 'AAP',
        event: { type: 'SEND_FEASIBILITY', certificateurId: context.certificateurId },
      };
    case 'incomplete':
      return {
        actor: 'CERTIFICATEUR',
        event: {
          type: 'DECIDE_FEASIBILITY',
          decision: 'INCOMPLETE',
          comment: 'Les attestations d’emploi des trois dernières années manquent.',
        },
      };
    case 'admissible':
      return {
        actor: 'CERTIFICATEUR',
        event: { type: 'DECIDE_FEASIBILITY', decision: 'ADMISSIBLE' },
      };
    case 'rejected':
      return {
        actor: 'CERTIFICATEUR',
        event: {
          type: 'DECIDE_FEASIBILITY',
          decision: 'REJECTED',
          comment: 'L’expérience décrite ne correspond pas aux blocs de compétences visés.',
        },
      };
    case 'validation':
      return { actor: 'AAP', event: { type: 'SEND_VALIDATION_DOSSIER' } };
    case 'validation-complete':
      return {
        actor: 'CERTIFICATEUR',
        event: { type: 'DECIDE_VALIDATION_DOSSIER', decision: 'COMPLETE' },
      };
    case 'jury':
      return {
        actor: 'CERTIFICATEUR',
        event: {
          type: 'SCHEDULE_JURY',
          date: context.juryDate,
          time: '09:30',
          place: 'Centre d’examen (démo)',
        },
      };
    case 'result':
      return {
        actor: 'CERTIFICATEUR',
        event: { type: 'RECORD_JURY_RESULT', result: 'FULL_SUCCESS_OF_FULL_CERTIFICATION' },
      };
    case 'archive':
      return { actor: 'AAP', event: { type: 'ARCHIVE' } };
  }
}
