/*
 * The search page of the offline edition: a classic script (no modules, no fetch) that works from file://.
 * It reads the indexes that `search-index.<lang>.js` put on `window.__OFFLINE_SEARCH__`, searches them with
 * MiniSearch (`window.MiniSearch`, its UMD build) and the shared tokeniser (`window.OfflineTokenizer`), and
 * lists the results under the page's search form. The page's own language comes first; other languages'
 * results (English on the Japanese page, for entries without a translation) follow, labelled.
 *
 * Attributes of this script's tag: data-root — relative URL of the copy's root folder (e.g. "../../").
 */
(function () {
  'use strict';

  var script = document.currentScript;
  var root = (script && script.getAttribute('data-root')) || '';
  var pageLang = (document.documentElement.getAttribute('lang') || 'en').toLowerCase().slice(0, 2);
  var MAX_RESULTS = 100;
  var WORD_CHAR = /[\p{L}\p{N}]/u;

  /**
   * The interface strings: the site's dictionary for this page's language, which its search page carries as
   * `[data-search-strings]` JSON (the online search reads the same block). Without it, the keys themselves show.
   */
  var t = { offline: { kinds: {} } };
  var siteStrings = document.querySelector('[data-search-strings]');
  if (siteStrings) {
    try {
      t = JSON.parse(siteStrings.textContent || '{}');
      t.offline = t.offline || { kinds: {} };
    } catch (e) { console.error('offline search: the page\'s strings are not JSON', e); }
  }
  function say(key) { return typeof t[key] === 'string' ? t[key] : key; }

  /** Fills `{name}` placeholders. */
  function fill(template, vars) {
    return template.replace(/\{(\w+)\}/g, function (whole, name) { return name in vars ? String(vars[name]) : whole; });
  }

  var T = window.OfflineTokenizer;
  var data = window.__OFFLINE_SEARCH__ || {};
  /** This edition's names and the English terms they stand for (from data/cross-language/<lang>.json), if any. */
  var crossNames = (window.__OFFLINE_CROSS_LANGUAGE__ || {})[pageLang] || null;
  /** Shortest query matched against names; the online search page uses the same rule (cross-language.ts). */
  var MIN_NAME_QUERY = 2;

  function identity(term) { return term; }

  var searchOptions = {
    combineWith: 'AND',
    boost: { title: 3, extra: 2 },
    // Latin words match as prefixes (and, when long, with typos); CJK bigrams match exactly,
    // and a lone CJK character is looked up as the start of a bigram.
    prefix: function (term) { return T.isCjkToken(term) ? Array.from(term).length === 1 : term.length >= 2; },
    fuzzy: function (term) { return !T.isCjkToken(term) && term.length >= 5 ? 0.2 : false; }
  };

  /** The loaded indexes, the page's language first. */
  var indexes = [];
  if (window.MiniSearch && T) {
    var langs = Object.keys(data).sort(function (a, b) {
      return (a === pageLang ? 0 : 1) - (b === pageLang ? 0 : 1) || (a < b ? -1 : a > b ? 1 : 0);
    });
    for (var i = 0; i < langs.length; i++) {
      var d = data[langs[i]];
      indexes.push({
        lang: d.lang,
        mini: window.MiniSearch.loadJS(d.index, {
          fields: d.fields,
          storeFields: d.storeFields,
          tokenize: T.tokenize,
          processTerm: identity,
          searchOptions: searchOptions
        })
      });
    }
  }

  /** True for a letter or digit that continues a Latin word (CJK characters do not). */
  function latinWordChar(ch) {
    return ch !== '' && WORD_CHAR.test(ch) && !T.isCjkToken(ch);
  }

  /** Character ranges of the text where any of the terms occur, merged. */
  function matchRanges(text, terms) {
    var lower = text.toLowerCase();
    if (lower.length !== text.length) return [];
    var ranges = [];
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      if (!term) continue;
      var whole = !T.isCjkToken(term);
      for (var at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
        // A Latin index term is a whole word: "act" is not marked inside "impact".
        if (whole && (latinWordChar(lower.charAt(at - 1)) || latinWordChar(lower.charAt(at + term.length)))) continue;
        ranges.push([at, at + term.length]);
      }
    }
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    for (var j = 0; j < ranges.length; j++) {
      var last = merged[merged.length - 1];
      if (last && ranges[j][0] <= last[1]) last[1] = Math.max(last[1], ranges[j][1]);
      else merged.push([ranges[j][0], ranges[j][1]]);
    }
    return merged;
  }

  /** Appends text to an element with the ranges (relative to `offset`) wrapped in <mark>. */
  function appendMarked(el, text, ranges, offset) {
    var pos = 0;
    for (var i = 0; i < ranges.length; i++) {
      var s = ranges[i][0] - offset;
      var e = ranges[i][1] - offset;
      if (e <= 0 || s >= text.length) continue;
      s = Math.max(s, 0);
      e = Math.min(e, text.length);
      if (s > pos) el.appendChild(document.createTextNode(text.slice(pos, s)));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(s, e);
      el.appendChild(mark);
      pos = e;
    }
    if (pos < text.length) el.appendChild(document.createTextNode(text.slice(pos)));
  }

  /** An excerpt of about 200 characters around the first match. */
  function excerpt(text, terms) {
    var p = document.createElement('p');
    p.className = 'search-result__excerpt';
    var ranges = matchRanges(text, terms);
    var start = 0;
    if (ranges.length) {
      start = Math.max(0, ranges[0][0] - 60);
      var space = text.lastIndexOf(' ', start);
      if (start > 0 && space > start - 20) start = space + 1;
    }
    var end = Math.min(text.length, start + 200);
    if (end < text.length) {
      var cut = text.lastIndexOf(' ', end);
      if (cut > start + 120) end = cut;
    }
    if (start > 0) p.appendChild(document.createTextNode('… '));
    appendMarked(p, text.slice(start, end), ranges, start);
    if (end < text.length) p.appendChild(document.createTextNode(' …'));
    return p;
  }

  /** The href of a result, relative to this page: an English entry opens in this language's fallback page where there is one. */
  function hrefOf(hit, lang) {
    var folder = lang === pageLang || !hit.alt ? lang : pageLang;
    return root + folder + '/' + hit.url;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** Text as names are compared: Unicode-compatible forms, lower case, no spaces. */
  function normalizeName(text) {
    return String(text).normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  }

  /**
   * The names a query stands for: those containing the query or contained in it; exact first, then shorter
   * names; one per English term (the same rule as the online search page, src/components/search/cross-language.ts).
   */
  function matchNames(query) {
    if (!crossNames) return [];
    var q = normalizeName(query);
    if (Array.from(q).length < MIN_NAME_QUERY) return [];
    var found = [];
    for (var i = 0; i < crossNames.names.length; i++) {
      var entry = crossNames.names[i];
      var name = normalizeName(entry.name);
      if (name.indexOf(q) !== -1 || q.indexOf(name) !== -1) found.push({ entry: entry, name: name });
    }
    found.sort(function (a, b) {
      return (Number(b.name === q) - Number(a.name === q)) || (Array.from(a.name).length - Array.from(b.name).length) || (a.entry.key < b.entry.key ? -1 : 1);
    });
    var seen = {};
    var result = [];
    for (var j = 0; j < found.length; j++) {
      if (seen[found[j].entry.english]) continue;
      seen[found[j].entry.english] = true;
      result.push(found[j].entry);
    }
    return result;
  }

  /** One result, in the markup (and so the styles) of the site's online search results. */
  function renderResult(hit, lang, via) {
    var li = element('li', 'search-result');
    if (lang !== pageLang) li.setAttribute('lang', lang);
    if (via) li.className += ' search-result--cross';
    var heading = element('h3', 'search-result__title');
    var a = element('a', 'search-result__link', hit.title);
    a.href = hrefOf(hit, lang);
    if (lang !== pageLang) a.setAttribute('hreflang', lang);
    heading.appendChild(a);
    li.appendChild(heading);
    if (via) {
      // As online: the English tag and the name typed, in the page's language, then the term it stands for.
      var line = element('p', 'search-result__via');
      line.setAttribute('lang', pageLang);
      line.appendChild(element('span', 'search-result__lang tag', t.otherBadge || lang));
      line.appendChild(document.createTextNode(' '));
      line.appendChild(element('span', 'search-result__via-from', via.name));
      line.appendChild(document.createTextNode(' → '));
      var to = element('span', 'search-result__via-to', via.english);
      to.setAttribute('lang', lang);
      line.appendChild(to);
      li.appendChild(line);
    }
    var context = element('p', 'search-result__context');
    if (lang !== pageLang && !via) {
      var label = element('span', 'search-result__lang tag', t.otherBadge || lang);
      label.setAttribute('lang', pageLang);
      context.appendChild(label);
      context.appendChild(document.createTextNode(' '));
    }
    if (t.offline.kinds[hit.kind]) {
      var kind = element('span', 'search-result__kind tag', t.offline.kinds[hit.kind]);
      kind.setAttribute('lang', pageLang);
      context.appendChild(kind);
      context.appendChild(document.createTextNode(' '));
    }
    if (hit.crumb) {
      var crumb = element('span', 'search-result__crumb');
      appendMarked(crumb, hit.crumb, matchRanges(hit.crumb, hit.terms || []), 0);
      context.appendChild(crumb);
    }
    li.appendChild(context);
    li.appendChild(excerpt(hit.text || '', hit.terms || []));
    return li;
  }

  /**
   * Searches every index: hits in the page's language, then (on a translation's page) English hits for
   * entries that have no translation, as the online search shows them.
   */
  function search(query) {
    var own = [];
    var other = [];
    // English pages the query's translated names stand for: listed with the page's own results, labelled.
    var cross = [];
    var crossIds = {};
    var matches = matchNames(query);
    for (var i = 0; i < indexes.length; i++) {
      if (indexes[i].lang === pageLang || !crossNames || indexes[i].lang !== crossNames.target) continue;
      for (var m = 0; m < matches.length; m++) {
        var found = indexes[i].mini.search(matches[m].english);
        for (var f = 0; f < found.length; f++) {
          // An entry the page's own index holds (translated, or named in this language) is listed once, as its own.
          // (A name entry's id is the English entry's plus "/name", scripts/offline/search-index.ts.)
          var ownHas = indexes[0].lang === pageLang && (indexes[0].mini.has(found[f].id) || indexes[0].mini.has(found[f].id + '/name'));
          if (crossIds[found[f].id] || ownHas) continue;
          crossIds[found[f].id] = true;
          cross.push({ hit: found[f], lang: indexes[i].lang, via: matches[m] });
        }
      }
    }
    // Ids this language's results hold (indexes[0] is the page's language, searched first).
    var ownIds = {};
    for (var k = 0; k < indexes.length; k++) {
      var results = indexes[k].mini.search(query);
      for (var j = 0; j < results.length; j++) {
        if (indexes[k].lang === pageLang) {
          own.push(results[j]);
          ownIds[results[j].id] = true;
        } else if (crossIds[results[j].id] || ownIds[results[j].id + '/name']) continue;
        else if (!(indexes[0].lang === pageLang && indexes[0].mini.has(results[j].id))) other.push({ hit: results[j], lang: indexes[k].lang });
      }
    }
    return { own: own.concat(cross), other: other, matches: matches };
  }

  /**
   * The page's parts: the site's search page (`[data-search]` with its status line, own-language and
   * other-language result sections) or, on any other page, a plain list under the search form.
   */
  function findParts() {
    var site = document.querySelector('[data-search]');
    var form = (site && site.querySelector('[data-search-form]')) || document.querySelector('main form[role="search"]');
    var forms = document.querySelectorAll('form[role="search"]');
    if (!form && forms.length) form = forms[forms.length - 1];
    if (!form) {
      form = element('form');
      form.setAttribute('role', 'search');
      var field = element('input');
      field.type = 'search';
      field.name = 'q';
      form.appendChild(field);
      (document.querySelector('main') || document.body).appendChild(form);
    }
    var parts = { form: form, input: form.querySelector('input[name="q"]') };
    var own = site && site.querySelector('[data-search-own]');
    if (site && own && own.querySelector('ol')) {
      parts.status = site.querySelector('[data-search-status]');
      parts.own = { section: own, list: own.querySelector('ol') };
      var other = site.querySelector('[data-search-other]');
      if (other && other.querySelector('ol')) parts.other = { section: other, list: other.querySelector('ol') };
      parts.hint = site.querySelector('[data-search-other-hint]');
    }
    if (!parts.own) {
      var area = element('div', 'offline-search');
      form.parentNode.insertBefore(area, form.nextSibling);
      parts.status = null;
      var list = element('ol', 'offline-search-results');
      area.appendChild(list);
      parts.own = { section: area, list: list };
    }
    if (!parts.status) {
      parts.status = element('p', 'offline-search-status');
      parts.status.setAttribute('role', 'status');
      parts.own.section.parentNode.insertBefore(parts.status, parts.own.section);
    }
    // The online search's "show more" buttons and filters need Pagefind: the offline list shows results at once.
    var online = document.querySelectorAll('[data-search-more], [data-search-filters]');
    for (var i = 0; i < online.length; i++) online[i].hidden = true;
    return parts;
  }

  /** Fills a list with up to MAX_RESULTS results; says so when there were more. */
  function fillList(list, hits, lang) {
    while (list.firstChild) list.removeChild(list.firstChild);
    for (var i = 0; i < hits.length && i < MAX_RESULTS; i++) {
      list.appendChild(renderResult(hits[i].hit || hits[i], hits[i].lang || lang, hits[i].via));
    }
    if (hits.length > MAX_RESULTS) {
      var li = element('li', 'offline-search-more', fill(t.offline.more || 'search.offlineMore', { count: MAX_RESULTS }));
      list.appendChild(li);
    }
  }

  function render(parts, query) {
    var q = query.trim();
    var result = q && indexes.length ? search(q) : { own: [], other: [], matches: [] };
    // Without a section of its own (a page other than the site's search page), other languages' hits follow in one list.
    fillList(parts.own.list, parts.other ? result.own : result.own.concat(result.other), pageLang);
    parts.own.section.hidden = parts.other ? result.own.length === 0 : result.own.length + result.other.length === 0;
    if (parts.other) {
      fillList(parts.other.list, result.other, '');
      parts.other.section.hidden = result.other.length === 0;
    }
    if (parts.hint) {
      var link = parts.hint.querySelector('a');
      // The other edition is searched for what the query stands for there, not for the words typed.
      var otherQuery = result.matches.length ? result.matches[0].english : q;
      if (link) link.href = link.getAttribute('href').split('?')[0] + (otherQuery ? '?q=' + encodeURIComponent(otherQuery) : '');
      parts.hint.hidden = !q;
    }
    var vars = { count: result.own.length, query: q };
    if (!q) parts.status.textContent = '';
    else if (!indexes.length) parts.status.textContent = t.offline.unavailable || 'search.offlineUnavailable';
    else if (result.own.length) parts.status.textContent = fill(result.own.length === 1 ? say('resultsOne') : say('resultsMany'), vars);
    else if (result.other.length && parts.other) parts.status.textContent = fill(say('otherResults'), { count: result.other.length, query: q });
    else parts.status.textContent = fill(say('noResults'), vars);
  }

  var parts = findParts();
  document.documentElement.classList.add('offline-search-ready');

  // The list is rebuilt only for a query it does not already show: a rebuild under the reader's pointer
  // (the typing timer firing after Enter) would swallow a click on a result.
  var timer = 0;
  var shown = null;
  function show(query) {
    clearTimeout(timer);
    if (query === shown) return;
    shown = query;
    render(parts, query);
  }
  parts.form.addEventListener('submit', function (event) {
    event.preventDefault();
    show(parts.input ? parts.input.value : '');
  });
  if (parts.input) {
    parts.input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { show(parts.input.value); }, 150);
    });
  }

  var initial = new URLSearchParams(window.location.search).get('q') || '';
  if (parts.input && initial) parts.input.value = initial;
  if (initial) show(initial);
})();
