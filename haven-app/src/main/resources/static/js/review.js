// Review queue keyboard shortcuts: J / K move between pairs, S / D / U decide the current pair
// (same, different, not sure), X toggles it for a bulk decision. Keys are read by their place on
// the keyboard (KeyboardEvent.code), so they work on Armenian and Russian layouts too, where the
// S key types ս or ы. A file because the CSP forbids inline scripts.
(function () {
  'use strict';

  function pairs() {
    return Array.prototype.slice.call(document.querySelectorAll('.review-pair'));
  }

  function current() {
    var list = pairs();
    var active = document.activeElement && document.activeElement.closest ? document.activeElement.closest('.review-pair') : null;
    return active || list[0] || null;
  }

  function focusPair(el) {
    if (!el) return;
    pairs().forEach(function (p) { p.classList.remove('current'); });
    el.classList.add('current');
    el.focus();
    el.scrollIntoView({block: 'nearest'});
  }

  function move(step) {
    var list = pairs();
    var i = list.indexOf(current());
    focusPair(list[Math.max(0, Math.min(list.length - 1, i + step))]);
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
    var t = event.target;
    if (t.tagName === 'INPUT' && t.type !== 'checkbox' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT') return;
    var key = event.code;
    var pair = current();
    if (key === 'KeyJ') { move(1); event.preventDefault(); return; }
    if (key === 'KeyK') { move(-1); event.preventDefault(); return; }
    if (!pair) return;
    if (key === 'KeyX') {
      var box = pair.querySelector('[data-select]');
      if (box) box.checked = !box.checked;
      event.preventDefault();
      return;
    }
    var button = pair.querySelector('button[data-key="' + key + '"]');
    if (!button) return;
    event.preventDefault();
    var list = pairs();
    var next = list[list.indexOf(pair) + 1] || list[list.indexOf(pair) - 1];
    button.click();
    focusPair(next);
  });

  document.addEventListener('DOMContentLoaded', function () { focusPair(pairs()[0]); });
})();
