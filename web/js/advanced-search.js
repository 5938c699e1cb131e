// The advanced search: the words, one input per field of the query syntax (number:, title:, signer:,
// cites:... as the server lists them), one per facet, and a year range. It writes the query in the search
// syntax and shows it as the user types, so the syntax is there to see and learn; a field or facet the
// server registers appears here without a change (catalog.js).

import { CATALOG } from './catalog.js';
import { el } from './dom.js';
import { FACET_LABELS, valueLabel } from './labels.js';
import { navigate } from './router.js';
import { MULTI, boundYear, withChanges } from './state.js';

let open = false; // kept across renders: the panel stays open while the user refines

/** Splits q into the values of the given fields ({signer: 'Nguyễn Văn A'}) and the rest (words). */
export function splitQuery(q, names) {
  const fields = {};
  let rest = q || '';
  for (const name of names) {
    const m = new RegExp(`(^|\\s)${name}:(?:"([^"]*)"|(\\S+))`, 'i').exec(rest);
    if (m) {
      fields[name] = (m[2] !== undefined ? m[2] : m[3]).trim();
      rest = rest.slice(0, m.index) + m[1] + rest.slice(m.index + m[0].length);
    }
  }
  return { fields, words: rest.replace(/\s+/g, ' ').trim() };
}

