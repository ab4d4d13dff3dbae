/* Source lines: highlights the lines a #L<n> or #L<a>-L<b> fragment names on a source-text page (CSS :target
   can mark one element, not a range) and brings the first into view. Without JS the fragment still lands:
   every linked range has an anchor of its own just before its first line. Classic script (file:// too). */
(function () {
  var marked = [];

  function clear() {
    for (var i = 0; i < marked.length; i++) marked[i].classList.remove('is-selected');
    marked = [];
  }

  function apply() {
    clear();
    var match = /^#L(\d+)(?:-L(\d+))?$/.exec(location.hash);
    if (!match) return;
    var start = Number(match[1]);
    var end = match[2] ? Number(match[2]) : start;
    if (end < start) { var swap = start; start = end; end = swap; }
    for (var n = start; n <= end; n++) {
      var line = document.getElementById('L' + n);
      if (line) { line.classList.add('is-selected'); marked.push(line); }
    }
    if (marked.length > 0) marked[0].scrollIntoView({ block: 'center' });
  }

  // Style sheets and fonts that arrive after DOMContentLoaded move the lines: bring the first back into view once they have.
  window.addEventListener('load', function () {
    if (marked.length > 0) marked[0].scrollIntoView({ block: 'center' });
  });
  window.addEventListener('hashchange', apply);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', apply);
  else apply();
})();
