// The registration desk's "possibly registered before" box: when a member's name, birth date or sex
// changes, asks de-duplication for likely earlier registrations of that member and shows them under
// the member's row. Works on rows added later too (events are delegated from the form).
// "Same person: attach" on an earlier registration puts its identity into the member's hidden
// identityId field (registration saves the new record into that identity); pressing it again, or
// "Not the same person", clears it.
(function () {
  'use strict';

  var FIELDS = ['givenName', 'familyName', 'patronymic', 'birthDate', 'sex'];
  var FOCUSABLE = 'a[href], button, input, select, textarea';
  var timers = new WeakMap();
  var scheduled = new WeakMap();
  var asked = new WeakMap();

  function rowOf(el) {
    return el.closest ? el.closest('.member-row') : null;
  }

  function value(row, field) {
    var el = row.querySelector('[name$="].' + field + '"]');
    return el ? el.value.trim() : '';
  }

  function refresh(row, form) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (f) { var v = value(row, f); if (v) params.set(f, v); });
    if (!params.get('givenName') && !params.get('familyName')) {
      busy(row, false);
      return;
    }
    var phone = form.querySelector('[name="phone"]');
    var origin = form.querySelector('[name="origin.settlement"]');
    if (phone && phone.value.trim()) params.set('phone', phone.value.trim());
    if (origin && origin.value.trim()) params.set('origin', origin.value.trim());
    var box = row.querySelector('.desk-matches-slot');
    if (!box) {
      box = document.createElement('div');
      box.className = 'desk-matches-slot';
      row.appendChild(box);
    }
    box.setAttribute('aria-busy', 'true');
    // Only the answer to the latest question fills the box; an older one arriving late is dropped.
    var ticket = (asked.get(row) || 0) + 1;
    asked.set(row, ticket);
    fetch(form.dataset.deskMatches + '?' + params.toString(), {credentials: 'same-origin', headers: {'HX-Request': 'true'}})
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (html) {
        if (asked.get(row) !== ticket) return;
        // A clerk tabbing through the box keeps their place when it is refreshed: the same
        // earlier registration's button, else the element at the same place in the box.
        var active = box.contains(document.activeElement) ? document.activeElement : null;
        var attach = active ? active.dataset.attach : null;
        var place = active ? Array.prototype.indexOf.call(box.querySelectorAll(FOCUSABLE), active) : -1;
        box.innerHTML = html;
        box.setAttribute('aria-busy', String(scheduled.get(row) === true));
        showChoice(row);
        if (active) {
          var now = box.querySelectorAll(FOCUSABLE);
          var again = (attach && Array.prototype.find.call(now, function (b) { return b.dataset.attach === attach; }))
            || now[Math.min(place, now.length - 1)];
          if (again) again.focus();
        }
      })
      .catch(function () {
        if (asked.get(row) !== ticket) return;
        box.innerHTML = '';
        box.setAttribute('aria-busy', String(scheduled.get(row) === true));
      });
  }

  // The box says it is being brought up to date from a member's field change until the answer is in.
  function busy(row, yes) {
    var box = row.querySelector('.desk-matches-slot');
    if (box) box.setAttribute('aria-busy', String(yes));
  }

  function hidden(row) {
    return row.querySelector('[data-attach-identity]');
  }

  // Marks the chosen earlier registration (if shown) and shows or hides the row's "same person" note.
  function showChoice(row, text) {
    var field = hidden(row);
    if (!field) return;
    var chosen = field.value;
    row.querySelectorAll('[data-attach]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.attach === chosen));
    });
    var note = row.querySelector('.attach-chosen');
    if (!note) return;
    if (text) note.querySelector('[data-attach-text]').textContent = text;
    note.hidden = !chosen;
  }

  function choose(row, button) {
    var field = hidden(row);
    if (!field) return;
    var same = field.value === button.dataset.attach;
    field.value = same ? '' : button.dataset.attach;
    showChoice(row, same ? null : button.dataset.attachedText);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-desk-matches]');
    if (!form) return;
    form.addEventListener('click', function (event) {
      var row = rowOf(event.target);
      if (!row) return;
      var attach = event.target.closest('[data-attach]');
      var detach = event.target.closest('[data-detach]');
      if (attach) choose(row, attach);
      if (detach) {
        hidden(row).value = '';
        showChoice(row);
        var first = row.querySelector('[data-attach]') || row.querySelector('[data-role=familyName]');
        if (first) first.focus();
      }
    });
    form.addEventListener('change', function (event) {
      var row = rowOf(event.target);
      if (!row || !event.target.name || !/\]\.(givenName|familyName|patronymic|birthDate|sex)$/.test(event.target.name)) return;
      clearTimeout(timers.get(row));
      busy(row, true);
      scheduled.set(row, true);
      timers.set(row, setTimeout(function () {
        scheduled.set(row, false);
        refresh(row, form);
      }, 150));
    });
  });
})();
