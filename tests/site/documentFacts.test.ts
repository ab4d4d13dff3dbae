import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n';
import { dateLine, distinctOriginalTitle } from '../../src/lib/documentFacts';

const en = { lang: 'en', t: useTranslations('en') } as const;
const ja = { lang: 'ja', t: useTranslations('ja') } as const;

describe('dateLine: a document date said once', () => {
  it('shows only the wording, all of it inside <time>, when it contains the date formatted for the page', () => {
    expect(dateLine('2021-09-28', 'As of September 28, 2021', en)).toEqual({ datetime: '2021-09-28', time: 'As of September 28, 2021' });
    expect(dateLine('2021-12-14', 'December 14, 2021', en)).toEqual({ datetime: '2021-12-14', time: 'December 14, 2021' });
    expect(dateLine('2021-12-14', '2021年12月14日 サイバーセキュリティ戦略本部決定', ja)).toEqual({
      datetime: '2021-12-14',
      time: '2021年12月14日 サイバーセキュリティ戦略本部決定',
    });
    expect(dateLine('2021-09-28', '2021年9月28日時点', ja)).toEqual({ datetime: '2021-09-28', time: '2021年9月28日時点' });
  });

  it('matches the date however the wording spaces it or writes its digits', () => {
    expect(dateLine('2021-09-28', 'As of September  28,\u00a02021', en).remark).toBeUndefined();
    expect(dateLine('2021-09-28', '２０２１年９月２８日時点', ja)).toEqual({ datetime: '2021-09-28', time: '２０２１年９月２８日時点' });
  });

  it('otherwise shows the date, then the wording in the language\'s brackets', () => {
    expect(dateLine('2021-12-14', 'Approved by the Cybersecurity Strategic Headquarters', en)).toEqual({
      datetime: '2021-12-14',
      time: 'December 14, 2021',
      remark: ' (Approved by the Cybersecurity Strategic Headquarters)',
    });
    expect(dateLine('2021-12-14', 'サイバーセキュリティ戦略本部決定', ja)).toEqual({
      datetime: '2021-12-14',
      time: '2021年12月14日',
      remark: '（サイバーセキュリティ戦略本部決定）',
    });
    // Only the date as the page formats it counts: another spelling of it is kept, after the date.
    expect(dateLine('2021-09-28', 'As of 28 September 2021', en).remark).toBe(' (As of 28 September 2021)');
  });

  it('leaves out wording in another language than the page\'s (an English fallback on a Japanese page)', () => {
    expect(dateLine('2021-09-28', 'As of September 28, 2021', { ...ja, labelLang: 'en' })).toEqual({ datetime: '2021-09-28', time: '2021年9月28日' });
  });

  it('shows the date alone without wording', () => {
    expect(dateLine('2021-09-28', undefined, en)).toEqual({ datetime: '2021-09-28', time: 'September 28, 2021' });
    expect(dateLine('2021-09-28', '  ', ja)).toEqual({ datetime: '2021-09-28', time: '2021年9月28日' });
  });
});

describe('distinctOriginalTitle', () => {
  it('is the original title when it differs from the title shown', () => {
    expect(distinctOriginalTitle("Japan's Cybersecurity Strategy 2021 (Overview)", 'サイバーセキュリティ戦略（概要）')).toBe('サイバーセキュリティ戦略（概要）');
  });

  it('is undefined when it is the title shown (Japanese pages), also up to bracket width and spacing, or missing', () => {
    expect(distinctOriginalTitle('サイバーセキュリティ戦略（概要）', 'サイバーセキュリティ戦略（概要）')).toBeUndefined();
    expect(distinctOriginalTitle('サイバーセキュリティ戦略(概要)', 'サイバーセキュリティ戦略（概要） ')).toBeUndefined();
    expect(distinctOriginalTitle('Title', undefined)).toBeUndefined();
  });
});
