import { type Lang, LOCALES } from './lang.js';
import { en } from './messages/en.js';
import { fr } from './messages/fr.js';
import type {
  Catalogue,
  Message,
  MessageKey,
  MessageParamNames,
  MessageParams,
  MessageParamValue,
} from './messages/message.js';

export type { Catalogue, Message, MessageKey, MessageParams };

export const catalogues: { readonly [L in Lang]: Catalogue } = { fr, en };

/** Args after the key: none for a message without `{placeholders}`, else the params object. */
type ParamsArg<K extends MessageKey> = [MessageParamNames<K>] extends [never]
  ? []
  : [params: MessageParams<K>];

/**
 * A message of the catalogue in `lang`, with `{name}` placeholders replaced. Numbers and dates
 * are formatted for the language (`1 234,5` / `1,234.5`; `3 mars 2026` / `3 March 2026`);
 * plural messages pick their form from `count`.
 *
 * @example msg(this.lang, 'common.results', { count: 12 })
 */
export function msg<K extends MessageKey>(lang: Lang, key: K, ...args: ParamsArg<K>): string {
  const params = (args[0] ?? {}) as Readonly<Record<string, MessageParamValue>>;
  const template = pickForm(lang, catalogues[lang][key], params['count']);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : formatValue(lang, value);
  });
}

export function formatNumber(lang: Lang, value: number): string {
  return numberFormat(lang).format(value);
}

export function formatDate(lang: Lang, value: Date): string {
  return dateFormat(lang).format(value);
}

function pickForm(lang: Lang, message: Message, count: MessageParamValue | undefined): string {
  if (typeof message === 'string') return message;
  if (typeof count !== 'number') return message.other;
  if (count === 0 && message.zero !== undefined) return message.zero;
  return pluralRules(lang).select(count) === 'one' ? message.one : message.other;
}

function formatValue(lang: Lang, value: MessageParamValue): string {
  if (typeof value === 'number') return formatNumber(lang, value);
  if (value instanceof Date) return formatDate(lang, value);
  return value;
}

// Intl objects are costly to build: one of each per language.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  id: string,
  create: () => T,
): T {
  let value = cache.get(id) as T | undefined;
  if (!value) {
    value = create();
    cache.set(id, value);
  }
  return value;
}

const numberFormat = (lang: Lang) =>
  cached(`number:${lang}`, () => new Intl.NumberFormat(LOCALES[lang]));
const dateFormat = (lang: Lang) =>
  cached(`date:${lang}`, () => new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }));
const pluralRules = (lang: Lang) =>
  cached(`plural:${lang}`, () => new Intl.PluralRules(LOCALES[lang]));
