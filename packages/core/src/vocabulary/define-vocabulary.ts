import * as v from 'valibot';

/** A label in each language the elements speak. */
export interface Label {
  readonly fr: string;
  readonly en: string;
}

export type Lang = keyof Label;

/**
 * Declares one closed list of domain values once: the ordered values, the valibot picklist
 * that validates them, and the French/English label of each. Types are inferred from `values`.
 */
export function defineVocabulary<const T extends readonly [string, ...string[]]>(
  values: T,
  labels: { readonly [K in T[number]]: Label },
) {
  return {
    values,
    schema: v.picklist(values),
    labels,
    label(value: T[number], lang: Lang = 'fr'): string {
      return labels[value][lang];
    },
    is(value: unknown): value is T[number] {
      return typeof value === 'string' && (values as readonly string[]).includes(value);
    },
  };
}
