import type { CertificationLevel } from '@vae/core';
import type { CertificationSearchResult } from './certification-index.js';
import type { IndexParts } from './index-builder.js';

const LEVELS: readonly CertificationLevel[] = [3, 4, 5, 6, 7, 8];

/** Counts by level, type and filière of the `count` first `candidates` (every match), largest first. */
export function countFacets(
  parts: IndexParts,
  candidates: Int32Array,
  count: number,
): CertificationSearchResult['facets'] {
  const { typeCodes, typeLabels, filiereCodes, level, type, filiere } = parts;
  const levels = new Int32Array(9);
  const types = new Int32Array(typeCodes.length);
  const filieres = new Int32Array(filiereCodes.length);
  for (let c = 0; c < count; c++) {
    const doc = candidates[c]!;
    levels[level[doc]!]!++;
    if (type[doc]! >= 0) types[type[doc]!]!++;
    if (filiere[doc]! >= 0) filieres[filiere[doc]!]!++;
  }
  const byCount = <T extends { code: string; count: number }>(a: T, b: T) =>
    b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  return {
    level: LEVELS.filter((l) => levels[l]! > 0).map((l) => ({ level: l, count: levels[l]! })),
    type: typeCodes
      .map((code, i) => ({ code, label: typeLabels[i]!, count: types[i]! }))
      .filter((facet) => facet.count > 0)
      .sort(byCount),
    filiere: filiereCodes
      .map((code, i) => ({ code, count: filieres[i]! }))
      .filter((facet) => facet.count > 0)
      .sort(byCount),
  };
}
