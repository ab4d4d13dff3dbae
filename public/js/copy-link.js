/* Copy link: every anchor link (a.permalink, a heading's # or a paragraph's ¶) becomes a <button> with the
   same mark that copies the absolute URL of that anchor (on the canonical address when the page has one),
   so a heading carries one quiet control rather than a link and a button. Without JS the anchors stay
   plain #id links. Names come from the anchor (data-copy-label) or the script tag (data-paragraph,
   data-label); feedback from the script tag (data-done, data-failed). Classic script (works from file://); copies through clipboard.js, loaded before it. */
(function () {
  var script = document.currentScript;
  var label = (script && script.getAttribute('data-label')) || 'Copy link';
  var done = (script && script.getAttribute('data-done')) || 'Link copied';
  var failed = (script && script.getAttribute('data-failed')) || 'Copy failed';
  var paragraph = (script && script.getAttribute('data-paragraph')) || label;

  function baseUrl() {
    var canonical = document.querySelector('link[rel="canonical"]');
    var href = canonical && location.protocol !== 'file:' ? canonical.href : location.href;
    return href.split('#')[0];
  }

  var copy = window.editionClipboard.copy;

  var status;
  function announce(text) {
    if (!status) {
      status = document.createElement('span');
      status.className = 'visually-hidden';
      status.setAttribute('aria-live', 'polite');
      document.body.appendChild(status);
    }
    status.textContent = '';
    setTimeout(function () { status.textContent = text; }, 50);
  }

  function makeButton(anchor) {
    var button = document.createElement('button');
    var hash = anchor.getAttribute('href');
    var heading = anchor.classList.contains('permalink--heading');
    var name = anchor.getAttribute('data-copy-label') || (heading ? label : paragraph);
    var idle = anchor.textContent;
    button.type = 'button';
    button.className = heading ? 'copy-link copy-link--heading' : 'copy-link';
    button.textContent = idle;
    button.setAttribute('aria-label', name);
    // Mouse users see what the bare mark does.
    button.title = name;
    // The label is in the page's language even inside an English fallback body (language of parts).
    button.lang = document.documentElement.lang;
    button.addEventListener('click', function () {
      var url = baseUrl() + hash;
      copy(url, function (ok) {
        // A heading has room to say it in words; a paragraph's mark sits inside the text.
        button.textContent = heading ? (ok ? done : failed) : (ok ? '✓' : '×');
        button.setAttribute('data-state', ok ? 'done' : 'failed');
        announce(ok ? done : failed);
        // Either way the address bar then holds the link (copied, or to copy by hand). From file:// only a
        // failure moves there, by plain navigation to the anchor.
        if (location.protocol === 'file:') { if (!ok) location.hash = hash; }
        else if (window.history && history.replaceState) history.replaceState(null, '', hash);
        setTimeout(function () { button.textContent = idle; button.removeAttribute('data-state'); }, 2000);
      });
    });
    return button;
  }

  // A button may wrap onto a line of its own where the link it replaces could not: keep a paragraph's mark
  // with the character before it (in one no-wrap span; a word never breaks inside, so the mark stays with
  // the whole last word, and a long word or a Japanese sentence still wraps as before).
  function keepWithLastWord(anchor, button) {
    var before = anchor.previousSibling;
    var match = before && before.nodeType === 3 ? /(\S)(\s*)$/.exec(before.nodeValue) : null;
    if (!match) { anchor.parentNode.replaceChild(button, anchor); return; }
    var span = document.createElement('span');
    span.className = 'nowrap';
    before.nodeValue = before.nodeValue.slice(0, match.index);
    span.appendChild(document.createTextNode(match[1]));
    span.appendChild(button);
    anchor.parentNode.replaceChild(span, anchor);
    if (match[2]) span.parentNode.insertBefore(document.createTextNode(match[2]), span.nextSibling);
  }

  function init() {
    var anchors = document.querySelectorAll('a.permalink[href^="#"]');
    for (var i = 0; i < anchors.length; i++) {
      var button = makeButton(anchors[i]);
      if (anchors[i].classList.contains('permalink--heading')) anchors[i].parentNode.replaceChild(button, anchors[i]);
      else keepWithLastWord(anchors[i], button);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
