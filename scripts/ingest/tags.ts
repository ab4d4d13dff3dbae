import { actors as actorOrder, type Actor } from '../../src/schemas/index';
import { wholeWords } from './glossary';
import type { Vocabulary } from './manifest';

/** A tag's keywords and the phrases in which they do not count, compiled. */
interface TagMatcher<K> {
  key: K;
  keywords: RegExp;
  /** Absent when the tag has no exceptions. */
  except?: RegExp | undefined;
}

/** Compiled matchers, one list per vocabulary table (the same table object gives the same matchers). */
const topicMatchers = new WeakMap<Vocabulary['topics'], TagMatcher<string>[]>();
const actorMatchers = new WeakMap<Vocabulary['actors'], TagMatcher<Actor>[]>();

function compile<K>(key: K, keywords: readonly string[], except: readonly string[]): TagMatcher<K> {
  return { key, keywords: wholeWords(keywords, 'giu'), except: except.length > 0 ? wholeWords(except, 'giu') : undefined };
}

/**
 * True when a keyword occurs outside every exception phrase. The exceptions are blanked out first (same
 * length, so nothing else moves): "malicious business operators" then no longer says "business operators",
 * while a "business operators" elsewhere in the text still counts.
 */
function matches(text: string, matcher: TagMatcher<unknown>): boolean {
  const kept = matcher.except ? text.replace(matcher.except, (phrase) => ' '.repeat(phrase.length)) : text;
  matcher.keywords.lastIndex = 0;
  return matcher.keywords.test(kept);
}

/** Topic keys whose keywords occur (whole words, any case, outside the topic's exceptions), in vocabulary order. */
export function topicsOf(text: string, topics: Vocabulary['topics']): string[] {
  let matchers = topicMatchers.get(topics);
  if (!matchers) topicMatchers.set(topics, (matchers = topics.map((topic) => compile(topic.key, topic.keywords, topic.except))));
  return matchers.filter((m) => matches(text, m)).map((m) => m.key);
}

/** Actors whose keywords occur in the text (outside their exceptions), in the schema's order of actors. */
export function actorsOf(text: string, table: Vocabulary['actors']): Actor[] {
  let matchers = actorMatchers.get(table);
  if (!matchers) {
    matchers = actorOrder.flatMap((actor) => {
      const rule = table[actor];
      return rule !== undefined && rule.keywords.length > 0 ? [compile(actor, rule.keywords, rule.except)] : [];
    });
    actorMatchers.set(table, matchers);
  }
  return matchers.filter((m) => matches(text, m)).map((m) => m.key);
}
