import { createHash } from 'node:crypto';
import type { CertificationLevel } from '@vae/core';

export type CertificationRegistry = 'RNCP' | 'RS';

export interface CodeLabel {
  code: string;
  label: string;
}

export interface Parcours {
  /** The export rarely gives a code for a track; the label is what candidates see. */
  code: string | null;
  label: string;
}

export interface Certificateur {
  /** 14 digits; empty when the RNCP lists a certificateur without SIRET (rare, e.g. a union). */
  siret: string;
  name: string;
}

/**
 * One certification of the catalogue as the importers produce it and the repository stores it
 * (one `FICHE` of the France compétences export).
 */
export interface CertificationRecord {
  /** With its prefix: `RNCP35830`, `RS5495`. */
  code: string;
  registry: CertificationRegistry;
  label: string;
  /** Short type (`ABREGE`): `BTS`, `CAP`, `TP`, `DE`… */
  typeCode: string | null;
  typeLabel: string | null;
  /** 3–8; null for RS fiches and "REPRISE" (no level). */
  level: CertificationLevel | null;
  active: boolean;
  /** VAE is one of the access routes (`SI_JURY_VAE`, CSV `Par expérience`). */
  vaeAccessible: boolean;
  /** ISO date YYYY-MM-DD. */
  registrationEnd: string | null;
  /** A `Filiere` value from @vae/core, derived from the NSF codes. */
  filiere: string | null;
  formacodes: CodeLabel[];
  nsfCodes: CodeLabel[];
  /** Conventions collectives (IDCC numbers). */
  idcc: string[];
  /** Competence blocs in the order of the fiche. */
  blocs: CodeLabel[];
  parcours: Parcours[];
  /** Codes of the older certifications this one replaces. */
  replaces: string[];
  /** Codes of the newer certifications replacing this one. */
  replacedBy: string[];
  certificateurs: Certificateur[];
}

/** What the search index reads of a certification: no blocs, formacodes or NSF codes. */
export type SearchableCertification = Pick<
  CertificationRecord,
  | 'code'
  | 'label'
  | 'typeCode'
  | 'typeLabel'
  | 'level'
  | 'active'
  | 'vaeAccessible'
  | 'registrationEnd'
  | 'filiere'
  | 'parcours'
  | 'certificateurs'
>;

/** Codes as the registries write them: `RNCP` + 3–5 digits, `RS` + digits. */
export const CERTIFICATION_CODE = /^(RNCP\d{1,6}|RS\d{1,6})$/;

/** The registry a code belongs to, or null when it is not a certification code. */
export function registryOf(code: string): CertificationRegistry | null {
  if (!CERTIFICATION_CODE.test(code)) return null;
  return code.startsWith('RS') ? 'RS' : 'RNCP';
}

/**
 * A stable hash of everything a record says: sha256 of a JSON with sorted keys (list order is
 * kept: blocs and certificateurs are listed in the fiche's order). Same content, same hash,
 * so re-importing an unchanged fiche writes nothing.
 */
export function contentHashOf(record: CertificationRecord): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
