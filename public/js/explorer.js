/* Measures explorer filtering: shows the form (hidden without JS), and on every change toggles `hidden`
   on the [data-measure] items by their data-document / data-direction / data-topics / data-actors,
   hides empty groups and announces the count in the aria-live region. Actors: a measure matches when
   it concerns any checked actor. The filters are mirrored in the URL query so a filtered list can be shared.
   Classic script (works from file://). */
(function () {
  function init() {
    var form = document.querySelector('form[data-explorer]');
    if (!form) return;
    var items = document.querySelectorAll('[data-measure]');
    var groups = document.querySelectorAll('[data-group]');
    var count = form.querySelector('[data-explorer-count]');
    var empty = document.querySelector('[data-explorer-empty]');
    var nojs = document.querySelector('[data-explorer-nojs]');
    var template = count.getAttribute('data-template');
    var total = items.length;

    function words(value) { return value ? value.split(' ') : []; }
    function values() {
      var checked = form.querySelectorAll('input[name="actor"]:checked');
      var actors = [];
      for (var i = 0; i < checked.length; i++) actors.push(checked[i].value);
      return { document: form.elements.document.value, direction: form.elements.direction.value, topic: form.elements.topic.value, actors: actors };
    }
    function matches(item, f) {
      if (f.document && item.getAttribute('data-document') !== f.document) return false;
      if (f.direction && item.getAttribute('data-direction') !== f.direction) return false;
      if (f.topic && words(item.getAttribute('data-topics')).indexOf(f.topic) < 0) return false;
      if (f.actors.length) {
        var own = words(item.getAttribute('data-actors'));
        var any = false;
        for (var i = 0; i < f.actors.length; i++) if (own.indexOf(f.actors[i]) >= 0) any = true;
        if (!any) return false;
      }
      return true;
    }
    function syncDirections(doc) {
      var options = form.elements.direction.querySelectorAll('optgroup');
      for (var i = 0; i < options.length; i++) {
        options[i].disabled = !!doc && options[i].getAttribute('data-document') !== doc;
      }
      var selected = form.elements.direction.selectedOptions[0];
      if (doc && selected && selected.value && selected.getAttribute('data-document') !== doc) form.elements.direction.value = '';
    }
    function writeQuery(f) {
      if (!window.history || !history.replaceState || location.protocol === 'file:') return;
      var parts = [];
      if (f.document) parts.push('document=' + encodeURIComponent(f.document));
      if (f.direction) parts.push('direction=' + encodeURIComponent(f.direction));
      if (f.topic) parts.push('topic=' + encodeURIComponent(f.topic));
      for (var i = 0; i < f.actors.length; i++) parts.push('actor=' + encodeURIComponent(f.actors[i]));
      history.replaceState(null, '', location.pathname + (parts.length ? '?' + parts.join('&') : '') + location.hash);
    }
    function readQuery() {
      var query = location.search.replace(/^\?/, '').split('&');
      for (var i = 0; i < query.length; i++) {
        var pair = query[i].split('=');
        var name = decodeURIComponent(pair[0] || '');
        var value = decodeURIComponent((pair[1] || '').replace(/\+/g, ' '));
        if (name === 'actor') {
          var box = form.querySelector('input[name="actor"][value="' + value.replace(/"/g, '') + '"]');
          if (box) box.checked = true;
        } else if ((name === 'document' || name === 'direction' || name === 'topic') && form.elements[name]) {
          form.elements[name].value = value;
        }
      }
    }
    function apply(announce) {
      var f = values();
      syncDirections(f.document);
      f = values();
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var ok = matches(items[i], f);
        items[i].hidden = !ok;
        if (ok) shown++;
      }
      for (var g = groups.length - 1; g >= 0; g--) {
        groups[g].hidden = !groups[g].querySelector('[data-measure]:not([hidden])');
      }
      empty.hidden = shown > 0;
      var text = template.replace('{shown}', shown).replace('{total}', total);
      if (announce || count.textContent !== text) count.textContent = text;
      writeQuery(f);
    }

    form.hidden = false;
    if (nojs) nojs.hidden = true;
    readQuery();
    apply(false);
    form.addEventListener('change', function () { apply(true); });
    form.addEventListener('submit', function (event) { event.preventDefault(); apply(true); });
    form.addEventListener('reset', function () { setTimeout(function () { apply(true); }, 0); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
