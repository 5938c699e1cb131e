// The signed-in account (from api/me at start, after signing in or out), and what it lets the page offer.

import * as api from './api.js';
import { el, clear } from './dom.js';
import { ROLE_LABELS } from './labels.js';

let current = { role: 'anonymous', name: null, provinces: [] };
let actionsOn = true;
const listeners = [];

/**
 * Whether staff actions exist on this server at all (a staff account or a staff token): when not, the
 * UI hides upload and says how to turn them on. A signed-in staff account is proof enough.
 */
export function staffActionsOn() {
  return actionsOn || isStaff();
}

/** Whether this visitor may be offered the upload page: staff, or anyone not signed in (with a token). */
export function mayUpload() {
  return staffActionsOn() && (isStaff() || !signedIn());
}

export function user() {
  return current;
}

export function signedIn() {
  return current.role !== 'anonymous';
}

/** Staff and admins upload and edit; admins also delete and read the audit log. */
export function isStaff() {
  return current.role === 'staff' || current.role === 'admin';
}

export function isAdmin() {
  return current.role === 'admin';
}

function changed(u) {
  current = u || { role: 'anonymous', name: null, provinces: [] };
  if (u && typeof u.staffActions === 'boolean') actionsOn = u.staffActions;
  listeners.forEach((fn) => fn(current));
}

export function onUserChange(fn) {
  listeners.push(fn);
}

export async function loadUser() {
  try {
    changed(await api.me());
  } catch {
    changed(null);
  }
  return current;
}

export async function signIn(name, password) {
  changed(await api.login(name, password));
  return current;
}

export async function signOut() {
  try {
    await api.logout();
  } finally {
    changed(null);
  }
}

/** The header's account area: a sign-in link, or who is signed in with sign-out (and the audit log for admins). */
export function renderAccount(box, { onSignOut }) {
  const u = current;
  clear(box);
  if (!signedIn()) {
    box.appendChild(el('a', { id: 'login-link', href: '?view=login', 'data-nav': true }, 'Đăng nhập'));
    return;
  }
  const scope = u.provinces && u.provinces.length ? ' · ' + u.provinces.join(', ') : '';
  // (append writes a null as the text "null": only the elements this account has)
  box.append(...[
    el('span', { id: 'account-name', class: 'account-name', text: `${u.name} (${ROLE_LABELS[u.role] || u.role}${scope})` }),
    isStaff() ? el('a', { id: 'review-link', href: '?view=review', 'data-nav': true }, 'Rà soát') : null,
    isAdmin() ? el('a', { id: 'audit-link', href: '?view=audit', 'data-nav': true }, 'Nhật ký') : null,
    el('button', { type: 'button', class: 'link-button', id: 'logout-button', on: { click: onSignOut } }, 'Đăng xuất'),
  ].filter(Boolean));
}
