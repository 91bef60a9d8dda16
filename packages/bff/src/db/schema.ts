import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Small key/value facts about the database itself (catalogue version, seed marks…). */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
});

/**
 * The certification catalogue (RNCP and RS fiches). One row per certification, keyed by its
 * code with prefix (`RNCP35830`, `RS5495`); lists that are only read with their certification
 * are JSON columns so an upsert writes a certification in one statement.
 */
export const certifications = sqliteTable(
  'certifications',
  {
    code: text('code').primaryKey(),
    /** `RNCP` or `RS`. */
    registry: text('registry', { enum: ['RNCP', 'RS'] }).notNull(),
    label: text('label').notNull(),
    typeCode: text('type_code'),
    typeLabel: text('type_label'),
    /** 3–8; null for RS fiches and levels the export does not give. */
    level: integer('level'),
    active: integer('active', { mode: 'boolean' }).notNull(),
    vaeAccessible: integer('vae_accessible', { mode: 'boolean' }).notNull(),
    /** ISO date (YYYY-MM-DD) after which no new candidate may register. */
    registrationEnd: text('registration_end'),
    filiere: text('filiere'),
    formacodes: text('formacodes', { mode: 'json' })
      .$type<{ code: string; label: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    nsfCodes: text('nsf_codes', { mode: 'json' })
      .$type<{ code: string; label: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Conventions collectives (IDCC codes). */
    idcc: text('idcc', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Competence blocs, in the order of the fiche. */
    blocs: text('blocs', { mode: 'json' })
      .$type<{ code: string; label: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Tracks/themes of licences professionnelles and masters. */
    parcours: text('parcours', { mode: 'json' })
      .$type<{ code: string | null; label: string }[]>()
      .notNull()
      .default(sql`'[]'`),
    replaces: text('replaces', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    replacedBy: text('replaced_by', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Hash of the imported content: an import that brings the same content changes nothing. */
    contentHash: text('content_hash').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('certifications_level_idx').on(table.level)],
);

/** Certificateurs of each certification (SIRET + name), as the RNCP lists them. */
export const certificationCertificateurs = sqliteTable(
  'certification_certificateurs',
  {
    certificationCode: text('certification_code')
      .notNull()
      .references(() => certifications.code, { onDelete: 'cascade' }),
    siret: text('siret').notNull(),
    name: text('name').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.certificationCode, table.siret] }),
    index('certification_certificateurs_siret_idx').on(table.siret),
  ],
);

/*
 * Candidacy lifecycle, partners and access control. Ids are UUIDv7 (time-ordered); times are
 * ISO timestamps in UTC. Credentials are stored as SHA-256 digests only (see crypto/).
 */

/** An embedding site: its keys live in `api_keys`, its allowed origins in `partner_origins`. */
export const partners = sqliteTable('partners', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: text('created_at').notNull(),
  disabledAt: text('disabled_at'),
});

/** Exact origins (`https://www.example.org`) a partner's pages are served from. */
export const partnerOrigins = sqliteTable(
  'partner_origins',
  {
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    origin: text('origin').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.partnerId, table.origin] }),
    index('partner_origins_origin_idx').on(table.origin),
  ],
);

/**
 * A certification authority (a ministry's service, a university…) that receives feasibility
 * dossiers: it covers a set of departments and certifications ("national" or "regional" is just
 * the size of that set).
 */
export const certificateurAuthorities = sqliteTable('certificateur_authorities', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** The structure it belongs to (e.g. « Ministère du Travail »). */
  structure: text('structure').notNull(),
  contactEmail: text('contact_email'),
  departments: text('departments', { mode: 'json' }).$type<string[]>().notNull(),
  certificationCodes: text('certification_codes', { mode: 'json' }).$type<string[]>().notNull(),
  createdAt: text('created_at').notNull(),
});

/**
 * A professional account. Scope by role: `aap` its organism; `aap-antenna` one AAP site of it;
 * `certificateur` its authority; `certificateur-local` its authority restricted to its
 * departments ∩ certifications; `admin` everything.
 */
