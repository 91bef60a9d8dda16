import type { Lang } from '../shared/lang.js';
import { LOCALES } from '../shared/lang.js';

const euroFormats = new Map<Lang, Intl.NumberFormat>();

/** Cents → `1 500,50 €` / `€1,500.50`; whole euros without decimals (`9 000 €`). */
export function formatEuros(lang: Lang, cents: number): string {
  let format = euroFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], {
      style: 'currency',
      currency: 'EUR',
      trailingZeroDisplay: 'stripIfInteger',
    });
    euroFormats.set(lang, format);
  }
  return format.format(cents / 100);
}
