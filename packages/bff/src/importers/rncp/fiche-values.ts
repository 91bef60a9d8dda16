import { type CertificationLevel, filiereOfNsfCodes } from '@vae/core';
import type {
  Certificateur,
  CertificationRecord,
  CodeLabel,
  Parcours,
} from '../../features/certifications/certification-record.js';
import { registryOf } from '../../features/certifications/certification-record.js';

/** What reading one fiche gives: a record, or the reason it was left out. */
export type FicheOutcome =
  | { record: CertificationRecord }
  | { skipped: { code?: string | undefined; reason: string } };

/** The fields both exports give, before the derived ones (registry, filière, parcours). */
export interface FicheFields {
  code: string | null;
  label: string | null;
  typeCode: string | null;
  typeLabel: string | null;
  level: CertificationLevel | null;
  active: boolean;
  vaeAccessible: boolean;
  registrationEnd: string | null;
  formacodes: CodeLabel[];
  nsfCodes: CodeLabel[];
  idcc: string[];
  blocs: CodeLabel[];
  replaces: string[];
  replacedBy: string[];
  certificateurs: Certificateur[];
}

/**
 * Turns the fields of one fiche into a record, or a skip with its reason. Both readers end
 * here so an XML and a CSV export of the same fiche give the same record (and content hash).
 */
export function recordOfFiche(fields: FicheFields): FicheOutcome {
  const code = fields.code ?? '';
  if (code === '') return { skipped: { reason: 'no fiche number' } };
  const registry = registryOf(code);
  if (registry === null)
    return { skipped: { code, reason: `"${code}" is not an RNCP or RS code` } };
  const label = fields.label ?? '';
  if (label === '') return { skipped: { code, reason: 'no title' } };
  const nsfCodes = uniqueBy(fields.nsfCodes, (n) => n.code);
  return {
    record: {
      code,
      registry,
      label,
      typeCode: fields.typeCode || null,
      typeLabel: fields.typeLabel || null,
      level: registry === 'RS' ? null : fields.level,
      active: fields.active,
      vaeAccessible: fields.vaeAccessible,
      registrationEnd: fields.registrationEnd,
      filiere: filiereOfNsfCodes(nsfCodes.map((n) => n.code)),
      formacodes: uniqueBy(fields.formacodes, (f) => f.code),
      nsfCodes,
      idcc: [...new Set(fields.idcc.filter((c) => c !== ''))],
      blocs: uniqueBy(fields.blocs, (b) => b.code).sort((a, b) => byCode(a.code, b.code)),
      parcours: parcoursOfTitle(label),
      replaces: uniqueCodes(fields.replaces),
      replacedBy: uniqueCodes(fields.replacedBy),
      certificateurs: uniqueBy(
        fields.certificateurs.filter((c) => c.siret !== '' || c.name !== ''),
        (c) => c.siret,
      ),
    },
  };
}

/** Trimmed, inner runs of white space collapsed; empty → null. */
export function cleanText(value: string | undefined | null): string | null {
  const text = value?.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
}

/** `RNCP 34762 ` → `RNCP34762`. */
export function cleanCode(value: string | undefined | null): string | null {
  const code = value?.replace(/\s+/g, '').toUpperCase() ?? '';
  return code === '' ? null : code;
}

/** A code inside a list (formacode, NSF `315p`, IDCC): white space removed, case kept. */
export function cleanToken(value: string | undefined | null): string | null {
  const token = value?.replace(/\s+/g, '') ?? '';
  return token === '' ? null : token;
}

/** SIRETs come with a leading TAB (CSV) or spaces: keep the digits and letters only. */
export function cleanSiret(value: string | undefined | null): string {
  return value?.replace(/[\s\u00a0]+/g, '') ?? '';
}

/** `JJ/MM/AAAA` (or already ISO) → `AAAA-MM-JJ`; anything else → null. */
export function isoDate(value: string | undefined | null): string | null {
  const text = value?.trim() ?? '';
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const [year, month, day] = french
    ? [Number(french[3]), Number(french[2]), Number(french[1])]
    : iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [0, 0, 0];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year === 0 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** `NIV3`…`NIV8` → 3…8; `REPRISE` (no level) and anything else → null. */
export function levelOf(value: string | undefined | null): CertificationLevel | null {
  const digit = /^NIV\s*([3-8])$/i.exec(value?.trim() ?? '')?.[1];
  return digit === undefined ? null : (Number(digit) as CertificationLevel);
}

/** `Oui` (any case) → true. */
export function isOui(value: string | undefined | null): boolean {
  return value?.trim().toLowerCase() === 'oui';
}

/**
 * The export has no parcours element (neither in the V4.1 fixtures nor in the CSV): the only
 * trace is a title such as "Diplôme … (ATT), parcours conception lumière". A fiche without
 * one gets an empty list.
 */
export function parcoursOfTitle(title: string): Parcours[] {
  const match = /[,(–—-]\s*parcours\s*:?\s+([^()]+?)\s*\)?\s*$/i.exec(title);
  const label = match?.[1]?.trim();
  return label ? [{ code: null, label }] : [];
}

/** Bloc codes sort by their number: `RNCP1BC02` before `RNCP1BC10`. */
function byCode(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function uniqueCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.filter((c) => c !== ''))];
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
