// The audit log for admins (?view=audit): the last events, newest first.

import * as api from './api.js';
import { clear, el } from './dom.js';
import { formatDateTime } from './labels.js';

const EVENT_LABELS = {
  login: 'Đăng nhập', 'login-failed': 'Đăng nhập sai', 'login-throttled': 'Đăng nhập bị chặn tạm',
  logout: 'Đăng xuất', upload: 'Tải lên', edit: 'Sửa thông tin', delete: 'Xóa', view: 'Xem văn bản mật',
  download: 'Tải bản gốc văn bản mật', export: 'Xuất danh sách', 'new-version': 'Tải lên phiên bản mới',
};

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
        el('td', { text: [e.account, e.role].filter(Boolean).join(' · ') }),
        el('td', { text: e.from || '' }),
        el('td', {}, e.document ? el('a', { href: '?doc=' + encodeURIComponent(e.document), 'data-nav': true },
          e.document) : ''),
        el('td', { text: e.detail == null ? '' : JSON.stringify(e.detail) })))))));
}
