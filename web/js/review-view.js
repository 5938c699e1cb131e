// The review queue for archivists (?view=review): documents whose number, date, title, province or issuer is
// missing or uncertain, each value with the line of the text it came from; filtered as search is (query,
// province, type, year) and by what is missing; several documents selected get one field set at once.

import * as api from './api.js';
import { clear, el } from './dom.js';
import {
  ACCESS_VALUES, BULK_FIELDS, FACET_LABELS, FIELD_LABELS, LEVEL_CODES, PROBLEM_LABELS, PROVENANCE_LABELS,
  formatCount, formatDate, valueLabel,
} from './labels.js';
import { hrefFor, navigate } from './router.js';
import { showStaffError, staffToken } from './staff.js';
import { apiParams, withChanges } from './state.js';

const CHECKED = ['number', 'date', 'title', 'province', 'issuer'];
const PAGE_SIZE = 20;
// The levels a record holds (labels.js also names a few the extractor never writes).
const BULK_LEVELS = LEVEL_CODES.filter((c) => ['central', 'provincial', 'district', 'commune'].includes(c));
let flash = ''; // what the last bulk edit did, shown once by the page it reloads

export async function showReview(view, s, ctx) {
  document.title = 'Rà soát thông tin văn bản | Văn kiện';
  const state = { ...s, size: s.size === 10 ? PAGE_SIZE : s.size };
  const params = apiParams(state);
  for (const p of s.problem) params.append('problem', p);
  const r = await api.reviewQueue(params, ctx.signal);
  ctx.signal.throwIfAborted();
  clear(view).appendChild(page(s, r));
}

function page(s, r) {
  const error = el('div', { id: 'review-error', class: 'form-error', role: 'alert', hidden: true });
  const done = el('p', { id: 'review-done', class: 'notice', role: 'status', hidden: !flash, text: flash });
  flash = '';
  const table = reviewTable(s, r);
  return el('div', { class: 'review-page' },
    el('p', { class: 'back' }, el('a', { href: './', 'data-nav': true }, '‹ Về trang tìm kiếm')),
    el('h2', { id: 'review-title', tabindex: '-1', text: `Rà soát thông tin văn bản: ${formatCount(r.total)} văn bản cần xem lại` }),
    el('p', { class: 'hint', text: 'Văn bản thiếu số hiệu, ngày ban hành, trích yếu, tỉnh hoặc cơ quan ban hành, hoặc có giá trị '
      + 'do máy trích chưa chắc chắn. Mỗi giá trị kèm dòng văn bản mà nó được lấy ra. Giá trị cán bộ đã sửa không bị coi là chưa chắc chắn.' }),
    filters(s, r),
    r.items.length ? bulkForm(s, table, error, done) : null,
    error,
    done,
    r.items.length ? table : el('p', { class: 'empty', id: 'review-empty', text: 'Không có văn bản nào cần rà soát với các điều kiện này.' }),
    pager(s, r));
}

/** Query and filters as search takes them, plus which missing or uncertain fields to list. */
function filters(s, r) {
  const q = el('input', { id: 'review-q', name: 'q', type: 'search', value: s.q || null, spellcheck: 'false' });
  const province = el('input', { id: 'review-province', name: 'province', type: 'text', value: s.province[0] || null });
  const type = el('input', { id: 'review-type', name: 'type', type: 'text', value: s.type[0] || null });
  const year = el('input', {
    id: 'review-year', name: 'year', type: 'text', inputmode: 'numeric', pattern: '\\d{4}', value: s.year[0] || null,
    title: 'Năm có bốn chữ số, ví dụ 2021',
  });
  const boxes = CHECKED.map((field) => {
    const id = `review-problem-${field}`;
    return el('label', { for: id, class: 'problem-choice' },
      el('input', { type: 'checkbox', id, name: 'problem', value: field, checked: s.problem.includes(field) }),
      ` ${PROBLEM_LABELS[field]} hoặc chưa chắc chắn (${formatCount((r.counts || {})[field] || 0)})`);
  });
  const form = el('form', { id: 'review-filters', class: 'review-filters' },
    el('label', { for: 'review-q' }, 'Từ khóa', q),
    el('label', { for: 'review-province' }, FACET_LABELS.province, province),
    el('label', { for: 'review-type' }, FACET_LABELS.type, type),
    el('label', { for: 'review-year' }, FACET_LABELS.year, year),
    el('fieldset', {}, el('legend', { text: 'Chỉ liệt kê văn bản' }), boxes),
    el('button', { type: 'submit', class: 'button', id: 'review-filter-submit' }, 'Lọc'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const one = (input) => (input.value.trim() ? [input.value.trim()] : []);
    navigate(withChanges(s, {
      view: 'review', q: q.value.trim(), province: one(province), type: one(type), year: one(year),
      problem: [...form.querySelectorAll('input[name=problem]:checked')].map((b) => b.value),
    }));
  });
  return form;
}

