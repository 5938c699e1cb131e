// Saved searches and bookmarks with notes: on the server for a signed-in account (api/saved), in this
// browser's localStorage for a visitor who is not signed in.

import * as api from './api.js';
import { clear, el } from './dom.js';
import { hrefFor } from './router.js';
import { signedIn } from './session.js';
import { parseState, toSearch } from './state.js';

const KEY = 'vankien.saved';

function readLocal() {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) || '{}');
    return { searches: v.searches || [], bookmarks: v.bookmarks || [] };
  } catch {
    return { searches: [], bookmarks: [] };
  }
}

function writeLocal(v) {
  localStorage.setItem(KEY, JSON.stringify(v));
}

function newId() {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}

/** What this visitor saved: the account's (server) when signed in, else this browser's. */
export async function loadSaved() {
  return signedIn() ? api.savedList() : readLocal();
}

async function addSearch(name, query) {
  if (signedIn()) return api.saveSearch(name, query);
  const v = readLocal();
  v.searches.push({ id: newId(), name, query, created: new Date().toISOString() });
  writeLocal(v);
  return null;
}

async function removeSearch(id) {
  if (signedIn()) return api.deleteSavedSearch(id);
  const v = readLocal();
  v.searches = v.searches.filter((x) => x.id !== id);
  writeLocal(v);
  return null;
}

async function addBookmark(document, note, title) {
  if (signedIn()) return api.saveBookmark(document, note);
  const v = readLocal();
  const old = v.bookmarks.find((b) => b.document === document);
  if (old) Object.assign(old, { note, title });
  else v.bookmarks.push({ id: newId(), document, note, title, created: new Date().toISOString() });
  writeLocal(v);
  return null;
}

async function removeBookmark(id) {
  if (signedIn()) return api.deleteBookmark(id);
  const v = readLocal();
  v.bookmarks = v.bookmarks.filter((x) => x.id !== id);
  writeLocal(v);
  return null;
}

function where() {
  return signedIn() ? 'tài khoản của bạn' : 'trình duyệt này';
}

/** The search page's "Lưu tìm kiếm" form and the lists to reopen a saved search or a bookmarked document. */
export function savedSearches(s) {
  const query = toSearch({ ...s, page: 1, doc: '', view: '' }).replace(/^\?/, '');
  const status = el('span', { class: 'saved-status', id: 'saved-status', role: 'status', 'aria-live': 'polite' });
  const searches = el('ul', { class: 'saved-list', id: 'saved-searches' });
  const bookmarks = el('ul', { class: 'saved-list', id: 'saved-bookmarks' });
  const name = el('input', {
    type: 'text', id: 'save-search-name', maxlength: '200', 'aria-label': 'Tên tìm kiếm cần lưu',
    placeholder: 'Tên tìm kiếm', value: s.q || '',
  });
  async function refresh() {
    let v;
    try {
      v = await loadSaved();
    } catch (e) {
      status.textContent = e.message;
      return;
    }
    clear(searches);
    clear(bookmarks);
    if (v.searches.length === 0) searches.appendChild(el('li', { class: 'saved-empty', text: 'Chưa lưu tìm kiếm nào.' }));
    for (const x of v.searches) {
      searches.appendChild(el('li', {},
        el('a', { href: hrefFor(parseState(x.query)), 'data-nav': true, class: 'saved-search', text: x.name }), ' ',
        el('button', {
          type: 'button', class: 'link-button', 'aria-label': `Xóa tìm kiếm đã lưu “${x.name}”`,
          on: { click: async () => { await removeSearch(x.id); refresh(); } },
        }, 'Xóa')));
    }
    if (v.bookmarks.length === 0) bookmarks.appendChild(el('li', { class: 'saved-empty', text: 'Chưa đánh dấu văn bản nào.' }));
    for (const b of v.bookmarks) {
      bookmarks.appendChild(el('li', {},
        el('a', { href: hrefFor(parseState('doc=' + encodeURIComponent(b.document))), 'data-nav': true,
          class: 'saved-bookmark', text: b.title || b.document }),
        b.note ? el('span', { class: 'saved-note', text: ` — ${b.note}` }) : null));
    }
  }
  const form = el('form', {
    class: 'save-search', on: {
      submit: async (e) => {
        e.preventDefault();
        const n = name.value.trim() || 'Tìm kiếm';
        try {
          await addSearch(n, query);
          status.textContent = `Đã lưu tìm kiếm vào ${where()}.`;
          refresh();
        } catch (err) {
          status.textContent = err.message;
        }
      },
    },
  }, name, ' ', el('button', { type: 'submit', class: 'button', id: 'save-search', disabled: query ? null : true },
    'Lưu tìm kiếm'), ' ', status);
  refresh();
  return el('div', { class: 'saved-panel' }, form,
    el('details', { class: 'saved-lists', id: 'saved-lists' },
      el('summary', { text: 'Tìm kiếm đã lưu và văn bản đã đánh dấu' }),
      el('h3', { text: 'Tìm kiếm đã lưu' }), searches,
      el('h3', { text: 'Văn bản đã đánh dấu' }), bookmarks));
}

/** The document page's bookmark: a note and "Đánh dấu" (or the bookmark already made, to change or remove). */
export function bookmarkBox(d, title) {
  const status = el('span', { class: 'saved-status', id: 'bookmark-status', role: 'status', 'aria-live': 'polite' });
  const note = el('textarea', { id: 'bookmark-note', rows: '2', maxlength: '2000', 'aria-label': 'Ghi chú đánh dấu',
    placeholder: 'Ghi chú (không bắt buộc)' });
  const remove = el('button', { type: 'button', class: 'link-button', id: 'bookmark-remove', hidden: true }, 'Bỏ đánh dấu');
  let current = null;
  loadSaved().then((v) => {
    current = v.bookmarks.find((b) => b.document === d.id) || null;
    if (current) {
      note.value = current.note || '';
      remove.hidden = false;
      status.textContent = 'Văn bản này đã được đánh dấu.';
    }
  }).catch(() => {});
  remove.addEventListener('click', async () => {
    if (!current) return;
    try {
      await removeBookmark(current.id);
      current = null;
      remove.hidden = true;
      status.textContent = 'Đã bỏ đánh dấu.';
    } catch (e) {
      status.textContent = e.message;
    }
  });
  const form = el('form', {
    class: 'bookmark', on: {
      submit: async (e) => {
        e.preventDefault();
        try {
          const b = await addBookmark(d.id, note.value.trim(), title);
          current = b || readLocal().bookmarks.find((x) => x.document === d.id) || null;
          remove.hidden = false;
          status.textContent = `Đã đánh dấu vào ${where()}.`;
        } catch (err) {
          status.textContent = err.message;
        }
      },
    },
  }, note, ' ', el('button', { type: 'submit', class: 'button', id: 'bookmark' }, 'Đánh dấu'), ' ', remove, ' ', status);
  return el('section', { class: 'bookmark-box', 'aria-label': 'Đánh dấu văn bản' }, form);
}
