import { type CertificationProfile, canServeCertification } from './aap-matching.js';
import type { DirectoryEntry } from './directory.js';

/**
 * Where to look for the sites that can serve a certification, so that a search reads the few
 * hundred candidates instead of the whole directory: sites by (filière, level), by filière,
 * by convention collective and by formacode.
 */
export interface ServingIndex {
  readonly byFiliereLevel: ReadonlyMap<string, readonly DirectoryEntry[]>;
  readonly byIdcc: ReadonlyMap<string, readonly DirectoryEntry[]>;
  readonly byFormacode: ReadonlyMap<string, readonly DirectoryEntry[]>;
}

/** `*` stands for "any level" (RS fiches have none). */
const key = (filiere: string, level: number | '*') => `${filiere}|${level}`;

export function buildServingIndex(entries: readonly DirectoryEntry[]): ServingIndex {
  const byFiliereLevel = new Map<string, DirectoryEntry[]>();
  const byIdcc = new Map<string, DirectoryEntry[]>();
  const byFormacode = new Map<string, DirectoryEntry[]>();
  for (const entry of entries) {
    for (const [filiere, levels] of entry.levelsByFiliere) {
      if (levels.size > 0) push(byFiliereLevel, key(filiere, '*'), entry);
      for (const level of levels) push(byFiliereLevel, key(filiere, level), entry);
    }
    for (const code of entry.idcc) push(byIdcc, code, entry);
    for (const code of entry.formacodes) push(byFormacode, code, entry);
  }
  return { byFiliereLevel, byIdcc, byFormacode };
}

/** Exactly the entries `canServeCertification` accepts, in no particular order. */
export function entriesServing(
  index: ServingIndex,
  certification: CertificationProfile,
): DirectoryEntry[] {
  const found = new Set<DirectoryEntry>();
  const { level, filiere } = certification;
  if (filiere !== null) {
    for (const entry of index.byFiliereLevel.get(key(filiere, level ?? '*')) ?? []) {
      found.add(entry);
    }
  }
  const branch = [
    ...certification.idcc.map((code) => index.byIdcc.get(code) ?? []),
    ...certification.formacodes.map((code) => index.byFormacode.get(code) ?? []),
  ];
  for (const entries of branch) {
    for (const entry of entries) {
      if (!found.has(entry) && canServeCertification(entry, certification)) found.add(entry);
    }
  }
  return [...found];
}

function push(map: Map<string, DirectoryEntry[]>, at: string, entry: DirectoryEntry): void {
  const list = map.get(at);
  if (list) list.push(entry);
  else map.set(at, [entry]);
}
