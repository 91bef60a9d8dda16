import type { fr } from './fr.js';

/** A message with a count: `zero` (optional, for 0 exactly), then the plural categories. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

export type MessageKey = keyof typeof fr;

/** Another language: every key of the French catalogue, no more (TS checks completeness). */
export type Catalogue = { readonly [K in MessageKey]: Message };

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The `{names}` a message needs; plural messages also need `count`. */
export type MessageParamNames<K extends MessageKey> = (typeof fr)[K] extends infer M
  ? M extends string
    ? Placeholders<M>
    : M extends PluralMessage
      ? 'count' | Placeholders<M[keyof M]>
      : never
  : never;

export type MessageParamValue = string | number | Date;

export type MessageParams<K extends MessageKey> = {
  readonly [P in MessageParamNames<K>]: P extends 'count' ? number : MessageParamValue;
};
