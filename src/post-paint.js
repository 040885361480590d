/* Pobyt: start the app after the first paint (scripts/prerender.ts inlines this, by hash). */
(function () {
  var d = document;
  var me = d.currentScript;
  var held;
  var started = false;
  function hold(e) {
    var t = e.target instanceof Element ? e.target : null;
    if (e.type === 'click') {
      var button = t && t.closest('button');
      if (!button) return;
      held = { element: button, kind: 'press' };
    } else if (t instanceof HTMLInputElement && t.type === 'file') {
      held = { element: t, kind: 'file' };
    } else {
      return;
    }
    e.preventDefault();
    e.stopPropagation();
  }
  d.addEventListener('click', hold, true);
  d.addEventListener('change', hold, true);
  function release() {
    d.removeEventListener('click', hold, true);
    d.removeEventListener('change', hold, true);
    var h = held;
    held = undefined;
    return h;
  }
  // The app could not be loaded: no press is held for nothing, and the page says so.
  function fail() {
    release();
    var text = me && me.dataset.failed;
    var where = d.getElementById('main') || d.getElementById('root');
    if (!text || !where || d.getElementById('pobyt-failed')) return;
    var p = d.createElement('p');
    p.id = 'pobyt-failed';
    p.className = 'app-error-summary';
    p.setAttribute('role', 'alert');
    p.textContent = text;
    where.insertBefore(p, where.firstChild);
  }
  window.pobytEarlyClicks = { release: release, fail: fail };
  function add(tag, attrs) {
    var el = d.createElement(tag);
    for (var k in attrs) el.setAttribute(k, attrs[k]);
    d.head.appendChild(el);
    return el;
  }
  // One element per task: starting each request costs a few ms of main thread on a phone
  // (more for the first), so the additions do not add up to one long task. The entry script
  // goes first; its imports are preloaded in the tasks after, long before it has run.
  function start() {
    if (started) return;
    started = true;
    var data = (me && me.dataset) || {};
    var queue = [];
    if (data.entry) queue.push(['script', { type: 'module', crossorigin: '', src: data.entry }]);
    (data.preload || '').split(' ').forEach(function (href) {
      if (href) queue.push(['link', { rel: 'modulepreload', crossorigin: '', href: href }]);
    });
    if (data.manifest) queue.push(['link', { rel: 'manifest', href: data.manifest }]);
    (function next() {
      var item = queue.shift();
      if (!item) return;
      var el = add(item[0], item[1]);
      if (item[0] === 'script') el.onerror = fail;
      setTimeout(next, 0);
    })();
  }
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (types && types.indexOf('paint') >= 0) {
    new PerformanceObserver(function (list, observer) {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(start, 0);
    }).observe({ type: 'paint', buffered: true });
    // A page that never paints (a background tab) still starts.
    setTimeout(start, 1000);
  } else {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
    setTimeout(start, 200);
  }
})();
