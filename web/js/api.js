// Calls to the vankien HTTP API. Errors become ApiError with the server's message.

export class ApiError extends Error {
  constructor(status, message, parameter) {
    super(message);
    this.status = status;
    this.parameter = parameter || null;
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'Không kết nối được tới máy chủ (' + e.message + ').');
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: handled below
  }
  if (!response.ok) {
    const message = body && body.error ? body.error : `HTTP ${response.status}`;
    throw new ApiError(response.status, message, body && body.parameter);
  }
  if (body === null) throw new ApiError(response.status, 'Máy chủ trả lời không phải JSON.');
  return body;
}

export function search(params, signal) {
  return getJson('api/search?' + params, signal);
}

export function documentView(id, signal) {
  return getJson('api/documents/' + encodeURIComponent(id), signal);
}

export function suggest(q, signal) {
  return getJson('api/suggest?q=' + encodeURIComponent(q), signal);
}

export function originalUrl(id) {
  return 'api/documents/' + encodeURIComponent(id) + '/original';
}

export function exportUrl(params, format) {
  const p = new URLSearchParams(params);
  p.delete('page');
  p.delete('size');
  p.set('format', format);
  return 'api/export?' + p;
}
