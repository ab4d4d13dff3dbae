/* Clipboard: the one copy routine of the reading site's classic scripts (copy-link.js, copy-citation.js),
   loaded before them. The async Clipboard API where the page is a secure context, else (file://, old
   browsers, a refused permission) a hidden textarea and execCommand. Classic script (works from file://). */
(function () {
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

  /** Copies `text`, then calls `onResult(true)` when it reached the clipboard, else `onResult(false)`. */
  function copy(text, onResult) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { onResult(true); }, function () { onResult(fallbackCopy(text)); });
    } else {
      onResult(fallbackCopy(text));
    }
  }

  window.editionClipboard = { copy: copy };
})();
