// Keyboard-first forms (class "keyboard"): Enter moves to the next field instead of submitting
// by accident; Ctrl+Enter (or Cmd+Enter) submits. The registration desk also adds and removes
// member rows in place (Alt+M adds one). Loaded as a file because the CSP forbids inline scripts.
(function () {
  'use strict';

  function focusables(form) {
    return Array.prototype.filter.call(
      form.querySelectorAll('input:not([type=hidden]), select, textarea, button, summary'),
      function (el) { return !el.disabled && el.offsetParent !== null; });
  }

  function onKeydown(event) {
    var form = event.currentTarget;
    var t = event.target;
    if (event.key !== 'Enter' || event.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    if (t.tagName === 'TEXTAREA' || t.tagName === 'BUTTON' || t.tagName === 'SUMMARY' || t.tagName === 'A') return;
    event.preventDefault();
    var list = focusables(form);
    var i = list.indexOf(t);
    if (i >= 0 && i + 1 < list.length) list[i + 1].focus();
  }

  function renumber(list) {
    // Indices need not be contiguous (the server drops gaps), only unique: take one past the largest.
    var max = -1;
    list.querySelectorAll('[name^="members["]').forEach(function (el) {
      var m = /^members\[(\d+)]/.exec(el.name);
      if (m) max = Math.max(max, parseInt(m[1], 10));
    });
    return max + 1;
  }

  function addMember(form) {
    var list = form.querySelector('#members');
    var template = document.getElementById('member-template');
    var index = renumber(list);
    var html = template.innerHTML.split('%i%').join(String(index));
    list.insertAdjacentHTML('beforeend', html);
    var row = list.lastElementChild;
    var family = row.querySelector('[data-role=familyName]');
    var first = list.querySelector('[data-role=familyName]');
    // Family members usually share the family name: offer the first member's, selected so typing replaces it.
    if (first && first !== family && first.value) family.value = first.value;
    family.focus();
    family.select();
  }

  function removeMember(button) {
    var row = button.closest('.member-row');
    var list = row.parentElement;
    var next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    var target = next ? next.querySelector('[data-role=familyName]') : document.getElementById('add-member');
    if (target) target.focus();
    if (!list.children.length) document.getElementById('add-member').focus();
  }

  function setUp(form) {
    form.addEventListener('keydown', onKeydown);
    var submitted = false;
    form.addEventListener('submit', function (event) {
      // The idempotency key makes a resend harmless; this only saves the clerk a second wait.
      if (submitted) { event.preventDefault(); return; }
      submitted = true;
    });
    if (form.id !== 'desk') return;
    form.addEventListener('click', function (event) {
      var remove = event.target.closest('[data-remove-member]');
      if (remove) removeMember(remove);
    });
    document.getElementById('add-member').addEventListener('click', function () { addMember(form); });
    document.addEventListener('keydown', function (event) {
      if (event.altKey && event.code === form.dataset.addMemberKey) {
        event.preventDefault();
        addMember(form);
      }
    });
    var summary = document.getElementById('error-summary');
    var firstInvalid = form.querySelector('.invalid');
    if (firstInvalid) firstInvalid.focus();
    else if (summary) summary.focus();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.keyboard').forEach(setUp);
  });
})();
