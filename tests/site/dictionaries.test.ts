import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import ja from '../../src/i18n/ja.json';
import { uiShape } from '../../src/i18n/schema';
import { interpolate, parseDictionary } from '../../src/i18n';
import { actors, sectionKinds, termKinds } from '../../src/schemas';

const dictionaries = { en, ja } as Record<string, Record<string, string>>;

describe('UI dictionaries', () => {
  it('parse with the schema (every documented key present and non-empty)', () => {
    for (const [lang, dict] of Object.entries(dictionaries)) expect(() => parseDictionary(lang, dict)).not.toThrow();
  });

  it('have the same keys in every language, none empty', () => {
    const keys = (d: Record<string, string>) => Object.keys(d).sort();
    expect(keys(ja)).toEqual(keys(en));
    for (const dict of Object.values(dictionaries)) {
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
    }
  });

  it('use the same {placeholders} in every language', () => {
    const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en)) expect(vars(dictionaries.ja![key]!), key).toEqual(vars(dictionaries.en![key]!));
  });

  it('name every actor, section kind and term kind of the schemas', () => {
    for (const actor of actors) expect(uiShape).toHaveProperty([`actor.${actor}`]);
    for (const kind of sectionKinds) expect(uiShape).toHaveProperty([`sectionKind.${kind}`]);
    for (const kind of termKinds) expect(uiShape).toHaveProperty([`termKind.${kind}`]);
  });

  it('are Japanese in ja.json (no untranslated English copy of a sentence)', () => {
    const same = Object.keys(uiShape).filter((key) => dictionaries.ja![key] === dictionaries.en![key] && /\s\w+\s/.test(dictionaries.en![key]!));
    expect(same).toEqual([]);
  });

  it('report a missing key with the file to fix', () => {
    const { 'nav.home': _drop, ...partial } = en;
    expect(() => parseDictionary('xx', partial)).toThrow(/src\/i18n\/xx\.json is incomplete[\s\S]*"nav\.home"/);
  });

  it('describe every key in schema.ts, and refuse one it does not describe', () => {
    for (const dict of Object.values(dictionaries)) expect(Object.keys(dict).filter((key) => !(key in uiShape))).toEqual([]);
    expect(() => parseDictionary('xx', { ...en, 'search.typo': 'Typo' })).toThrow(
      /src\/i18n\/xx\.json is incomplete or invalid[\s\S]*"search\.typo": not described in src\/i18n\/schema\.ts/,
    );
  });

  it('fill placeholders and leave unknown ones', () => {
    expect(interpolate('{shown} of {total} {x}', { shown: 1, total: 2 })).toBe('1 of 2 {x}');
  });
});
