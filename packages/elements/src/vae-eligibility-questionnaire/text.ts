import type { Lang } from '../shared/lang.js';

// The questionnaire keeps its strings next to it, split by screen (questions, result, estimate),
// so that its bundle carries neither other elements' strings nor, up front, the screens that are
// loaded on demand.

/** A string, or its plural forms chosen by `count`. */
export type Text = string | { readonly one: string; readonly other: string };
export type TextParams = Readonly<Record<string, string | number>>;

export const LOCALES: { readonly [L in Lang]: string } = { fr: 'fr-FR', en: 'en-GB' };

/** Fills the `{name}` placeholders; numbers are written the way the language writes them. */
export function formatText(lang: Lang, text: Text, params: TextParams = {}): string {
  const count = params['count'];
  const template =
    typeof text === 'string'
      ? text
      : typeof count === 'number' && new Intl.PluralRules(LOCALES[lang]).select(count) === 'one'
        ? text.one
        : text.other;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? value.toLocaleString(LOCALES[lang]) : value;
  });
}
