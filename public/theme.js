/* Theme before first paint, and the header toggle (why and how: src/components/layout/ThemeToggle.astro);
   the language switch keeps the reader's search (?q=) and place (#anchor), which the built link cannot know. */
(function () {
  var d = document.documentElement, key = 'atlas-theme', mq = matchMedia('(prefers-color-scheme: dark)');
  function system() { return mq.matches ? 'dark' : 'light'; }
  function current() { return d.getAttribute('data-theme') || system(); }
  function set(theme) {
    if (theme === 'dark' || theme === 'light') d.setAttribute('data-theme', theme);
    else d.removeAttribute('data-theme');
  }
  function sync(changed) {
    var buttons = document.querySelectorAll('[data-theme-toggle]');
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute('aria-pressed', String(current() === 'dark'));
    if (changed === true) document.dispatchEvent(new CustomEvent('atlas:themechange', { detail: current() }));
  }
  try { set(localStorage.getItem(key)); } catch (e) {}
  d.setAttribute('data-js', '');
  document.addEventListener('DOMContentLoaded', sync);
  function keepPlace() {
    var links = document.querySelectorAll('a[data-lang-switch]');
    for (var i = 0; i < links.length; i++) links[i].href = links[i].href.replace(/[?#].*$/, '') + location.search + location.hash;
  }
  // Just before the link is used (pointer or keyboard), so that filters set by scripts count too.
  document.addEventListener('DOMContentLoaded', keepPlace);
  document.addEventListener('pointerdown', function (e) { if (e.target instanceof Element && e.target.closest('a[data-lang-switch]')) keepPlace(); }, true);
  document.addEventListener('focusin', function (e) { if (e.target instanceof Element && e.target.closest('a[data-lang-switch]')) keepPlace(); });
  mq.addEventListener('change', function () { sync(!d.hasAttribute('data-theme')); });
  addEventListener('storage', function (e) { if (e.key === key) { set(e.newValue); sync(true); } });
  document.addEventListener('click', function (e) {
    var button = e.target instanceof Element && e.target.closest('[data-theme-toggle]');
    if (!button) return;
    var next = current() === 'dark' ? 'light' : 'dark', keep = next !== system();
    set(keep ? next : null);
    try { keep ? localStorage.setItem(key, next) : localStorage.removeItem(key); } catch (e) {}
    sync(true);
  });
})();
