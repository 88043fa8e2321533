// The registration card's print button (a file, not an inline handler, because of the CSP).
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('print-card');
  if (button) button.addEventListener('click', function () { window.print(); });
});
