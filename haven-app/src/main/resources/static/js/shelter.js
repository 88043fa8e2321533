// Allocation review. "Propose" runs the optimizer for up to the time limit before the page comes
// back: show how far along it is, and keep a second click from starting a second run.
// Loaded as a file because the CSP forbids inline scripts.
(function () {
  'use strict';

  function showProgress(form) {
    var box = form.querySelector('.run-progress');
    if (!box) return;
    var bar = box.querySelector('progress');
    var elapsed = box.querySelector('.elapsed');
    var limit = parseFloat((form.querySelector('[name=timeLimitSeconds]') || {}).value) || 10;
    // Reading the households and storing the proposal add a little to the solver's time limit.
    var expected = limit + 2;
    var started = Date.now();
    box.hidden = false;
    bar.max = expected;
    function tick() {
      var s = (Date.now() - started) / 1000;
      bar.value = Math.min(s, expected);
      elapsed.textContent = Math.floor(s) + ' / ' + Math.ceil(limit) + ' s';
    }
    tick();
    setInterval(tick, 250);
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-progress]').forEach(function (form) {
      var running = false;
      form.addEventListener('submit', function (event) {
        if (running) { event.preventDefault(); return; }
        running = true;
        form.querySelectorAll('button[type=submit]').forEach(function (b) {
          b.setAttribute('aria-disabled', 'true');
          b.classList.add('busy');
        });
        showProgress(form);
      });
    });
  });
})();
