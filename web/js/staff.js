// Staff session: the token lives in sessionStorage only (never in the URL), plus the metadata fields staff
// may set on upload or edit, and the message shown for a refused staff request.

import { ApiError } from './api.js';
import { el } from './dom.js';
import { FIELD_LABELS } from './labels.js';

const TOKEN_KEY = 'vankien.staffToken';

export function staffToken() {
  try {
    return sessionStorage.getItem(TOKEN_KEY) || '';
  } catch {
    return '';
  }
}

export function setStaffToken(token) {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // storage disabled: the token then lasts only for this request
  }
}

/** Fields staff set by hand, in form order, with a hint for the expected shape. */
export const EDITABLE_FIELDS = [
  ['province', 'Ví dụ: Kon Tum'],
  ['type', 'Ví dụ: Kết luận, Nghị quyết'],
  ['number', 'Ví dụ: 05-NQ/TU'],
  ['date', 'YYYY-MM-DD'],
  ['signer', 'Họ và tên'],
  ['title', 'Trích yếu'],
  ['access', 'công khai, nội bộ hoặc mật'],
];

/** Labelled text inputs for EDITABLE_FIELDS; ids are prefix + field name, values from `values`. */
export function metadataInputs(prefix, values = {}) {
  return EDITABLE_FIELDS.map(([field, hint]) => el('label', { class: 'field', for: prefix + field },
    el('span', { text: FIELD_LABELS[field] || field }),
    el('input', {
      id: prefix + field, name: field, type: 'text', placeholder: hint, autocomplete: 'off', spellcheck: 'false',
      value: values[field] == null ? '' : String(values[field]),
      pattern: field === 'date' ? '\\d{4}(-\\d{2}(-\\d{2})?)?' : null,
      title: field === 'date' ? 'Ngày dạng năm-tháng-ngày, ví dụ 2024-03-15' : null,
    })));
}

/** The server's answer to a refused staff request, in words (and its own message). */
export function staffErrorLines(e) {
  if (!(e instanceof ApiError)) return [el('strong', { text: 'Lỗi: ' }), String(e.message || e)];
  // The server's message is Vietnamese and names the field or parameter itself.
  const lead = {
    401: 'Chưa đăng nhập, hoặc mã truy cập không đúng (401): ',
    403: 'Tài khoản không có quyền làm việc này (403): ',
    400: 'Thông tin gửi lên chưa đúng (400): ',
    404: 'Không tìm thấy (404): ',
    409: 'Tệp đã thuộc một văn bản khác (409): ',
    413: 'Tệp quá lớn (413): ',
    422: 'Không đọc được tệp (422): ',
    429: 'Thao tác quá nhiều lần (429): ',
    503: 'Máy chủ đang bận (503): ',
  }[e.status] || `Lỗi${e.status ? ' ' + e.status : ''}: `;
  return [el('strong', { text: lead }), e.message];
}

/** Shows the error (or hides the box when e is null). */
export function showStaffError(box, e) {
  while (box.firstChild) box.removeChild(box.firstChild);
  box.hidden = !e;
  if (e) box.appendChild(el('p', {}, staffErrorLines(e)));
}
