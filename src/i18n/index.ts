import { locales, defaultLocale, type Locale } from '../schemas';
import { uiSchema, type UiKey, type UiStrings } from './schema';
import en from './en.json';
import ja from './ja.json';

/** Any key `t` accepts: the keys described in schema.ts. */
export type TranslationKey = UiKey;
/** Values for `{name}` placeholders. */
export type TranslationVars = Record<string, string | number>;
/** Looks up a UI string of one language. */
export type Translate = (key: TranslationKey, vars?: TranslationVars) => string;

/** Parses a dictionary, failing with every bad key and the file to fix. */
export function parseDictionary(lang: string, raw: unknown): UiStrings {
  const result = uiSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues
      .flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => `  - "${key}": not described in src/i18n/schema.ts (describe it there, or remove it from every dictionary)`)
          : [`  - "${issue.path.join('.')}": ${issue.message}`],
      )
      .join('\n');
    throw new Error(`src/i18n/${lang}.json is incomplete or invalid; add or fix these keys (see src/i18n/schema.ts for what each is for):\n${issues}`);
  }
  return result.data;
}

/** Every language's dictionary, parsed once. */
export const dictionaries: Record<Locale, UiStrings> = {
  en: parseDictionary('en', en),
  ja: parseDictionary('ja', ja),
};

/** True for the tags the site is published in. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** Fills `{name}` placeholders. */
export function interpolate(template: string, vars: TranslationVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Each language's `t`, made once (every component of every page asks for it). */
const translators = new Map<Locale, Translate>();

/** The `t(key, vars)` of one language. A missing key is a build error naming the key and the file. */
export function useTranslations(lang: Locale): Translate {
  let translate = translators.get(lang);
  if (translate) return translate;
  const dict = dictionaries[lang];
  translate = (key, vars) => {
    const value = dict[key];
    if (value === undefined) {
      throw new Error(`Missing UI string "${key}" in src/i18n/${lang}.json: add it to every dictionary and document it in src/i18n/schema.ts.`);
    }
    // Without vars there is nothing to fill: `{name}` placeholders stay as they are either way.
    return vars === undefined ? value : interpolate(value, vars);
  };
  translators.set(lang, translate);
  return translate;
}

/** The language of the page being rendered: from the URL's first segment, English elsewhere (`/`, `/404.html`). */
export function pageLang(astro: { currentLocale?: string | undefined; url: URL }): Locale {
  const first = astro.url.pathname.split('/')[1];
  if (isLocale(first)) return first;
  return isLocale(astro.currentLocale) ? astro.currentLocale : defaultLocale;
}

export { locales, defaultLocale, type Locale };