/** The query for words and field values: nông nghiệp number:05-NQ/TU signer:"Nguyễn Văn Mẫu". */
export function joinQuery(words, fields) {
  const parts = words ? [words.trim()] : [];
  for (const [name, value] of Object.entries(fields)) {
    const v = (value || '').replace(/"/g, '').trim();
    if (v) parts.push(/\s/.test(v) ? `${name}:"${v}"` : `${name}:${v}`);
  }
  return parts.join(' ');
}

/** The panel for state s; facets: the current answer's, whose values the facet inputs offer. */
export function advancedSearch(s, facets) {
  const names = CATALOG.queryFields.map((f) => f.name);
  const relations = CATALOG.relations || [];
  const relationNames = relations.map((r) => r.name);
  const { fields, words: rest } = splitQuery(s.q, names);
  // a relation field (implements:48-KL/TW): one relation and its symbol, chosen in one row
  const related = splitQuery(rest, relationNames);
  const words = related.words;
  const [relationName, relationSymbol] = Object.entries(related.fields)[0] || [relationNames[0], ''];
  const relationSelect = el('select', { id: 'adv-relation', name: 'relation' },
    relations.map((r) => el('option', { value: r.name, selected: r.name === relationName, text: r.label })));
  const relationInput = el('input', {
    type: 'text', id: 'adv-relation-symbol', name: 'relationSymbol', value: relationSymbol || null,
    placeholder: 'ví dụ: 48-KL/TW', spellcheck: 'false',
  });
  const relationRow = relations.length === 0 ? null : el('div', { class: 'adv-row' },
    el('label', { for: relationInput.id }, 'Quan hệ trích dẫn ', el('code', { class: 'syntax', text: '“implements:”, “basis:”…' })),
    relationSelect, relationInput);
  const wordsInput = el('input', { type: 'search', id: 'adv-words', name: 'words', value: words || null,
    spellcheck: 'false' });
  const fieldInputs = {};
  const fieldRows = CATALOG.queryFields.map((f) => {
    const input = el('input', {
      type: 'text', id: `adv-field-${f.name}`, name: f.name, value: fields[f.name] || null,
      placeholder: `ví dụ: ${f.example || ''}`, spellcheck: 'false', dataset: { field: f.name },
    });
    fieldInputs[f.name] = input;
    return el('div', { class: 'adv-row' },
      el('label', { for: input.id }, f.label, ' ', el('code', { class: 'syntax', text: `“${f.name}:”` })),
      input);
  });
  const facetInputs = {};
  const facetRows = MULTI.map((dim) => {
    const chosen = s[dim] || [];
    const listId = `adv-values-${dim}`;
    const input = el('input', {
      type: 'text', id: `adv-facet-${dim}`, name: dim, list: listId, dataset: { facet: dim },
      value: chosen.length === 1 ? chosen[0] : null,
      placeholder: chosen.length > 1 ? `${chosen.length} giá trị đang chọn` : null,
    });
    facetInputs[dim] = input;
    return el('div', { class: 'adv-row' },
      el('label', { for: input.id, text: FACET_LABELS[dim] || dim }),
      input,
      el('datalist', { id: listId }, (facets[dim] || []).map((v) => el('option', {
        value: v.value, label: valueLabel(dim, v.value) !== v.value ? valueLabel(dim, v.value) : null,
      }))));
  });
  const yearAttrs = { type: 'number', inputmode: 'numeric', min: '1930', max: '2100', step: '1', class: 'year-input' };
  const yearFrom = el('input', { ...yearAttrs, id: 'adv-year-from', name: 'yearFrom', value: boundYear(s.from) || null });
  const yearTo = el('input', { ...yearAttrs, id: 'adv-year-to', name: 'yearTo', value: boundYear(s.to) || null });

  const fieldValues = () => ({
    ...Object.fromEntries(names.map((n) => [n, fieldInputs[n].value])),
    ...(relations.length ? { [relationSelect.value]: relationInput.value } : {}),
  });
  const preview = el('output', { class: 'adv-query',
    for: ['adv-words', ...names.map((n) => `adv-field-${n}`), 'adv-relation-symbol'].join(' ') });
  const showQuery = () => {
    const q = joinQuery(wordsInput.value, fieldValues());
    preview.textContent = q ? `“${q}”` : '(chưa nhập điều kiện nào trong nội dung)';
  };
  showQuery();

  const submit = (e) => {
    e.preventDefault();
    const changes = { q: joinQuery(wordsInput.value, fieldValues()), doc: '' };
    for (const dim of MULTI) {
      const v = facetInputs[dim].value.trim();
      const chosen = s[dim] || [];
      changes[dim] = v ? [v] : chosen.length > 1 ? chosen : [];
    }
    // a year typed sets the bound to that year; an emptied year box clears a year bound (a day range set
    // in the sidebar stays)
    const bound = (input, current) => input.value.trim() || (boundYear(current) ? '' : current || '');
    changes.from = bound(yearFrom, s.from);
    changes.to = bound(yearTo, s.to);
    navigate(withChanges(s, changes));
  };
  const reset = () => {
    wordsInput.value = '';
    Object.values(fieldInputs).forEach((i) => { i.value = ''; });
    relationInput.value = '';
    Object.values(facetInputs).forEach((i) => { i.value = ''; i.placeholder = ''; });
    yearFrom.value = '';
    yearTo.value = '';
    showQuery();
  };

  const details = el('details', {
    class: 'advanced', id: 'advanced-search', open,
    on: { toggle: (e) => { open = e.currentTarget.open; } },
  },
  el('summary', { dataset: { focusKey: 'advanced' } }, 'Tìm nâng cao'),
  el('form', { class: 'advanced-form', role: 'search', 'aria-label': 'Tìm nâng cao', on: { submit, input: showQuery } },
    el('fieldset', { class: 'adv-group' },
      el('legend', { text: 'Trong nội dung' }),
      el('div', { class: 'adv-row' }, el('label', { for: 'adv-words', text: 'Các từ cần tìm' }), wordsInput),
      fieldRows, relationRow),
    el('fieldset', { class: 'adv-group' },
      el('legend', { text: 'Bộ lọc' }),
      facetRows),
    el('fieldset', { class: 'adv-group adv-years' },
      el('legend', { text: 'Khoảng năm ban hành' }),
      el('div', { class: 'adv-row' }, el('label', { for: 'adv-year-from', text: FACET_LABELS.yearFrom }), yearFrom),
      el('div', { class: 'adv-row' }, el('label', { for: 'adv-year-to', text: FACET_LABELS.yearTo }), yearTo)),
    el('p', { class: 'adv-preview' }, 'Câu tìm tương ứng (gõ thẳng vào ô tìm kiếm cũng được): ', preview),
    el('div', { class: 'adv-actions' },
      el('button', { type: 'submit', class: 'button primary', id: 'adv-submit' }, 'Tìm'),
      el('button', { type: 'button', class: 'link-button', on: { click: reset } }, 'Xóa hết'))));
  return details;
}
