import type { CertificationSearch } from './certification-index.js';
import { ACTIVE, dayNumber, type IndexParts, VAE_ACCESSIBLE } from './index-builder.js';

/**
 * Whether a certification passes the filters of a search: open to VAE, active (registration
 * not ended on `search.today`), levels, types, filières, certificateur. Lookup tables are built
 * once per search, so the test per certification is a few array reads.
 */
export function searchFilter(
  parts: IndexParts,
  search: CertificationSearch,
): (doc: number) => boolean {
  const { typeCodes, filiereCodes, certificateurs, level, type, filiere } = parts;
  const levels = search.levels?.length ? allowed(9, search.levels) : null;
  const types = search.types?.length
    ? allowed(
        typeCodes.length,
        search.types.map((code) =>
          typeCodes.findIndex((t) => t.toUpperCase() === code.toUpperCase()),
        ),
      )
    : null;
  const filieres = search.filieres?.length
    ? allowed(
        filiereCodes.length,
        search.filieres.map((code) => filiereCodes.indexOf(code)),
      )
    : null;
  const certifying = search.certificateur?.trim()
    ? certificateurs.matching(search.certificateur)
    : null;
  const open = openTable(parts, search);
  return (doc) => {
    if (!open[doc]) return false;
    if (levels && !levels[level[doc]!]) return false;
    if (types && !(type[doc]! >= 0 && types[type[doc]!])) return false;
    if (filieres && !(filiere[doc]! >= 0 && filieres[filiere[doc]!])) return false;
    if (certifying && !certificateurs.certifies(doc, certifying)) return false;
    return true;
  };
}

const openTables = new WeakMap<IndexParts, Map<string, Uint8Array>>();

/**
 * Which certifications pass the default filters (active on `today`, open to VAE), one byte
 * each: every search asks, with the same answer all day, so it is worked out once a day.
 */
function openTable(parts: IndexParts, search: CertificationSearch): Uint8Array {
  const { onlyActive, onlyVaeAccessible } = search;
  const key = `${onlyActive}|${onlyVaeAccessible}|${search.today}`;
  let tables = openTables.get(parts);
  const cached = tables?.get(key);
  if (cached) return cached;
  const { flags, registrationEnd } = parts;
  const today = dayNumber(search.today);
  const table = Uint8Array.from(flags, (flag, doc) => {
    if (onlyActive && (!(flag & ACTIVE) || registrationEnd[doc]! < today)) return 0;
    return onlyVaeAccessible && !(flag & VAE_ACCESSIBLE) ? 0 : 1;
  });
  // Yesterday's tables are of no more use.
  if (!tables || tables.size >= 8) {
    tables = new Map();
    openTables.set(parts, tables);
  }
  tables.set(key, table);
  return table;
}

function allowed(size: number, values: readonly number[]): Uint8Array {
  const table = new Uint8Array(size);
  for (const value of values) if (value >= 0 && value < size) table[value] = 1;
  return table;
}
