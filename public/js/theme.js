/* Theme: loaded blocking in <head> on every page so the stored choice applies before paint, then wires
   the toggle button. Classic script (works from file://). Stores "light" or "dark" in localStorage. */
(function () {
  var root = document.documentElement;
  var KEY = 'theme';
  var stored = null;
  try { stored = localStorage.getItem(KEY); } catch (e) { /* storage may be blocked */ }
  if (stored === 'light' || stored === 'dark') root.setAttribute('data-theme', stored);

  function current() {
    var chosen = root.getAttribute('data-theme');
    if (chosen) return chosen;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) return;
    function sync() { button.setAttribute('aria-pressed', current() === 'dark' ? 'true' : 'false'); }
    sync();
    button.hidden = false;
    button.addEventListener('click', function () {
      var next = current() === 'dark' ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* the choice lasts for this page only */ }
      sync();
    });
  });
})();
