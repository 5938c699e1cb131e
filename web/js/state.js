// The whole UI state lives in the URL query string: search, filters, sort, page, the open document, and
// the page shown when it is not search or a document (view=upload).

/**
 * Facet filters, repeatable in the URL and in the API, in the sidebar's order: the server's facet
 * dimensions (GET /api/facets, read by catalog.js before the first render), except those listed within
 * another (the month, a single value within one chosen year here).
 */
export const MULTI = [];
const SINGLE = ['q', 'exact', 'from', 'to', 'sort', 'page', 'size', 'month', 'doc', 'view', 'symbol'];
/** The review queue's own filter (which fields are missing or uncertain), repeatable; not a search filter. */
export const REVIEW_MULTI = ['problem'];
export const DEFAULT_SIZE = 10;

export function parseState(search) {
  const p = new URLSearchParams(search);
  const s = {};
  for (const k of MULTI) s[k] = p.getAll(k).filter((v) => v !== '');
  for (const k of REVIEW_MULTI) s[k] = p.getAll(k).filter((v) => v !== '');
  for (const k of SINGLE) s[k] = p.get(k) || '';
  s.page = Math.max(1, parseInt(s.page, 10) || 1);
  s.size = parseInt(s.size, 10) || DEFAULT_SIZE;
  return s;
}

/** The URL query string ("?..." or "") for a state, defaults left out. */
export function toSearch(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.exact) p.set('exact', '1');
  for (const k of MULTI) for (const v of s[k] || []) p.append(k, v);
  if (s.month) p.set('month', s.month);
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page && s.page > 1) p.set('page', String(s.page));
  if (s.size && s.size !== DEFAULT_SIZE) p.set('size', String(s.size));
  if (s.doc) p.set('doc', s.doc);
  if (s.view) p.set('view', s.view);
  if (s.symbol) p.set('symbol', s.symbol);
  for (const k of REVIEW_MULTI) for (const v of s[k] || []) p.append(k, v);
  const str = p.toString();
  return str ? '?' + str : '';
}

/**
 * A copy of s with changes; any change other than page itself goes back to page 1, and any change that
 * does not name a view leaves the current one (a search from the upload page shows results).
 */
export function withChanges(s, changes) {
  const next = { ...s, ...changes };
  if (!('view' in changes)) next.view = '';
  if (!('symbol' in changes)) next.symbol = ''; // a search or filter leaves a symbol's page
  if (next.view !== 'review') for (const k of REVIEW_MULTI) next[k] = [];
  for (const k of MULTI) next[k] = [...(next[k] || [])];
  if (!('page' in changes)) next.page = 1;
  if ('q' in changes && !('exact' in changes)) next.exact = ''; // a new query may be corrected again
  if ('year' in changes && !(next.year.length === 1 && next.month.startsWith(next.year[0] + '-'))) {
    next.month = '';
  }
  return next;
}

export function toggled(list, value) {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

/** True when any filter (not the query) is set. */
export function hasFilters(s) {
  return MULTI.some((k) => s[k].length > 0) || Boolean(s.from || s.to || s.month);
}

/** The month (YYYY-MM) in force: only within exactly one chosen year. */
export function activeMonth(s) {
  return s.month && s.year.length === 1 && s.month.startsWith(s.year[0] + '-') ? s.month : '';
}

/** The first (last=false) or last day a range bound names: a year (2019), a month (2019-03) or a day. */
export function boundDay(bound, last) {
  if (/^\d{4}$/.test(bound)) return last ? `${bound}-12-31` : `${bound}-01-01`;
  if (/^\d{4}-\d{2}$/.test(bound)) return last ? monthRange(bound)[1] : `${bound}-01`;
  return bound;
}

/** A range bound that is a whole year ("2019"), or ''. */
export function boundYear(bound) {
  return /^\d{4}$/.test(bound || '') ? bound : '';
}

function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, '0')}`];
}

/**
 * Query parameters for /api/search, /api/export and /api/stats. The API has no month parameter: a chosen
 * month narrows from/to to that month. withMonth=false leaves the month out (to count every month).
 */
export function apiParams(s, { withMonth = true, page = true } = {}) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const k of MULTI) for (const v of s[k]) p.append(k, v);
  let from = s.from;
  let to = s.to;
  const month = withMonth ? activeMonth(s) : '';
  if (month) {
    const [a, b] = monthRange(month);
    if (!from || boundDay(from, false) < a) from = a;
    if (!to || boundDay(to, true) > b) to = b;
  }
  if (from) p.set('from', from);
  if (to) p.set('to', to);
  if (s.sort) p.set('sort', s.sort);
  if (page) {
    p.set('page', String(s.page));
    p.set('size', String(s.size));
  }
  return p;
}
