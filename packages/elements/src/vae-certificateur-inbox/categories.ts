import type { InboxCounts, ListKind } from './inbox-api.js';

/** A category of the inbox: which list, and the API's name of the category in it. */
export interface Category {
  kind: ListKind;
  category: string;
}

/** Issue 8: the categories a certificateur works from, by list, in the order of the journey. */
export const CATEGORY_GROUPS: readonly { kind: ListKind; categories: readonly string[] }[] = [
  {
    kind: 'feasibility',
    categories: ['pending', 'complete', 'incomplete', 'admissible', 'rejected'],
  },
  { kind: 'validation', categories: ['pending', 'incomplete'] },
  { kind: 'juries', categories: ['scheduled', 'awaiting-result'] },
];

export const DEFAULT_CATEGORY: Category = { kind: 'feasibility', category: 'pending' };

/** The count of a category in the API's counts. */
export function countOf(counts: InboxCounts | null, { kind, category }: Category): number | null {
  if (!counts) return null;
  const byKind = {
    feasibility: counts.feasibility,
    validation: counts.validationDossiers,
    juries: counts.juries,
  }[kind] as Record<string, number>;
  return byKind[category] ?? 0;
}

export const sameCategory = (a: Category, b: Category) =>
  a.kind === b.kind && a.category === b.category;
