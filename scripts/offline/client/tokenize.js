/*
 * The offline search tokeniser, shared by the index builder (Node loads this file in a `vm` context)
 * and the offline search page (a classic script), so that index time and query time cut text the same way.
 *
 * Text is NFKC-normalised (full-width Latin becomes ASCII) and lower-cased, then split into runs of
 * letters and digits. Latin runs are words; CJK runs (kanji, kana, hangul) become overlapping
 * character bigrams, so Japanese — written without spaces — is searchable without a dictionary.
 * A lone CJK character stays a unigram; at query time it is searched as a prefix of the bigrams.
 *
 * Classic script: no modules, no build step, ES2018 (Unicode property escapes).
 */
(function (root) {
  'use strict';

  /** A run of letters, digits and combining marks (the prolonged sound mark and iteration marks count). */
  var WORD = /[\p{L}\p{N}\p{M}\u30FC\u3005\u3006\u30F5\u30F6]+/gu;
  /** A character written without spaces between words. */
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30FC\u3005\u3006]/u;

  /** Normalises text the way both sides compare it. */
  function normalize(text) {
    return String(text).normalize('NFKC').toLowerCase();
  }

  /** True when the token is a CJK bigram or unigram rather than a Latin word. */
  function isCjkToken(token) {
    return CJK.test(token.charAt(0));
  }

  /** Pushes the bigrams of a CJK run (or the run itself when it is one character). */
  function pushCjk(run, out) {
    var chars = Array.from(run);
    if (chars.length === 1) {
      out.push(chars[0]);
      return;
    }
    for (var i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }

  /** Splits text into search tokens: Latin words and CJK character bigrams. */
  function tokenize(text) {
    var out = [];
    var words = normalize(text).match(WORD) || [];
    for (var w = 0; w < words.length; w++) {
      var word = words[w];
      var latin = '';
      var cjk = '';
      for (var ch of word) {
        if (CJK.test(ch)) {
          if (latin) out.push(latin);
          latin = '';
          cjk += ch;
        } else {
          if (cjk) pushCjk(cjk, out);
          cjk = '';
          latin += ch;
        }
      }
      if (latin) out.push(latin);
      if (cjk) pushCjk(cjk, out);
    }
    return out;
  }

  root.OfflineTokenizer = { tokenize: tokenize, normalize: normalize, isCjkToken: isCjkToken };
})(typeof self !== 'undefined' ? self : globalThis);
