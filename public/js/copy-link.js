/* Copy link: every anchor link (a.permalink) gets a <button> that copies the absolute URL of that anchor
   (on the canonical address when the page has one): beside a heading's # link, and in place of a
   paragraph's ¶ link (same look, now a button). Without JS the anchors stay plain #id links.
   Labels come from the script tag: data-label, data-done, data-failed. Classic script (works from file://). */
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

  function fallbackCopy(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  function copy(text, onResult) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { onResult(true); }, function () { onResult(fallbackCopy(text)); });
    } else {
      onResult(fallbackCopy(text));
    }
  }

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

  function makeButton(anchor, compact) {
    var button = document.createElement('button');
    var hash = anchor.getAttribute('href');
    var name = compact ? paragraph : anchor.getAttribute('data-copy-label');
    var idle = compact ? anchor.textContent : label;
    button.type = 'button';
    button.className = compact ? 'copy-link copy-link--compact' : 'copy-link';
    button.textContent = idle;
    if (name) button.setAttribute('aria-label', name);
    // The label is in the page's language even inside an English fallback body (language of parts).
    button.lang = document.documentElement.lang;
    button.addEventListener('click', function () {
      var url = baseUrl() + hash;
      copy(url, function (ok) {
        button.textContent = compact ? (ok ? '✓' : '×') : (ok ? done : failed);
        button.setAttribute('data-state', ok ? 'done' : 'failed');
        announce(ok ? done : failed);
        if (ok && window.history && history.replaceState && location.protocol !== 'file:') history.replaceState(null, '', hash);
        setTimeout(function () { button.textContent = idle; button.removeAttribute('data-state'); }, 2000);
      });
    });
    return button;
  }

  function init() {
    var anchors = document.querySelectorAll('a.permalink[href^="#"]');
    for (var i = 0; i < anchors.length; i++) {
      var anchor = anchors[i];
      if (anchor.classList.contains('permalink--heading')) {
        // Headings keep their # link and gain a labelled button beside it.
        anchor.parentNode.insertBefore(makeButton(anchor, false), anchor.nextSibling);
      } else {
        // Paragraphs: the ¶ link becomes a ¶ button that copies the paragraph's address.
        anchor.parentNode.replaceChild(makeButton(anchor, true), anchor);
      }
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
