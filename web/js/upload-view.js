// The staff upload page (?view=upload): signed in as staff (or an API token typed here), files, optional
// metadata; each file's result as a link to the new document or its error.

import * as api from './api.js';
import { clear, el } from './dom.js';
import { hrefFor } from './router.js';
import { isStaff, signedIn, staffActionsOn, user } from './session.js';
import { EDITABLE_FIELDS, metadataInputs, setStaffToken, showStaffError, staffToken } from './staff.js';
import { parseState } from './state.js';

export async function showUpload(view) {
  document.title = 'Tải văn bản lên | Văn kiện';
  if (!staffActionsOn() || (signedIn() && !isStaff())) {
    clear(view).appendChild(uploadOff());
    return;
  }
  const bySession = isStaff();
  const token = el('input', {
    id: 'staff-token', name: 'token', type: 'password', autocomplete: 'off', required: !bySession,
    value: staffToken(), 'aria-describedby': 'staff-token-help',
  });
  const files = el('input', { id: 'upload-files', name: 'file', type: 'file', multiple: true, required: true });
  const error = el('div', { id: 'upload-error', class: 'form-error', role: 'alert', hidden: true });
  const results = el('section', { id: 'upload-results', class: 'upload-results', 'aria-live': 'polite', hidden: true });
  const submit = el('button', { type: 'submit', class: 'button primary', id: 'upload-submit' }, 'Tải lên');

  const form = el('form', { id: 'upload-form', class: 'staff-form', novalidate: false },
    bySession ? el('p', { class: 'hint', id: 'upload-as' }, `Tải lên với tài khoản ${user().name}.`) : null,
    el('fieldset', { hidden: bySession },
      el('legend', { text: 'Mã truy cập API, khi không đăng nhập' }),
      el('label', { class: 'field', for: 'staff-token' }, el('span', { text: 'Mã truy cập' }), token),
      el('p', { id: 'staff-token-help', class: 'hint' },
        'Chỉ giữ trong phiên làm việc của thẻ trình duyệt này, không ghi vào địa chỉ trang. ',
        el('button', {
          type: 'button', class: 'link-button', id: 'forget-token',
          on: { click: () => { setStaffToken(''); token.value = ''; token.focus(); } },
        }, 'Xóa mã đã nhập'))),
    el('fieldset', {},
      el('legend', { text: 'Tệp' }),
      el('label', { class: 'field', for: 'upload-files' },
        el('span', { text: 'Chọn một hoặc nhiều tệp (PDF, Word, văn bản…)' }), files)),
    el('fieldset', {},
      el('legend', { text: 'Thông tin văn bản (không bắt buộc)' }),
      el('p', { class: 'hint', text: 'Chỉ các ô đã điền được gửi; chúng thay cho thông tin tự trích và được ghi là “đã sửa”.' }),
      el('div', { class: 'field-grid' }, metadataInputs('up-'))),
    el('p', { class: 'form-actions' }, submit),
    error);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const meta = {};
    for (const [field] of EDITABLE_FIELDS) {
      const v = form.elements[field].value.trim();
      if (v) meta[field] = v;
    }
    setStaffToken(token.value.trim());
    submit.disabled = true;
    form.setAttribute('aria-busy', 'true');
    showStaffError(error, null);
    try {
      const answer = await api.uploadDocuments([...files.files], meta, token.value.trim());
      showResults(results, answer.documents || []);
      files.value = '';
    } catch (err) {
      if (err instanceof api.ApiError && err.status === 401) setStaffToken('');
      showStaffError(error, err);
    } finally {
      submit.disabled = false;
      form.removeAttribute('aria-busy');
    }
  });

  clear(view).appendChild(el('div', { class: 'upload-page' },
    el('p', { class: 'back' }, el('a', { href: './', 'data-nav': true }, '‹ Về trang tìm kiếm')),
    el('h2', { id: 'upload-title', tabindex: '-1', text: 'Tải văn bản lên (dành cho cán bộ lưu trữ)' }),
    form,
    results));
}

/** No form: this server has no staff account (or this account may not upload), and what to do about it. */
function uploadOff() {
  const off = !staffActionsOn();
  return el('div', { class: 'upload-page' },
    el('p', { class: 'back' }, el('a', { href: './', 'data-nav': true }, '‹ Về trang tìm kiếm')),
    el('h2', { id: 'upload-title', tabindex: '-1', text: 'Tải văn bản lên' }),
    el('p', { class: 'notice', id: 'upload-off', role: 'status' }, off
      ? 'Máy chủ này chưa bật chức năng tải lên và sửa văn bản: chưa có tài khoản cán bộ lưu trữ nào. '
        + 'Quản trị viên tạo tài khoản trên máy chủ bằng lệnh '
      : `Tài khoản ${user().name} chỉ có quyền đọc, không tải lên được. Hãy đăng nhập bằng tài khoản cán bộ lưu trữ, `
        + 'hoặc nhờ quản trị viên cấp quyền bằng lệnh ',
    el('code', { text: 'vankien user add <tên> --role staff' }), '.'));
}

function showResults(box, documents) {
  const ok = documents.filter((d) => d.id).length;
  clear(box).appendChild(el('h3', { text: `Kết quả: ${ok}/${documents.length} tệp đã vào kho` }));
  box.appendChild(el('ul', {}, documents.map((d) => el('li', {
    class: d.id ? 'upload-ok' : 'upload-failed', dataset: { file: d.file || '' },
  },
  el('span', { class: 'upload-file', text: (d.file || '') + ': ' }),
  d.id
    ? el('a', { href: hrefFor({ ...parseState(''), doc: d.id }), 'data-nav': true, dataset: { id: d.id } }, 'Mở văn bản')
    : el('span', { class: 'upload-error', text: d.error || 'Không nhập được tệp vào kho.' })))));
  box.hidden = false;
}
