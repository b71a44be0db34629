// Test copy only: writes the layout the browser computed into the DOM, for --dump-dom to return.
(function () {
  function box(element) {
    var r = element.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom].map(function (v) { return v.toFixed(2); }).join(',');
  }
  document.querySelectorAll('table.form th, table.form td').forEach(function (cell) {
    cell.setAttribute('data-box', box(cell));
  });
  var overflowing = [];
  document.querySelectorAll('.table').forEach(function (wrap, i) {
    if (wrap.scrollWidth > wrap.clientWidth) overflowing.push(i);
  });
  var metrics = document.createElement('pre');
  metrics.id = 'geometry';
  metrics.setAttribute('data-viewport', String(window.innerWidth));
  metrics.setAttribute('data-scroll-width', String(document.documentElement.scrollWidth));
  metrics.setAttribute('data-overflowing-tables', overflowing.join(' '));
  document.body.appendChild(metrics);
})();