export const accounts = sqliteTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    role: text('role', {
      enum: ['aap', 'aap-antenna', 'certificateur', 'certificateur-local', 'admin'],
    }).notNull(),
    name: text('name').notNull(),
    email: text('email'),
    /** The AAP organism (maison mère), for `aap` and `aap-antenna`. */
    organismId: text('organism_id'),
    /** The AAP site, for `aap-antenna`. */
    aapSiteId: text('aap_site_id'),
    certificateurId: text('certificateur_id').references(() => certificateurAuthorities.id),
    /** For `certificateur-local`: the subset of the authority's departments it sees. */
    departments: text('departments', { mode: 'json' }).$type<string[]>(),
    /** For `certificateur-local`: the subset of the authority's certifications it sees. */
    certificationCodes: text('certification_codes', { mode: 'json' }).$type<string[]>(),
    createdAt: text('created_at').notNull(),
    disabledAt: text('disabled_at'),
  },
  (table) => [
    index('accounts_organism_idx').on(table.organismId),
    index('accounts_certificateur_idx').on(table.certificateurId),
  ],
);

/** Partner publishable and secret keys and account API keys: only the SHA-256 is kept. */
export const apiKeys = sqliteTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    kind: text('kind', { enum: ['publishable', 'secret', 'account'] }).notNull(),
    hash: text('hash').notNull().unique(),
    /** Prefix and first characters, to recognise a key in a list (`pk_live_Ab3x…`). */
    hint: text('hint').notNull(),
    partnerId: text('partner_id').references(() => partners.id, { onDelete: 'cascade' }),
    accountId: text('account_id').references(() => accounts.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    revokedAt: text('revoked_at'),
  },
  (table) => [
    index('api_keys_partner_idx').on(table.partnerId),
    index('api_keys_account_idx').on(table.accountId),
  ],
);

/** The person. The NIR is optional, validated, and stored only encrypted (AES-256-GCM). */
export const candidates = sqliteTable('candidates', {
  id: text('id').primaryKey(),
  givenName: text('given_name').notNull(),
  familyName: text('family_name').notNull(),
  email: text('email').notNull(),
  phone: text('phone'),
  department: text('department').notNull(),
  nirEncrypted: text('nir_encrypted'),
  createdAt: text('created_at').notNull(),
});

/**
 * One candidacy. `version` grows by one with every change: writers update `where version = ?`
 * so two concurrent actions cannot both apply. `aap_organism_id` and `certificateur_id` are
 * copies kept for scoped queries (the AAP site's organism, the current feasibility certificateur).
 */
export const candidacies = sqliteTable(
  'candidacies',
  {
    id: text('id').primaryKey(),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => candidates.id),
    status: text('status').notNull(),
    version: integer('version').notNull(),
    accompanimentType: text('accompaniment_type', { enum: ['ACCOMPAGNE', 'AUTONOME'] }).notNull(),
    certificationCode: text('certification_code').notNull(),
    aapId: text('aap_id'),
    aapOrganismId: text('aap_organism_id'),
    certificateurId: text('certificateur_id').references(() => certificateurAuthorities.id),
    typology: text('typology').notNull(),
    eligibilityAnswers: text('eligibility_answers', { mode: 'json' }).notNull(),
    eligibilityResult: text('eligibility_result', { mode: 'json' }).notNull(),
    partnerId: text('partner_id').references(() => partners.id),
    trackingCodeHash: text('tracking_code_hash').notNull().unique(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('candidacies_aap_idx').on(table.aapId, table.status),
    index('candidacies_aap_organism_idx').on(table.aapOrganismId, table.status),
    index('candidacies_certificateur_idx').on(table.certificateurId),
    index('candidacies_candidate_idx').on(table.candidateId),
  ],
);

/**
 * Candidacies a partner may mint embed sessions for besides the ones it created: linked once by
 * the candidacy id and its tracking code (a university's student who applied elsewhere).
 */
