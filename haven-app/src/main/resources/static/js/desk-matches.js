// The registration desk's "possibly registered before" box: when a member's name, birth date or sex
// changes, asks de-duplication for likely earlier registrations of that member and shows them under
// the member's row. Works on rows added later too (events are delegated from the form).
(function () {
  'use strict';

  var FIELDS = ['givenName', 'familyName', 'patronymic', 'birthDate', 'sex'];
  var timers = new WeakMap();

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
    if (!params.get('givenName') && !params.get('familyName')) return;
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
    fetch(form.dataset.deskMatches + '?' + params.toString(), {credentials: 'same-origin', headers: {'HX-Request': 'true'}})
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (html) { box.innerHTML = html; })
      .catch(function () { box.innerHTML = ''; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.querySelector('form[data-desk-matches]');
    if (!form) return;
    form.addEventListener('change', function (event) {
      var row = rowOf(event.target);
      if (!row || !event.target.name || !/\]\.(givenName|familyName|patronymic|birthDate|sex)$/.test(event.target.name)) return;
      clearTimeout(timers.get(row));
      timers.set(row, setTimeout(function () { refresh(row, form); }, 150));
    });
  });
})();
