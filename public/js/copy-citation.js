/* Copy citation: reveals each button[data-copy-citation] (hidden without JS, when the citation text stays
   selectable) and copies the plain-text citation of the element it names (its data-citation attribute, else
   its text). Feedback (data-done, data-failed) is shown on the button and announced politely. Classic
   script, no inline code: works under the CSP and from file://; copies through clipboard.js, loaded before it. */
(function () {
  var copy = window.editionClipboard.copy;

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    if (selection) { selection.removeAllRanges(); selection.addRange(range); }
  }

  function setUp(button) {
    var target = document.getElementById(button.getAttribute('data-copy-citation'));
    if (!target) return;
    var idle = button.textContent;
    var status = document.createElement('span');
    status.className = 'visually-hidden';
    status.setAttribute('aria-live', 'polite');
    button.parentNode.appendChild(status);
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = target.getAttribute('data-citation') || target.textContent;
      copy(text, function (ok) {
        var message = ok ? button.getAttribute('data-done') : button.getAttribute('data-failed');
        // On failure the citation is selected, ready for the reader's own copy command.
        if (!ok) selectText(target);
        button.textContent = message;
        button.setAttribute('data-state', ok ? 'done' : 'failed');
        status.textContent = message;
        setTimeout(function () { button.textContent = idle; button.removeAttribute('data-state'); status.textContent = ''; }, 2500);
      });
    });
  }

  function init() {
    var buttons = document.querySelectorAll('button[data-copy-citation]');
    for (var i = 0; i < buttons.length; i++) setUp(buttons[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
