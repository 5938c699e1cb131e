// Navigation within the single page: history.pushState and popstate, links that stay real links.

import { toSearch } from './state.js';

let renderCurrent = () => {};

export function onNavigate(render) {
  renderCurrent = render;
  window.addEventListener('popstate', () => renderCurrent());
}

/** The href of a state, relative to the page ("./" for the empty state). */
export function hrefFor(state) {
  return toSearch(state) || './';
}

export function navigate(state, { replace = false } = {}) {
  const url = new URL(hrefFor(state), location.href);
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  renderCurrent();
}

/** Plain left clicks on links marked data-nav stay in the page; others (new tab, copy) work as links. */
export function interceptLinks(root) {
  root.addEventListener('click', (e) => {
    const a = e.target.closest('a[data-nav]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
      return;
    }
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin) return;
    e.preventDefault();
    history.pushState(null, '', url);
    renderCurrent();
  });
}
