import type { Locale } from '../schemas';

/** Formats an ISO date (`2021-09-28`) for a locale: "September 28, 2021", "2021年9月28日". */
export function formatDate(iso: string, lang: Locale): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  // UTC on both sides, so the day never shifts with the build machine's time zone.
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
