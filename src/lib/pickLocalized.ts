import { defaultLocale, type Locale } from '../schemas';

/** The minimum an entry needs for language selection: its shared key and its text's language. */
export interface LangEntry {
  data: { key: string; lang: Locale };
}

/** An entry chosen for a page language: the translation when there is one, else the fallback. */
export interface Localized<E extends LangEntry> {
  /** The shared translation key. */
  key: string;
  /** The entry whose text the page shows. */
  entry: E;
  /** The language of that text (the page language, or the fallback language). */
  textLang: Locale;
  /** True when the page language had no translation and the fallback text is shown. */
  fallback: boolean;
}

/**
 * Picks, for every key present in any language, the entry in `lang` when it exists, else the entry in the
 * default language (English, the language of the sources). Keys with neither are left out: a Japanese-only
 * entry still appears on Japanese pages, and on English pages only if an English entry exists.
 */
export function pickLocalized<E extends LangEntry>(entries: readonly E[], lang: Locale): Localized<E>[] {
  const byKey = new Map<string, Partial<Record<Locale, E>>>();
  for (const entry of entries) {
    const slot = byKey.get(entry.data.key) ?? {};
    slot[entry.data.lang] = entry;
    byKey.set(entry.data.key, slot);
  }
  const picked: Localized<E>[] = [];
  for (const [key, slot] of byKey) {
    const own = slot[lang];
    const fallback = slot[defaultLocale];
    if (own) picked.push({ key, entry: own, textLang: lang, fallback: false });
    else if (fallback) picked.push({ key, entry: fallback, textLang: defaultLocale, fallback: true });
  }
  return picked;
}
