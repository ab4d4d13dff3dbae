/* Disclosures open on wide screens: every <details data-open-wide="<media query>"> starts open when the
   query matches (the Contents of a reading edition beside the text, the explorer's filters), and stays
   closed on a phone so the text or the first results come first. Without JS they start closed and open
   with a click, as any <details>. Classic script (works from file://). */
(function () {
  function init() {
    var blocks = document.querySelectorAll('details[data-open-wide]');
    for (var i = 0; i < blocks.length; i++) {
      var query = blocks[i].getAttribute('data-open-wide');
      if (query && window.matchMedia && window.matchMedia(query).matches) blocks[i].open = true;
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
