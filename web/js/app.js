// Entry point: reads the state from the URL, shows the search page, a document or the upload page, keeps
// history.

import { ApiError } from './api.js';
import { loadCatalog } from './catalog.js';
import { clear, el } from './dom.js';
import { showDocument } from './document-view.js';
import { showSymbol } from './symbol-view.js';
import { FACET_LABELS, RETRY_LABELS } from './labels.js';
import { hrefFor, interceptLinks, navigate, onNavigate } from './router.js';
import { showSearch } from './search-view.js';
import { showUpload } from './upload-view.js';
import { showLogin } from './login-view.js';
import { showAudit } from './audit-view.js';
import { loadUser, mayUpload, onUserChange, renderAccount, signOut } from './session.js';
import { showReview } from './review-view.js';
import { parseState, withChanges } from './state.js';
import { attachSuggestions } from './suggest.js';

const view = document.getElementById('view');
const main = document.getElementById('main');
const errorBox = document.getElementById('error');
const form = document.getElementById('search-form');
const input = document.getElementById('q');

let controller = null;
let catalogError = null;
let lastKind = null;

function showError(e) {
  clear(errorBox);
  if (!e) {
    errorBox.hidden = true;
    return;
  }
  // The server's message is Vietnamese and names the parameter itself.
  const message = e instanceof ApiError
    ? [el('strong', { text: e.status === 404 ? 'Không tìm thấy: ' : e.status === 400 ? 'Yêu cầu chưa đúng: ' : 'Lỗi: ' }),
      e.message]
    : [el('strong', { text: 'Lỗi trên trang: ' }), 'trang gặp sự cố ngoài dự kiến; hãy tải lại trang.'];
  errorBox.appendChild(el('p', {}, message));
  errorBox.hidden = false;
}

async function render({ scrollY = null } = {}) {
  const s = parseState(location.search);
  input.value = s.q;
  const focusKey = document.activeElement && document.activeElement.dataset
    ? document.activeElement.dataset.focusKey : null;
  if (controller) controller.abort();
  const mine = new AbortController();
  controller = mine;
  const kind = ['upload', 'login', 'audit', 'review'].includes(s.view) ? s.view : s.doc ? 'doc:' + s.doc
    : s.symbol ? 'symbol:' + s.symbol : 'search';
  main.setAttribute('aria-busy', 'true');
  try {
    if (kind === 'upload') await showUpload(view, s, { signal: mine.signal });
    else if (kind === 'login') await showLogin(view, s, { signal: mine.signal });
    else if (kind === 'audit') await showAudit(view, s, { signal: mine.signal });
    else if (kind === 'review') await showReview(view, s, { signal: mine.signal });
    else if (s.doc) await showDocument(view, s, { signal: mine.signal });
    else if (s.symbol) await showSymbol(view, s, { signal: mine.signal });
    else await showSearch(view, s, { signal: mine.signal });
    showError(catalogError);
    if (scrollY !== null) window.scrollTo(0, scrollY);
    else restoreFocus(focusKey, kind);
    announce();
  } catch (e) {
    if (e.name === 'AbortError' || mine !== controller) return;
    showError(e);
    if (kind === 'search') clear(view).appendChild(recovery(s, e));
    else clear(view).appendChild(el('p', {}, el('a', { href: './', 'data-nav': true }, '‹ Về trang tìm kiếm')));
  } finally {
    if (mine === controller) {
      main.removeAttribute('aria-busy');
      lastKind = kind;
      // Tells tests (and anyone watching) that the page now shows this URL's state.
      document.documentElement.dataset.rendered = location.search || '?';
    }
  }
}

/** Tells screen readers what the page now shows (the results count or the document's title). */
function announce() {
  const heading = view.querySelector('#results-heading, #doc-title, #upload-title, #login-title, #audit-title, #review-title, #symbol-title');
  document.getElementById('status').textContent = heading ? heading.textContent : '';
}

