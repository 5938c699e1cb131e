// Navigation within the single page: history.pushState and popstate, links that stay real links.
// Each history entry remembers how far down the page was scrolled, so Back returns to the same place.

import { toSearch } from './state.js';

let renderCurrent = () => {};

if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

/** render({ scrollY }) is called on every navigation; scrollY is set when going back or forward. */
export function onNavigate(render) {
  renderCurrent = render;
  window.addEventListener('popstate', (e) => renderCurrent({
    scrollY: e.state && typeof e.state.scrollY === 'number' ? e.state.scrollY : null,
  }));
}

/** The href of a state, relative to the page ("./" for the empty state). */
export function hrefFor(state) {
  return toSearch(state) || './';
}

function go(url, replace) {
  if (replace) {
    history.replaceState({ scrollY: window.scrollY }, '', url);
  } else {
    history.replaceState({ ...(history.state || {}), scrollY: window.scrollY }, '');
    history.pushState({ scrollY: 0 }, '', url);
  }
  renderCurrent({ scrollY: null });
}

export function navigate(state, { replace = false } = {}) {
  go(new URL(hrefFor(state), location.href), replace);
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
    go(url, false);
  });
}
