import type { Lang } from '@vae/core';

export type { Lang };

/** The languages the elements speak; the first is the default. */
export const LANGS = ['fr', 'en'] as const satisfies readonly Lang[];
export const DEFAULT_LANG: Lang = 'fr';

/** BCP 47 locale used for numbers and dates in each language. */
export const LOCALES: { readonly [L in Lang]: string } = { fr: 'fr-FR', en: 'en-GB' };

/** `en-GB` → `en`, `FR` → `fr`; anything else (or nothing) → French. */
export function normalizeLang(value: string | null | undefined): Lang {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : DEFAULT_LANG;
}

/**
 * The `lang` attribute that applies to a node: the closest one among its ancestors, walking out
 * of shadow roots through their hosts (an element inside another component takes that
 * component's language). Null when none is set up to the document element.
 */
export function closestLangAttribute(node: Element): string | null {
  let current: Element | null = node;
  while (current) {
    const holder = current.closest('[lang]');
    if (holder) return holder.getAttribute('lang');
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The language an element should speak. */
export function resolveLang(node: Element): Lang {
  return normalizeLang(closestLangAttribute(node));
}

/**
 * An element's English strings, fetched on first use: most visitors read French, so French is
 * in the bundle and English is a chunk of its own. Until it is there, or when it cannot be
 * fetched (then for good), the element speaks French.
 */
export function lazyEnglish<T>(fetchEnglish: () => Promise<{ en: T }>, fr: T) {
  let en: T | undefined;
  let loading: Promise<void> | undefined;
  return {
    /** Resolves once the English strings are there (or could not be fetched). */
    load: (): Promise<void> =>
      (loading ??= fetchEnglish().then(
        (module) => {
          en = module.en;
        },
        () => {
          en = fr;
        },
      )),
    /** True once English can be shown (or never will be). */
    settled: (): boolean => en !== undefined,
    /** The strings to show in `lang`. */
    in: (lang: Lang): T => (lang === 'en' && en) || fr,
  };
}

/** A message with a count: `zero` for 0 exactly, then the plural categories. */
export interface Counted {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}

export type Message = string | Counted;
export type Catalogues<K extends string> = { readonly [L in Lang]: { readonly [Q in K]: Message } };
export type TextParams = Readonly<Record<string, string | number>>;

/**
 * A message in `lang`, `{name}` placeholders replaced (numbers written the language's way);
 * a counted message picks its form from `params.count`.
 */
export function formatMessage(lang: Lang, message: Message, params: TextParams = {}): string {
  const template = typeof message === 'string' ? message : countedForm(lang, message, params);
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? value.toLocaleString(LOCALES[lang]) : value;
  });
}

/** `key` of an element's `catalogues` in `lang`, formatted by `formatMessage`. */
export function translate<K extends string>(
  catalogues: Catalogues<K>,
  lang: Lang,
  key: K,
  params: TextParams = {},
): string {
  return formatMessage(lang, catalogues[lang][key], params);
}

function countedForm(lang: Lang, message: Counted, params: TextParams) {
  const count = params['count'];
  if (typeof count !== 'number') return message.other;
  if (count === 0 && message.zero !== undefined) return message.zero;
  return new Intl.PluralRules(LOCALES[lang]).select(count) === 'one' ? message.one : message.other;
}