/**
 * After a failed search: a way out. A malformed query is offered without its faulty part (the server says
 * which, in retry); else the parameter the server named is dropped.
 */
function recovery(s, e) {
  const param = e instanceof ApiError ? e.parameter : null;
  const links = [];
  if (param === 'q' && e.retry !== null && e.retry !== s.q) {
    links.push(el('li', {}, el('a', {
      href: hrefFor(withChanges(s, { q: e.retry })), 'data-nav': true, class: 'retry', dataset: { code: e.code || '' },
    }, `${RETRY_LABELS[e.code] || 'Tìm lại, bỏ phần viết sai'}: “${e.retry}”`)));
  }
  if (param && param in s) {
    const empty = Array.isArray(s[param]) ? [] : '';
    const changes = param === 'from' || param === 'to' ? { from: '', to: '' } : { [param]: empty };
    const what = param === 'from' || param === 'to' ? 'khoảng ngày'
      : param === 'q' ? 'từ khóa' : `bộ lọc “${FACET_LABELS[param] || param}”`;
    links.push(el('li', {}, el('a', { href: hrefFor(withChanges(s, changes)), 'data-nav': true },
      `Bỏ ${what} và tìm lại`)));
  }
  links.push(el('li', {}, el('a', { href: './', 'data-nav': true }, 'Về trang tìm kiếm')));
  return el('ul', { class: 'recovery' }, links);
}

/**
 * After a re-render, focus returns to the control the user was on; when that control is gone (a link that
 * led here) or the page changed kind, focus moves to the new page's heading, so keyboard users go on from
 * there.
 */
function restoreFocus(focusKey, kind) {
  if (focusKey) {
    const again = [...view.querySelectorAll('[data-focus-key]')].find((n) => n.dataset.focusKey === focusKey);
    if (again) {
      again.focus();
      return;
    }
  }
  const lost = !document.activeElement || document.activeElement === document.body;
  if (lastKind !== null && document.activeElement !== input && (lost || kind !== lastKind)) {
    const heading = view.querySelector('#doc-title, #results-heading, #upload-title, #login-title, #audit-title, #review-title, #symbol-title');
    if (heading) heading.focus({ preventScroll: true });
    if (kind !== lastKind || lost) window.scrollTo(0, 0);
  }
}

const cancelSuggestions = attachSuggestions(input, document.getElementById('suggestions'), (suggestion, typed) => {
  const s = parseState(location.search);
  if (suggestion.id && suggestion.kind !== 'signer') {
    navigate({ ...withChanges(s, { q: typed.trim() }), doc: suggestion.id });
  } else if (suggestion.kind === 'signer') {
    navigate(withChanges(s, { q: '', signer: [suggestion.text], doc: '' }));
  } else {
    input.value = suggestion.text;
    navigate(withChanges(s, { q: suggestion.text, doc: '' }));
  }
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  cancelSuggestions();
  const s = parseState(location.search);
  navigate(withChanges(s, { q: input.value.trim(), doc: '' }));
});

document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t.closest && t.closest('input, textarea, select, [contenteditable]')) return;
  e.preventDefault();
  input.focus();
  input.select();
});

window.addEventListener('unhandledrejection', (e) => showError(e.reason || new Error('?')));

const accountBox = document.getElementById('account');
const uploadLink = document.getElementById('upload-link');
onUserChange(() => { uploadLink.hidden = !mayUpload(); });
onUserChange(() => renderAccount(accountBox, {
  onSignOut: async () => {
    await signOut().catch(showError);
    navigate({ ...parseState(''), view: '' });
  },
}));

interceptLinks(document.body);
onNavigate(render);
// The filters and the advanced search are built from the server's list of facets: read it first. Without
// it the page still searches, with no filters to tick, and says what went wrong.
Promise.all([loadUser(), loadCatalog().catch((e) => { catalogError = e; })]).then(() => render());