function reviewTable(s, r) {
  const all = el('input', {
    type: 'checkbox', id: 'review-select-all', 'aria-label': 'Chọn tất cả văn bản trên trang này',
    on: { change: (e) => table.querySelectorAll('input.review-select').forEach((b) => { b.checked = e.target.checked; }) },
  });
  const table = el('table', { class: 'review-table', id: 'review-table' },
    el('caption', { class: 'visually-hidden', text: 'Văn bản cần rà soát, kèm nguồn của từng giá trị' }),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, all),
      el('th', { scope: 'col', text: 'Văn bản' }),
      el('th', { scope: 'col', text: 'Cần xem lại' }),
      CHECKED.map((f) => el('th', { scope: 'col', text: FIELD_LABELS[f] || f })))),
    el('tbody', {}, r.items.map((item) => row(s, item))));
  return table;
}

function row(s, item) {
  const label = item.title || item.source || item.id;
  return el('tr', { dataset: { id: item.id } },
    el('td', {}, el('input', {
      type: 'checkbox', class: 'review-select', value: item.id, 'aria-label': `Chọn văn bản ${label}`,
    })),
    el('td', {},
      el('a', { href: hrefFor({ ...s, view: '', problem: [], doc: item.id }), 'data-nav': true, text: label }),
      el('span', { class: 'source-line', text: [item.type, item.level ? valueLabel('level', item.level) : null,
        item.access, item.source].filter(Boolean).join(' · ') })),
    el('td', {}, item.problems.map((p) => el('span', { class: 'problem', dataset: { problem: p }, text: PROBLEM_LABELS[p] || p }))),
    CHECKED.map((field) => cell(field, (item.values || {})[field] || {})));
}

function cell(field, v) {
  if (v.value === null || v.value === undefined || v.value === '') {
    return el('td', { dataset: { field } }, el('span', { class: 'missing', text: 'chưa có' }));
  }
  const [tag, explain] = PROVENANCE_LABELS[v.provenance] || [v.provenance, v.provenance];
  return el('td', { dataset: { field } },
    el('span', { class: 'value', text: field === 'date' ? formatDate(v.value) : v.value }),
    ' ',
    el('span', { class: `prov prov-${v.provenance}`, title: explain, dataset: { provenance: v.provenance } }, tag),
    el('span', {
      class: 'source-line',
      text: v.line ? `Dòng gốc: “${v.line}”` : 'Không thấy dòng nào trong văn bản ghi đúng giá trị này',
    }));
}

/** One field, one value, for every selected document; each document is edited as a single edit would. */
function bulkForm(s, table, error, done) {
  const field = el('select', { id: 'bulk-field', name: 'field' },
    Object.entries(BULK_FIELDS).map(([value, label]) => el('option', { value }, label)));
  const valueBox = el('span', { class: 'bulk-value' });
  let input = null;
  const renderValue = () => {
    const f = field.value;
    if (f === 'level') {
      input = el('select', { id: 'bulk-value', name: 'value' },
        BULK_LEVELS.map((c) => el('option', { value: c }, valueLabel('level', c))));
    } else if (f === 'access') {
      input = el('select', { id: 'bulk-value', name: 'value' }, ACCESS_VALUES.map((a) => el('option', { value: a }, a)));
    } else {
      input = el('input', {
        id: 'bulk-value', name: 'value', type: 'text', required: true, autocomplete: 'off',
        placeholder: f === 'province' ? 'Ví dụ: Hà Nam' : 'Ví dụ: Nghị quyết',
      });
    }
    clear(valueBox).appendChild(el('label', { for: 'bulk-value' }, 'Giá trị mới', input));
  };
  field.addEventListener('change', renderValue);
  renderValue();
  const form = el('form', { id: 'bulk-edit', class: 'bulk-edit', 'aria-label': 'Sửa hàng loạt' },
    el('label', { for: 'bulk-field' }, 'Sửa trường', field),
    valueBox,
    el('button', { type: 'submit', class: 'button primary', id: 'bulk-submit' }, 'Sửa các văn bản đã chọn'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const ids = [...table.querySelectorAll('input.review-select:checked')].map((b) => b.value);
    if (ids.length === 0) {
      showStaffError(error, new Error('Chưa chọn văn bản nào.'));
      return;
    }
    showStaffError(error, null);
    try {
      const answer = await api.bulkEdit(ids, field.value, input.value.trim(), staffToken());
      const failed = answer.failed || [];
      if (failed.length) {
        showStaffError(error, new Error(`${failed.length} văn bản không sửa được: `
          + failed.map((f) => `${f.id}: ${f.error}`).join(' ')));
      }
      flash = `Đã sửa ${answer.edited.length} văn bản: ${BULK_FIELDS[field.value]} là “${
        field.value === 'level' ? valueLabel('level', input.value) : input.value.trim()}”.`;
      if (failed.length === 0) navigate(s, { replace: true });
      else {
        done.textContent = flash;
        done.hidden = false;
        flash = '';
      }
    } catch (err) {
      showStaffError(error, err);
    }
  });
  return form;
}

function pager(s, r) {
  const pages = Math.ceil(r.total / r.size);
  if (pages <= 1) return null;
  const link = (p, text) => el('a', { href: hrefFor(withChanges(s, { view: 'review', page: p })), 'data-nav': true }, text);
  return el('nav', { class: 'pagination', 'aria-label': 'Phân trang' },
    r.page > 1 ? link(r.page - 1, '‹ Trang trước') : null,
    el('span', { class: 'page-of', text: ` Trang ${r.page}/${pages} ` }),
    r.page < pages ? link(r.page + 1, 'Trang sau ›') : null);
}
