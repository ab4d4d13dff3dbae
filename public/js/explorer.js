/* Measures explorer filtering: shows the filter panel (hidden without JS), and on every change toggles
   `hidden` on the [data-measure] items by their data-document / data-direction / data-topics / data-actors,
   hides empty groups and announces the count in the aria-live region. Within a group choices widen the list
   (a measure matches when it touches any checked topic, or concerns any checked actor); across groups they
   narrow it (it must match every group). When nothing matches, each group whose clearing would bring
   measures back is offered as a button saying how many. The filters are mirrored in the URL query
   (document=…&direction=…&topic=…&actor=…) so a filtered list can be shared and reloaded.
   Classic script (works from file://). */
(function () {
  var GROUPS = ['document', 'direction', 'topic', 'actor'];

  function init() {
    var form = document.querySelector('form[data-explorer]');
    if (!form) return;
    var panel = document.querySelector('[data-explorer-panel]');
    var items = document.querySelectorAll('[data-measure]');
    var groups = document.querySelectorAll('[data-group]');
    var count = document.querySelector('[data-explorer-count]');
    var empty = document.querySelector('[data-explorer-empty]');
    var clearList = empty.querySelector('[data-explorer-clear]');
    var labels = JSON.parse(empty.getAttribute('data-labels'));
    var nojs = document.querySelector('[data-explorer-nojs]');
    var template = count.getAttribute('data-template');
    var total = items.length;

    function words(value) { return value ? value.split(' ') : []; }
    function checked(name) {
      var boxes = form.querySelectorAll('input[name="' + name + '"]:checked');
      var list = [];
      for (var i = 0; i < boxes.length; i++) list.push(boxes[i].value);
      return list;
    }
    function values() {
      return { document: form.elements.document.value, direction: form.elements.direction.value, topic: checked('topic'), actor: checked('actor') };
    }
    function anyOf(own, wanted) {
      for (var i = 0; i < wanted.length; i++) if (own.indexOf(wanted[i]) >= 0) return true;
      return false;
    }
    function active(f, group) { return group === 'topic' || group === 'actor' ? f[group].length > 0 : !!f[group]; }
    /** True when the item matches every active group except `skip`. */
    function matches(item, f, skip) {
      if (skip !== 'document' && f.document && item.getAttribute('data-document') !== f.document) return false;
      if (skip !== 'direction' && f.direction && item.getAttribute('data-direction') !== f.direction) return false;
      if (skip !== 'topic' && f.topic.length && !anyOf(words(item.getAttribute('data-topics')), f.topic)) return false;
      if (skip !== 'actor' && f.actor.length && !anyOf(words(item.getAttribute('data-actors')), f.actor)) return false;
      return true;
    }
    function countWithout(f, skip) {
      var n = 0;
      for (var i = 0; i < items.length; i++) if (matches(items[i], f, skip)) n++;
      return n;
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
      for (var i = 0; i < f.topic.length; i++) parts.push('topic=' + encodeURIComponent(f.topic[i]));
      for (var j = 0; j < f.actor.length; j++) parts.push('actor=' + encodeURIComponent(f.actor[j]));
      history.replaceState(null, '', location.pathname + (parts.length ? '?' + parts.join('&') : '') + location.hash);
    }
    function readQuery() {
      var query = location.search.replace(/^\?/, '').split('&');
      for (var i = 0; i < query.length; i++) {
        var pair = query[i].split('=');
        var name = decodeURIComponent(pair[0] || '');
        var value = decodeURIComponent((pair[1] || '').replace(/\+/g, ' '));
        if (name === 'actor' || name === 'topic') {
          var box = form.querySelector('input[name="' + name + '"][value="' + value.replace(/"/g, '') + '"]');
          if (box) box.checked = true;
        } else if ((name === 'document' || name === 'direction') && form.elements[name]) {
          form.elements[name].value = value;
        }
      }
    }
    function clearGroup(group) {
      if (group === 'topic' || group === 'actor') {
        var boxes = form.querySelectorAll('input[name="' + group + '"]');
        for (var i = 0; i < boxes.length; i++) boxes[i].checked = false;
      } else {
        form.elements[group].value = '';
      }
      apply(true);
      count.focus();
    }
    /** When nothing matches: one button per active group whose clearing brings measures back. */
    function explainEmpty(f) {
      clearList.textContent = '';
      for (var g = 0; g < GROUPS.length; g++) {
        var group = GROUPS[g];
        if (!active(f, group)) continue;
        var n = countWithout(f, group);
        if (n === 0) continue;
        var text = empty.getAttribute(n === 1 ? 'data-clear-one-template' : 'data-clear-template')
          .replace('{filter}', labels[group]).replace('{count}', n);
        var li = document.createElement('li');
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'button';
        button.textContent = text;
        button.setAttribute('data-clear', group);
        button.addEventListener('click', clearGroup.bind(null, group));
        li.appendChild(button);
        clearList.appendChild(li);
      }
    }
    function apply(announce) {
      var f = values();
      syncDirections(f.document);
      f = values();
      var shown = 0;
      for (var i = 0; i < items.length; i++) {
        var ok = matches(items[i], f, null);
        items[i].hidden = !ok;
        if (ok) shown++;
      }
      for (var g = groups.length - 1; g >= 0; g--) {
        groups[g].hidden = !groups[g].querySelector('[data-measure]:not([hidden])');
      }
      empty.hidden = shown > 0;
      if (shown === 0) explainEmpty(f);
      var text = template.replace('{shown}', shown).replace('{total}', total);
      if (announce || count.textContent !== text) count.textContent = text;
      writeQuery(f);
    }

    if (panel) panel.hidden = false;
    count.hidden = false;
    count.setAttribute('tabindex', '-1');
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
