import type { Lang } from '@vae/core';

export type { Lang };

/** The languages the elements speak; the first is the default. */
export const LANGS = ['fr', 'en'] as const satisfies readonly Lang[];
export const DEFAULT_LANG: Lang = 'fr';

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
