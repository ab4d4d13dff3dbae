import type { Locale } from '../schemas';

/**
 * One formatter per locale, made on first use: `new Intl.DateTimeFormat` costs far more than `format`
 * (it resolves locale data every time), and a build formats dates on every page.
 */
const formatters = new Map<Locale, Intl.DateTimeFormat>();

function formatterFor(lang: Locale): Intl.DateTimeFormat {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter;
}

/** Formats an ISO date (`2021-09-28`) for a locale: "September 28, 2021", "2021年9月28日". */
export function formatDate(iso: string, lang: Locale): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  // UTC on both sides, so the day never shifts with the build machine's time zone.
  const date = new Date(Date.UTC(year, month - 1, day));
  return formatterFor(lang).format(date);
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** Formats a count for a locale ("1,234"), with one cached formatter per locale. */
export function formatCount(count: number, lang: Locale): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US');
    numberFormats.set(lang, format);
  }
  return format.format(count);
}
