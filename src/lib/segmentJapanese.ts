import { loadDefaultJapaneseParser } from 'budoux';

let parser: ReturnType<typeof loadDefaultJapaneseParser> | undefined;

/**
 * Splits Japanese text into phrases (BudouX) so a heading can break only between phrases
 * (the component joins them with `<wbr>` under `word-break: keep-all`). Other text comes back whole.
 */
export function segmentJapanese(text: string): string[] {
  if (!/[\u3040-\u30ff\u3400-\u9fff]/.test(text)) return [text];
  parser ??= loadDefaultJapaneseParser();
  return parser.parse(text);
}
