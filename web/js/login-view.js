// The sign-in page (?view=login): name and password; on success back to where the user came from.

import { ApiError } from './api.js';
import { clear, el } from './dom.js';
import { navigate } from './router.js';
import { signIn } from './session.js';
import { parseState } from './state.js';

export async function showLogin(view) {
  document.title = 'Đăng nhập | Văn kiện';
  const name = el('input', { id: 'login-name', name: 'name', type: 'text', autocomplete: 'username', required: true,
    spellcheck: 'false' });
  const password = el('input', { id: 'login-password', name: 'password', type: 'password',
    autocomplete: 'current-password', required: true });
  const error = el('div', { id: 'login-error', class: 'form-error', role: 'alert', hidden: true });
  const submit = el('button', { type: 'submit', class: 'button primary', id: 'login-submit' }, 'Đăng nhập');
  const form = el('form', { id: 'login-form', class: 'staff-form' },
    el('label', { class: 'field', for: 'login-name' }, el('span', { text: 'Tên đăng nhập' }), name),
    el('label', { class: 'field', for: 'login-password' }, el('span', { text: 'Mật khẩu' }), password),
    el('p', { class: 'form-actions' }, submit),
    error);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    submit.disabled = true;
    error.hidden = true;
    try {
      await signIn(name.value.trim(), password.value);
      navigate({ ...parseState(''), view: '' }, { replace: true });
    } catch (err) {
      clear(error).appendChild(el('p', {}, message(err)));
      error.hidden = false;
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  clear(view).appendChild(el('div', { class: 'login-page' },
    el('p', { class: 'back' }, el('a', { href: './', 'data-nav': true }, '‹ Về trang tìm kiếm')),
    el('h2', { id: 'login-title', tabindex: '-1', text: 'Đăng nhập' }),
    el('p', { class: 'hint', text: 'Tài khoản do quản trị viên cấp. Người chưa đăng nhập chỉ xem được văn bản công khai.' }),
    form));
  name.focus();
}

function message(err) {
  if (err instanceof ApiError && err.status === 401) return 'Sai tên đăng nhập hoặc mật khẩu.';
  if (err instanceof ApiError && err.status === 429) return err.message.charAt(0).toUpperCase() + err.message.slice(1) + '.';
  if (err instanceof ApiError) return 'Lỗi: ' + err.message;
  return 'Lỗi: không đăng nhập được; hãy thử lại.';
}
