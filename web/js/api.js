// Calls to the vankien HTTP API. Errors become ApiError with the server's message.

export class ApiError extends Error {
  /** body: the server's JSON error ({error, code, parameter, retry}), when it sent one. */
  constructor(status, message, parameter, body = null) {
    super(message);
    this.status = status;
    this.parameter = parameter || null;
    this.code = (body && body.code) || null;
    // for a malformed query: the query without its faulty part
    this.retry = (body && typeof body.retry === 'string') ? body.retry : null;
  }
}

async function getJson(path, signal) {
  return requestJson(path, { signal, headers: { Accept: 'application/json' } });
}

/** fetch with the server's JSON error turned into ApiError; okStatuses also count as answers (not errors). */
async function requestJson(path, init, okStatuses = []) {
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Không kết nối được tới máy chủ. Kiểm tra mạng rồi thử lại.');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: handled below
  }
  if (response.status === 204) return null;
  if (!response.ok && !okStatuses.includes(response.status)) {
    const message = body && body.error ? body.error : `Máy chủ trả lời lỗi ${response.status}.`;
    throw new ApiError(response.status, message, body && body.parameter, body);
  }
  if (body === null) throw new ApiError(response.status, 'Máy chủ trả lời không phải JSON.');
  return body;
}

/** The facet dimensions and query fields a search takes (the same for everyone). */
export function facets(signal) {
  return getJson('api/facets', signal);
}

export function search(params, signal) {
  return getJson('api/search?' + params, signal);
}

/** A document; with q (the user's query), `matches` holds where the search matches its text. */
export function documentView(id, q, signal) {
  return getJson('api/documents/' + encodeURIComponent(id) + (q ? '?q=' + encodeURIComponent(q) : ''), signal);
}

export function suggest(q, signal) {
  return getJson('api/suggest?q=' + encodeURIComponent(q), signal);
}

export function originalUrl(id) {
  return 'api/documents/' + encodeURIComponent(id) + '/original';
}

/** The original of version n (1 the first) of a document. */
export function versionOriginalUrl(id, n) {
  return 'api/documents/' + encodeURIComponent(id) + '/versions/' + encodeURIComponent(n) + '/original';
}

/** The search's documents counted by province and year (or month: params has by=month). */
export function provinceTime(params, signal) {
  return getJson('api/stats/province-time?' + params, signal);
}

export function provinceTimeCsvUrl(params) {
  const p = new URLSearchParams(params);
  p.set('format', 'csv');
  return 'api/stats/province-time?' + p;
}

export function exportUrl(params, format) {
  const p = new URLSearchParams(params);
  p.delete('page');
  p.delete('size');
  p.set('format', format);
  return 'api/export?' + p;
}

// ---- accounts ----

let csrfToken = null;

/** Who is signed in here: {name, role, provinces, via, csrfToken}; role "anonymous" when nobody. */
export async function me() {
  const answer = await getJson('api/me');
  csrfToken = answer.csrfToken || null;
  return answer;
}

export async function login(name, password) {
  const answer = await requestJson('api/login', {
    method: 'POST',
    body: JSON.stringify({ name, password }),
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  });
  csrfToken = answer.csrfToken || null;
  return answer;
}

export async function logout() {
  await requestJson('api/logout', { method: 'POST', headers: writeHeaders(null) });
  csrfToken = null;
}

/** The last events of the audit log (admins). */
export function auditEvents(limit) {
  return getJson('api/audit?limit=' + encodeURIComponent(limit));
}

// ---- writes: a typed API token as Authorization: Bearer, else the signed-in session's CSRF token ----

function writeHeaders(token) {
  const h = { Accept: 'application/json' };
  if (token) h.Authorization = 'Bearer ' + token;
  else if (csrfToken) h['X-CSRF-Token'] = csrfToken;
  return h;
}

function staffHeaders(token) {
  return writeHeaders(token);
}

/**
 * Uploads files (multipart field "file", repeated) with optional metadata overrides (field "meta", JSON).
 * Answers {documents: [{file, id} or {file, error}]}: 201 when all were archived, 422 when some failed.
 */
export function uploadDocuments(files, meta, token) {
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  if (meta && Object.keys(meta).length > 0) form.append('meta', JSON.stringify(meta));
  return requestJson('api/documents', { method: 'POST', body: form, headers: staffHeaders(token) }, [422]);
}

/**
 * Uploads one file as the new version of document id (it keeps its id); answers {id, version, outcome, file}:
 * 201 replaced, 200 when the file is the current version already.
 */
export function uploadVersion(id, file, token) {
  const form = new FormData();
  form.append('file', file, file.name);
  return requestJson('api/documents/' + encodeURIComponent(id) + '/versions',
    { method: 'POST', body: form, headers: staffHeaders(token) });
}

/** Sets metadata fields of a document (recorded as edited); answers the new metadata. */
export function editMetadata(id, fields, token) {
  return requestJson('api/documents/' + encodeURIComponent(id) + '/meta', {
    method: 'PATCH',
    body: JSON.stringify(fields),
    headers: { ...staffHeaders(token), 'Content-Type': 'application/json' },
  });
}

/** The review queue (staff): documents of a search with missing or uncertain fields, a page of them. */
export function reviewQueue(params, signal) {
  return getJson('api/review?' + params, signal);
}

/** Sets one field of several documents (each recorded as edited); answers {edited: [ids], failed: [{id, error}]}. */
export function bulkEdit(ids, field, value, token) {
  return requestJson('api/review/edit', {
    method: 'POST',
    body: JSON.stringify({ ids, field, value }),
    headers: { ...staffHeaders(token), 'Content-Type': 'application/json' },
  });
}

export function deleteDocument(id, token) {
  return requestJson('api/documents/' + encodeURIComponent(id), { method: 'DELETE', headers: staffHeaders(token) });
}

// ---- saved searches and bookmarks of the signed-in account (an anonymous browser keeps its own: saved.js) ----

/** {searches: [{id, name, query, created}], bookmarks: [{id, document, note, created, title}]} */
export function savedList(signal) {
  return getJson('api/saved', signal);
}

function writeJson(method, path, body) {
  return requestJson(path, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { ...writeHeaders(null), 'Content-Type': 'application/json' },
  });
}

export function saveSearch(name, query) {
  return writeJson('POST', 'api/saved/searches', { name, query });
}

export function deleteSavedSearch(id) {
  return writeJson('DELETE', 'api/saved/searches/' + encodeURIComponent(id));
}

export function saveBookmark(document, note) {
  return writeJson('POST', 'api/saved/bookmarks', { document, note });
}

export function deleteBookmark(id) {
  return writeJson('DELETE', 'api/saved/bookmarks/' + encodeURIComponent(id));
}

/** A cited symbol ("48-KL/TW"): what the archive knows of it and every document citing it, with the relation. */
export function symbolView(symbol, signal) {
  return getJson('api/symbols?symbol=' + encodeURIComponent(symbol), signal);
}

/** The implementation chain of a symbol: the documents implementing it down the hierarchy, and the provinces. */
export function chainView(symbol, signal) {
  return getJson('api/chains?symbol=' + encodeURIComponent(symbol), signal);
}

export function chainUrl(symbol, format) {
  return 'api/chains?symbol=' + encodeURIComponent(symbol) + '&format=' + format;
}

/** A document's typed citations as a download. */
export function citationsUrl(id, format) {
  return 'api/documents/' + encodeURIComponent(id) + '/citations?format=' + format;
}
