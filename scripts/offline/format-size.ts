/** A byte count for people, in the page's language: `1.2 MB (1,234,567 bytes)`, `1.2 MB（1,234,567 バイト）`. */
export function formatSize(bytes: number, lang: string): string {
  const locale = lang.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  const unit = bytes >= 1_000_000 ? 'megabyte' : bytes >= 1_000 ? 'kilobyte' : 'byte';
  const scaled = unit === 'megabyte' ? bytes / 1_000_000 : unit === 'kilobyte' ? bytes / 1_000 : bytes;
  const short = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(scaled);
  if (unit === 'byte') return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  const exact = new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  return locale === 'ja' ? `${short}（${exact}）` : `${short} (${exact})`;
}
