// Suggestions under the search box, from GET /api/suggest, as an ARIA combobox. When the server has no
// suggest endpoint (404), suggestions turn themselves off quietly.

import * as api from './api.js';
import { clear, el } from './dom.js';
import { SUGGESTION_KINDS } from './labels.js';

const DEBOUNCE_MS = 200;
const MIN_CHARS = 2;

/**
 * What a suggestion is: its kind, and for a document its type, number and year ("tiêu đề · Nghị quyết ·
 * 01-NQ/TU · 2020"), so a resolution and the plan implementing it do not look alike.
 */
function label(s) {
  const parts = [SUGGESTION_KINDS[s.kind] || s.kind, s.type, s.number !== s.text ? s.number : null, s.year];
  return parts.filter(Boolean).join(' · ');
}

/**
 * input: the search box; list: its listbox; choose(suggestion, typed): called when the user picks one.
 * Returns cancel(): drops a pending request and closes the list (called when the form is submitted).
 */
export function attachSuggestions(input, list, choose) {
  let available = true;
  let timer = null;
  let controller = null;
  let items = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = null;
    if (controller) controller.abort();
    controller = null;
    close();
  };
  const setActive = (i) => {
    const options = list.querySelectorAll('[role=option]');
    options.forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
    active = i;
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const pick = (i) => {
    const s = items[i];
    const typed = input.value;
    cancel();
    choose(s, typed);
  };
  const show = (suggestions) => {
    items = suggestions;
    clear(list);
    if (items.length === 0) {
      close();
      return;
    }
    items.forEach((s, i) => list.appendChild(el('li', {
      id: `suggestion-${i}`, role: 'option', 'aria-selected': 'false', class: 'suggestion',
      on: {
        mousedown: (e) => e.preventDefault(), // keep focus in the box
        click: () => pick(i),
      },
    }, el('span', { class: 'suggestion-text', text: s.text }),
    s.kind ? el('span', { class: 'suggestion-kind', text: label(s) }) : null)));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  };
  const fetchNow = async (q) => {
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const r = await api.suggest(q, controller.signal);
      if (input.value.trim() === q && document.activeElement === input) show(r.suggestions || []);
    } catch (e) {
      if (e.name === 'AbortError') return;
      if (e.status === 404) available = false; // this server has no /api/suggest
      close();
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (!available || q.length < MIN_CHARS) {
      close();
      return;
    }
    timer = setTimeout(() => fetchNow(q), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && items.length > 0;
    if (e.key === 'ArrowDown' && open) {
      e.preventDefault();
      setActive((active + 1) % items.length);
    } else if (e.key === 'ArrowUp' && open) {
      e.preventDefault();
      setActive(active <= 0 ? items.length - 1 : active - 1);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return cancel;
}
