import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
