// The audit log for admins (?view=audit): the last events, newest first.

import * as api from './api.js';
import { clear, el } from './dom.js';
import { FIELD_LABELS, ROLE_LABELS, formatDateTime } from './labels.js';

const EVENT_LABELS = {
  login: 'Đăng nhập', 'login-failed': 'Đăng nhập sai', 'login-throttled': 'Đăng nhập bị chặn tạm',
  logout: 'Đăng xuất', upload: 'Tải lên', edit: 'Sửa thông tin', delete: 'Xóa', view: 'Xem văn bản mật',
  download: 'Tải bản gốc văn bản mật', export: 'Xuất danh sách', 'new-version': 'Tải lên phiên bản mới',
};

/** The keys of an event's detail that are not metadata fields. */
const DETAIL_LABELS = {
  file: 'tệp', outcome: 'kết quả', version: 'bản', sha256: 'SHA-256', replaced: 'thay bản SHA-256',
  bulk: 'sửa hàng loạt',
};

const OUTCOME_LABELS = {
  ingested: 'đã nhập', created: 'đã nhập', replaced: 'đã thay bản', unchanged: 'không đổi',
  'source-added': 'thêm tên tệp cho văn bản đã có', skipped: 'bỏ qua',
};

/** An event's detail in words: "tệp: a.txt · kết quả: đã nhập"; an edit's fields by their labels. */
function detailText(e) {
  const d = e.detail;
  if (d === null || d === undefined) return '';
  if (typeof d === 'string') return e.event === 'export' ? `Điều kiện: ${decodeURIComponent(d.replace(/\+/g, ' '))}` : d;
  if (typeof d !== 'object') return String(d);
  return Object.entries(d).map(([k, v]) => {
    const label = DETAIL_LABELS[k] || FIELD_LABELS[k] || k;
    if (k === 'bulk') return v ? label : '';
    let value;
    if (v === null) value = '(xóa)';
    else if (k === 'outcome') value = OUTCOME_LABELS[v] || v;
    else if (Array.isArray(v)) value = v.join('; ');
    else value = String(v);
    return `${label}: ${value}`;
  }).filter(Boolean).join(' · ');
}

export async function showAudit(view, s, ctx) {
  document.title = 'Nhật ký | Văn kiện';
  const answer = await api.auditEvents(500);
  ctx.signal.throwIfAborted();
  const events = (answer.events || []).slice().reverse();
  clear(view).appendChild(el('div', { class: 'audit-page' },
    el('p', { class: 'back' }, el('a', { href: './', 'data-nav': true }, '‹ Về trang tìm kiếm')),
    el('h2', { id: 'audit-title', tabindex: '-1', text: `Nhật ký hoạt động (${events.length} sự kiện gần nhất)` }),
    el('table', { class: 'audit-table', id: 'audit-table' },
      el('thead', {}, el('tr', {}, ['Thời gian', 'Sự kiện', 'Tài khoản', 'Từ', 'Văn bản', 'Chi tiết']
        .map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, events.map((e) => el('tr', {},
        el('td', { text: formatDateTime(e.time) }),
        el('td', { text: EVENT_LABELS[e.event] || e.event }),
        el('td', { text: [e.account, e.role ? ROLE_LABELS[e.role] || e.role : null].filter(Boolean).join(' · ') }),
        el('td', { text: e.from || '' }),
        el('td', {}, e.document ? el('a', { href: '?doc=' + encodeURIComponent(e.document), 'data-nav': true },
          e.document) : ''),
        el('td', { text: detailText(e) })))))));
}