export const partnerCandidacyLinks = sqliteTable(
  'partner_candidacy_links',
  {
    partnerId: text('partner_id')
      .notNull()
      .references(() => partners.id, { onDelete: 'cascade' }),
    candidacyId: text('candidacy_id')
      .notNull()
      .references(() => candidacies.id, { onDelete: 'cascade' }),
    linkedAt: text('linked_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.partnerId, table.candidacyId] })],
);

/** Append-only: one row per status change, who and when. */
export const candidacyStatusHistory = sqliteTable(
  'candidacy_status_history',
  {
    id: text('id').primaryKey(),
    candidacyId: text('candidacy_id')
      .notNull()
      .references(() => candidacies.id),
    status: text('status').notNull(),
    actor: text('actor').notNull(),
    accountId: text('account_id'),
    at: text('at').notNull(),
  },
  (table) => [index('candidacy_status_history_candidacy_idx').on(table.candidacyId, table.at)],
);

/** One row per (re)submission of the feasibility dossier, to one certificateur. */
export const feasibilityDossiers = sqliteTable(
  'feasibility_dossiers',
  {
    id: text('id').primaryKey(),
    candidacyId: text('candidacy_id')
      .notNull()
      .references(() => candidacies.id),
    certificateurId: text('certificateur_id')
      .notNull()
      .references(() => certificateurAuthorities.id),
    decision: text('decision').notNull(),
    sentAt: text('sent_at').notNull(),
    sentBy: text('sent_by').notNull(),
    decidedAt: text('decided_at'),
  },
  (table) => [
    index('feasibility_dossiers_candidacy_idx').on(table.candidacyId, table.sentAt),
    index('feasibility_dossiers_inbox_idx').on(table.certificateurId, table.decision, table.sentAt),
  ],
);

/** Append-only: the submission (PENDING) and every decision, with its optional comment. */
export const feasibilityDecisions = sqliteTable(
  'feasibility_decisions',
  {
    id: text('id').primaryKey(),
    candidacyId: text('candidacy_id')
      .notNull()
      .references(() => candidacies.id),
    dossierId: text('dossier_id')
      .notNull()
      .references(() => feasibilityDossiers.id),
    certificateurId: text('certificateur_id').notNull(),
    decision: text('decision').notNull(),
    comment: text('comment'),
    actor: text('actor').notNull(),
    accountId: text('account_id'),
    at: text('at').notNull(),
  },
  (table) => [index('feasibility_decisions_candidacy_idx').on(table.candidacyId, table.at)],
);

/** One row per validation dossier sent; the latest is the current one. */
export const validationDossiers = sqliteTable(
  'validation_dossiers',
  {
    id: text('id').primaryKey(),
    candidacyId: text('candidacy_id')
      .notNull()
      .references(() => candidacies.id),
    certificateurId: text('certificateur_id').references(() => certificateurAuthorities.id),
    decision: text('decision').notNull(),
    comment: text('comment'),
    sentAt: text('sent_at').notNull(),
    sentBy: text('sent_by').notNull(),
    decidedAt: text('decided_at'),
    decidedByAccountId: text('decided_by_account_id'),
  },
  (table) => [
    index('validation_dossiers_candidacy_idx').on(table.candidacyId, table.sentAt),
    index('validation_dossiers_inbox_idx').on(table.certificateurId, table.decision, table.sentAt),
  ],
);

/** The jury of one validation dossier: its session, then its result. */
export const juries = sqliteTable(
  'juries',
  {
    id: text('id').primaryKey(),
    candidacyId: text('candidacy_id')
      .notNull()
      .references(() => candidacies.id),
    validationDossierId: text('validation_dossier_id')
      .notNull()
      .unique()
      .references(() => validationDossiers.id),
    certificateurId: text('certificateur_id'),
    sessionDate: text('session_date').notNull(),
    time: text('time'),
    place: text('place'),
    result: text('result'),
    resultAt: text('result_at'),
    scheduledAt: text('scheduled_at').notNull(),
  },
  (table) => [index('juries_certificateur_idx').on(table.certificateurId, table.sessionDate)],
);

/** Abandonment is a record, not a status; a refused declaration may be followed by another. */
export const abandonments = sqliteTable(
  'abandonments',
  {
    id: text('id').primaryKey(),
    candidacyId: text('candidacy_id')
      .notNull()
      .references(() => candidacies.id),
    declaredBy: text('declared_by').notNull(),
    reason: text('reason').notNull(),
    confirmed: integer('confirmed', { mode: 'boolean' }),
    declaredAt: text('declared_at').notNull(),
    answeredAt: text('answered_at'),
  },
  (table) => [index('abandonments_candidacy_idx').on(table.candidacyId, table.declaredAt)],
);

/** PDF files and attachments, stored by content hash behind `DocumentStorage`. */
export const documents = sqliteTable(
  'documents',
  {
    id: text('id').primaryKey(),
    candidacyId: text('candidacy_id')
      .notNull()
      .references(() => candidacies.id),
    /** `feasibility` or `validation`, and the dossier row it belongs to. */
    dossierType: text('dossier_type', { enum: ['feasibility', 'validation'] }).notNull(),
    dossierId: text('dossier_id').notNull(),
    role: text('role', { enum: ['main', 'attachment'] }).notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    contentType: text('content_type').notNull(),
    fileName: text('file_name').notNull(),
    uploadedAt: text('uploaded_at').notNull(),
  },
  (table) => [index('documents_dossier_idx').on(table.dossierType, table.dossierId)],
);

/** Who changed what and when, for every change. Holds no personal data. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: text('id').primaryKey(),
    candidacyId: text('candidacy_id'),
    actor: text('actor').notNull(),
    accountId: text('account_id'),
    partnerId: text('partner_id'),
    action: text('action').notNull(),
    statusBefore: text('status_before'),
    statusAfter: text('status_after'),
    details: text('details', { mode: 'json' }),
    requestId: text('request_id'),
    at: text('at').notNull(),
  },
  (table) => [index('audit_log_candidacy_idx').on(table.candidacyId, table.at)],
);

/**
 * Creation requests replayed with the same `Idempotency-Key`: the first answer is kept
 * encrypted (it holds the tracking code) for a day, so a retry gets the same answer.
 */
export const idempotencyKeys = sqliteTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    candidacyId: text('candidacy_id').notNull(),
    responseEncrypted: text('response_encrypted').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.scope, table.key] })],
);

/**
 * Accompanying organisms (AAP "maisons mères"): the legal entity behind one or more AAP sites.
 * Its sites are proposed to candidates only while it is active and holds a Qualiopi
 * certificate with the VAE mention that has not expired.
 */
export const organisms = sqliteTable('organisms', {
  id: text('id').primaryKey(),
  legalName: text('legal_name').notNull(),
  siret: text('siret').notNull().unique(),
  website: text('website'),
  active: integer('active', { mode: 'boolean' }).notNull(),
  /** The Qualiopi certificate carries the VAE mention (actions permettant de faire valider les acquis). */
  qualiopiVae: integer('qualiopi_vae', { mode: 'boolean' }).notNull(),
  /** ISO date (YYYY-MM-DD) the Qualiopi certificate expires; null when there is none. */
  qualiopiExpiresOn: text('qualiopi_expires_on'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * AAP sites (antennas) and their offers: what a candidate picks. One row per modality offered
 * (`LIEU_ACCUEIL` at its address, `A_DISTANCE` in its remote zones). The position is the
 * commune's centre, stored so distances need no geography lookup per site.
 */
export const aapSites = sqliteTable(
  'aap_sites',
  {
    id: text('id').primaryKey(),
    organismId: text('organism_id')
      .notNull()
      .references(() => organisms.id, { onDelete: 'cascade' }),
    publicName: text('public_name').notNull(),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    postalCode: text('postal_code'),
    /** INSEE code; the arrondissement's in Paris, Lyon and Marseille. */
    communeCode: text('commune_code'),
    communeName: text('commune_name'),
    department: text('department'),
    latitude: real('latitude'),
    longitude: real('longitude'),
    modality: text('modality', { enum: ['LIEU_ACCUEIL', 'A_DISTANCE'] }).notNull(),
    remoteZones: text('remote_zones', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    departmentsServed: text('departments_served', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    formacodes: text('formacodes', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    /** Conventions collectives (IDCC) the site is a branch expert of. */
    idcc: text('idcc', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    pmrAccessible: integer('pmr_accessible', { mode: 'boolean' }).notNull().default(false),
    /** "Fermé pour absence ou congés": kept, but not proposed. */
    closed: integer('closed', { mode: 'boolean' }).notNull().default(false),
    visible: integer('visible', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('aap_sites_organism_idx').on(table.organismId)],
);

/** Diploma levels (3–8) each AAP site manages, per filière: one row per (site, filière, level). */
export const aapSiteLevels = sqliteTable(
  'aap_site_levels',
  {
    aapSiteId: text('aap_site_id')
      .notNull()
      .references(() => aapSites.id, { onDelete: 'cascade' }),
    filiere: text('filiere').notNull(),
    level: integer('level').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.aapSiteId, table.filiere, table.level] }),
    index('aap_site_levels_filiere_idx').on(table.filiere, table.level),
  ],
);
