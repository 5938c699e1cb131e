// The search page: facet sidebar, date range, timeline, result list, pagination, export.

import * as api from './api.js';
import { clear, el, setTrustedSnippet } from './dom.js';
import {
  FACET_LABELS, SORT_LABELS, formatCount, formatDate, valueLabel,
} from './labels.js';
import { provinceTime } from './province-time.js';
import { hrefFor, navigate } from './router.js';
import { savedSearches } from './saved.js';
import {
  MULTI, activeMonth, apiParams, boundYear, hasFilters, toggled, withChanges,
} from './state.js';
import { CATALOG, facetInfo } from './catalog.js';
import { advancedSearch } from './advanced-search.js';

// The facets are the server's (catalog.js), in its order: MULTI.
const FACET_VISIBLE = 8;
// The server lists the top few signers and issuers (facetMore says how many it left out); an expanded
// facet asks for up to this many.
const FACET_MORE_LIMIT = 100;
const PAGE_SIZES = [10, 20, 50, 100];
const MAX_PAGE = 1000;
const expandedFacets = new Set();
const openEnded = new Set(); // facets the server lists only the top of (it said so in facetMore)
let facetsFull = false; // whether the page shown asked for up to FACET_MORE_LIMIT values
let filtersOpen = false;
let inputCounter = 0;

/** Renders the search page for state s into view. ctx.signal aborts when the user navigates on. */
export async function showSearch(view, s, ctx) {
  const params = apiParams(s);
  // a query that finds nothing is answered by its correction, said so on the page, unless asked not to
  if (s.q && !s.exact) params.set('correct', 'true');
  const full = [...expandedFacets].some((d) => openEnded.has(d));
  if (full) params.set('facetLimit', String(FACET_MORE_LIMIT));
  const month = activeMonth(s);
  const [result, monthCounts] = await Promise.all([
    api.search(params, ctx.signal),
    // With a month chosen, from/to narrow to it; count every month of the year without that narrowing.
    month ? api.search(apiParams({ ...s, page: 1, size: 0 }, { withMonth: false }), ctx.signal)
      .then((r) => r.facets && r.facets.month) : Promise.resolve(null),
  ]);
  ctx.signal.throwIfAborted();
  if (monthCounts) result.facets.month = monthCounts;
  Object.keys(result.facetMore || {}).forEach((d) => openEnded.add(d));
  facetsFull = full;
  document.title = s.q ? `${s.q}: tìm kiếm | Văn kiện` : 'Văn kiện: tra cứu văn bản Đảng';
  clear(view).appendChild(page(withAppliedKeys(s, result), result));
}

// The server reads some filters (issuer, term: "keyed" in its list) as their facet value (every typed form
// of one body or one term is one value: "Ban Thường vụ Tỉnh ủy X" is "Tỉnh ủy X"); the page ticks, and
// unticks, the values it applied.
function withAppliedKeys(s, r) {
  const applied = r.applied || {};
  const out = { ...s };
  for (const f of CATALOG.facets) if (f.keyed && s[f.name] && s[f.name].length) out[f.name] = applied[f.name] || s[f.name];
  return out;
}

function page(s, r) {
  const facets = r.facets || {};
  const nFilters = MULTI.reduce((n, k) => n + s[k].length, 0) + (s.from ? 1 : 0) + (s.to ? 1 : 0)
    + (activeMonth(s) ? 1 : 0);
  const toggle = el('button', {
    type: 'button', class: 'button filters-toggle', 'aria-controls': 'sidebar',
    'aria-expanded': String(filtersOpen),
    on: {
      click: (e) => {
        filtersOpen = !filtersOpen;
        e.currentTarget.setAttribute('aria-expanded', String(filtersOpen));
        document.getElementById('sidebar').classList.toggle('open', filtersOpen);
      },
    },
  }, nFilters ? `Bộ lọc (${nFilters})` : 'Bộ lọc');
  const skip = el('button', {
    type: 'button', class: 'skip-link',
    on: { click: () => document.getElementById('results-heading').focus() },
  }, 'Bỏ qua bộ lọc, đến kết quả');
  return el('div', { class: 'search-page' },
    advancedSearch(s, facets),
    skip,
    toggle,
    el('aside', { id: 'sidebar', class: 'sidebar' + (filtersOpen ? ' open' : ''), 'aria-label': 'Bộ lọc' },
      el('h2', { class: 'visually-hidden', text: 'Bộ lọc' }),
      MULTI.map((dim) => facetSection(s, dim, facets, (r.facetMore || {})[dim] || 0)),
      yearRange(s),
      dateRange(s)),
    el('section', { class: 'results', 'aria-labelledby': 'results-heading' },
      resultsHead(s, r),
      savedSearches(s),
      activeFilters(s),
      r.showingResultsFor ? showingResultsFor(s, r.showingResultsFor) : null,
      r.total > 0 && r.didYouMean ? didYouMean(s, r.didYouMean) : null,
      timeline(s, facets.year || []),
      r.total > 0 ? provinceTime(s, r.showingResultsFor) : null,
      r.total === 0 ? noResults(s, r) : hitList(s, r),
      pagination(s, r)));
}

// ---- facets ----

/** A facet's values, the first few shown; unlisted is how many more values the server left out. */
function facetSection(s, dim, facets, unlisted) {
  let values = facets[dim] || [];
  const selected = s[dim];
  // A selected value the server did not list (no match any more) stays visible so it can be unticked.
  const listed = new Set(values.map((v) => v.value));
  const missing = selected.filter((v) => !listed.has(v)).map((v) => ({ value: v, count: 0, selected: true }));
  values = [...missing, ...values];
  const monthBlock = dim === 'year' ? monthFacet(s, facets.month) : null;
  if (values.length === 0) return null;
  const expanded = expandedFacets.has(dim);
  const headingId = `facet-${dim}`;
  const items = values.map((v, i) => {
    const li = facetItem(s, dim, v);
    if (i >= FACET_VISIBLE && !expanded) li.hidden = true;
    return li;
  });
  const hiddenCount = Math.max(0, values.length - FACET_VISIBLE) + unlisted;
  const more = hiddenCount > 0 ? el('button', {
    type: 'button', class: 'link-button more', dataset: { focusKey: `more:${dim}` },
    'aria-expanded': String(expanded),
    on: {
      click: (e) => {
        const open = !expandedFacets.has(dim);
        if (open) expandedFacets.add(dim); else expandedFacets.delete(dim);
        if (open && unlisted > 0 && !facetsFull) {
          openEnded.add(dim);
          navigate(s, { replace: true }); // shows the page again, with the values the server left out
          return;
        }
        items.slice(FACET_VISIBLE).forEach((li) => { li.hidden = !open; });
        e.currentTarget.setAttribute('aria-expanded', String(open));
        e.currentTarget.textContent = moreLabel(open, hiddenCount);
      },
    },
  }, moreLabel(expanded, hiddenCount)) : null;
  // Expanded and still more than the server lists: say so rather than pretend the list is whole.
  const rest = expanded && facetsFull && unlisted > 0
    ? el('p', { class: 'facet-rest', text: `Còn ${formatCount(unlisted)} giá trị khác, ít văn bản hơn.` }) : null;
  return el('section', { class: 'facet', 'aria-labelledby': headingId, dataset: { dim } },
    el('h3', { id: headingId, text: FACET_LABELS[dim] }),
    el('ul', { class: 'facet-values' }, items),
    rest,
    more,
    monthBlock);
}

function moreLabel(open, hidden) {
  return open ? 'Thu gọn' : `Xem thêm (${hidden})`;
}

function facetItem(s, section, v, param = section) {
  const checked = s[param].includes(v.value);
  const id = `f-${section}-${param}-${++inputCounter}`; // values may hold spaces: ids may not
  const input = el('input', {
    type: 'checkbox', id, name: param, value: v.value, checked,
    dataset: { focusKey: `facet:${section}:${param}:${v.value}` },
    on: { change: () => navigate(withChanges(s, { [param]: toggled(s[param], v.value) })) },
  });
  const children = (v.children || []).filter((c) => !(v.children.length === 1 && c.value === v.value));
  return el('li', { class: checked ? 'checked' : null },
    el('label', { for: id },
      input,
      el('span', { class: 'facet-label', text: valueLabel(param, v.value) }),
      el('span', { class: 'count', text: formatCount(v.count) })),
    children.length ? el('ul', {
      class: 'facet-children', 'aria-label': `${FACET_LABELS[childParam(section)]} thuộc ${v.value}`,
    }, children.map((c) => facetItem(s, section, c, childParam(section)))) : null);
}

/** The dimension whose values are listed under each of this one's (province under provinceCurrent). */
function childParam(dim) {
  const info = facetInfo(dim);
  return info && info.childrenFrom ? info.childrenFrom : dim;
}

function monthFacet(s, months) {
  if (!months || months.length === 0 || s.year.length !== 1) return null;
  const chosen = activeMonth(s);
  const name = 'month';
  const option = (value, label, count) => {
    const id = `f-month-${value || 'all'}`;
    return el('li', {},
      el('label', { for: id },
        el('input', {
          type: 'radio', id, name, value, checked: chosen === value,
          dataset: { focusKey: `month:${value}` },
          on: { change: () => navigate(withChanges(s, { month: value })) },
        }),
        el('span', { class: 'facet-label', text: label }),
        count === null ? null : el('span', { class: 'count', text: formatCount(count) })));
  };
  const sorted = [...months].sort((a, b) => a.value.localeCompare(b.value));
  return el('fieldset', { class: 'month-facet' },
    el('legend', { text: `${FACET_LABELS.month} trong năm ${s.year[0]}` }),
    el('ul', { class: 'facet-values' },
      option('', 'Cả năm', null),
      sorted.map((m) => option(m.value, valueLabel('month', m.value), m.count))));
}

/**
 * Two years and a button: from=2019&to=2023 in the URL and the API (a year as a bound is the whole year).
 * A day range set below shows there, not here.
 */
function yearRange(s) {
  const attrs = { type: 'number', inputmode: 'numeric', min: '1930', max: '2100', step: '1', class: 'year-input' };
  const from = el('input', { ...attrs, id: 'year-from', name: 'yearFrom', value: boundYear(s.from) || null, placeholder: '2019' });
  const to = el('input', { ...attrs, id: 'year-to', name: 'yearTo', value: boundYear(s.to) || null, placeholder: '2023' });
  const isYears = boundYear(s.from) || boundYear(s.to);
  return el('section', { class: 'facet', 'aria-labelledby': 'facet-years' },
    el('h3', { id: 'facet-years', text: 'Khoảng năm ban hành' }),
    el('form', {
      class: 'year-range',
      on: {
        submit: (e) => {
          e.preventDefault();
          navigate(withChanges(s, { from: from.value.trim(), to: to.value.trim() }));
        },
      },
    },
    el('label', { for: 'year-from' }, FACET_LABELS.yearFrom, from),
    el('label', { for: 'year-to' }, FACET_LABELS.yearTo, to),
    el('button', { type: 'submit', class: 'button' }, 'Lọc'),
    isYears ? el('button', {
      type: 'button', class: 'link-button',
      on: { click: () => navigate(withChanges(s, { from: '', to: '' })) },
    }, 'Bỏ lọc năm') : null));
}

function dateRange(s) {
  const day = (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v || '') ? v : null);
  const from = el('input', { type: 'date', id: 'date-from', name: 'from', value: day(s.from) });
  const to = el('input', { type: 'date', id: 'date-to', name: 'to', value: day(s.to) });
  return el('section', { class: 'facet', 'aria-labelledby': 'facet-dates' },
    el('h3', { id: 'facet-dates', text: 'Khoảng thời gian ban hành' }),
    el('form', {
      class: 'date-range',
      on: {
        submit: (e) => {
          e.preventDefault();
          navigate(withChanges(s, { from: from.value, to: to.value }));
        },
      },
    },
    el('label', { for: 'date-from' }, FACET_LABELS.from, from),
    el('label', { for: 'date-to' }, FACET_LABELS.to, to),
    el('div', { class: 'date-actions' },
      el('button', { type: 'submit', class: 'button' }, 'Lọc theo ngày'),
      s.from || s.to ? el('button', {
        type: 'button', class: 'link-button',
        on: { click: () => navigate(withChanges(s, { from: '', to: '' })) },
      }, 'Bỏ lọc ngày') : null)));
}

// ---- results ----

function resultsHead(s, r) {
  const params = apiParams(s);
  if (r.showingResultsFor) params.set('q', r.showingResultsFor); // export what the page shows
  const seconds = (r.tookMs / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 3 });
  const browsing = !s.q && !hasFilters(s);
  const heading = browsing
    ? `Toàn bộ kho: ${formatCount(r.total)} văn bản`
    : `Tìm thấy ${formatCount(r.total)} văn bản`;
  const sort = el('select', {
    id: 'sort', name: 'sort', dataset: { focusKey: 'sort' },
    on: { change: (e) => navigate(withChanges(s, { sort: e.target.value })) },
  }, Object.entries(SORT_LABELS).map(([value, label]) => el('option', {
    value, selected: (s.sort || 'relevance') === value,
  }, label)));
  const size = el('select', {
    id: 'size', name: 'size', dataset: { focusKey: 'size' },
    on: { change: (e) => navigate(withChanges(s, { size: Number(e.target.value) })) },
  }, [...new Set([...PAGE_SIZES, s.size])].sort((a, b) => a - b).map((n) => el('option', {
    value: n, selected: s.size === n,
  }, String(n))));
  return el('div', { class: 'results-head' },
    el('h2', { id: 'results-heading', tabindex: '-1' }, heading,
      el('span', { class: 'took', text: ` (${seconds} giây)` })),
    el('div', { class: 'toolbar' },
      el('label', { for: 'sort' }, 'Sắp xếp ', sort),
      el('label', { for: 'size' }, 'Mỗi trang ', size),
      r.total > 0 ? el('span', { class: 'export' }, 'Xuất kết quả: ',
        el('a', { class: 'button small', href: api.exportUrl(params, 'csv'), download: true, id: 'export-csv' },
          'CSV'),
        el('a', { class: 'button small', href: api.exportUrl(params, 'json'), download: true, id: 'export-json' },
          'JSON')) : null));
}

function activeFilters(s) {
  const chips = [];
  const chip = (label, value, changes) => chips.push(el('li', {},
    el('a', {
      class: 'chip', href: hrefFor(withChanges(s, changes)), 'data-nav': true,
      title: 'Bỏ bộ lọc này', 'aria-label': `Bỏ bộ lọc ${label}: ${value}`,
    }, el('span', { class: 'chip-dim', text: label + ': ' }), value, el('span', { 'aria-hidden': 'true', text: ' ×' }))));
  for (const dim of MULTI) {
    for (const v of s[dim]) chip(FACET_LABELS[dim], valueLabel(dim, v), { [dim]: s[dim].filter((x) => x !== v) });
  }
  const month = activeMonth(s);
  if (month) chip(FACET_LABELS.month, valueLabel('month', month), { month: '' });
  if (s.from) chip(boundYear(s.from) ? FACET_LABELS.yearFrom : FACET_LABELS.from, formatDate(s.from), { from: '' });
  if (s.to) chip(boundYear(s.to) ? FACET_LABELS.yearTo : FACET_LABELS.to, formatDate(s.to), { to: '' });
  if (chips.length === 0) return null;
  const none = withChanges(s, Object.fromEntries([...MULTI.map((k) => [k, []]), ['from', ''], ['to', ''], ['month', '']]));
  return el('div', { class: 'active-filters' },
    el('ul', { class: 'chips', 'aria-label': 'Bộ lọc đang dùng' }, chips),
    chips.length > 1 ? el('a', { href: hrefFor(none), 'data-nav': true, class: 'clear-all' }, 'Bỏ tất cả bộ lọc') : null);
}

/** Bar chart of results per year from the year facet (drill-sideways counts); a click filters that year. */
function timeline(s, years) {
  const counts = new Map(years.filter((y) => /^\d{4}$/.test(y.value)).map((y) => [Number(y.value), y.count]));
  if (counts.size < 1) return null;
  const all = [...counts.keys()];
  const min = Math.min(...all);
  const max = Math.max(...all);
  const span = max - min + 1;
  const list = span <= 80 ? Array.from({ length: span }, (_, i) => min + i) : all.sort((a, b) => a - b);
  const top = Math.max(...counts.values());
  const labelEvery = list.length > 40 ? 10 : list.length > 16 ? 5 : 1;
  const bars = list.map((year, i) => {
    const n = counts.get(year) || 0;
    const selected = s.year.includes(String(year));
    const height = n === 0 ? 0 : Math.max(4, Math.round((n / top) * 100));
    const label = `${year}: ${formatCount(n)} văn bản`;
    const showLabel = year % labelEvery === 0 || i === 0 || i === list.length - 1;
    const only = s.year.length === 1 && selected;
    const bar = n === 0
      ? el('span', { class: 'bar empty', title: label, 'aria-hidden': 'true' })
      : el('button', {
        type: 'button', class: 'bar' + (selected ? ' selected' : ''), title: label,
        'aria-label': label + (only ? ', đang lọc; nhấn để bỏ lọc' : ', nhấn để lọc năm này'),
        'aria-pressed': String(selected), dataset: { focusKey: `bar:${year}`, year: String(year) },
        on: { click: () => navigate(withChanges(s, { year: only ? [] : [String(year)] })) },
      }, el('span', { class: 'bar-fill', style: `height:${height}%` }));
    return el('li', { class: 'bar-slot' }, bar,
      el('span', { class: 'bar-year' + (showLabel ? '' : ' quiet'), 'aria-hidden': 'true', text: String(year) }));
  });
  const ol = el('ol', { class: 'bars', style: `--bars:${list.length}` }, bars);
  requestAnimationFrame(() => { ol.scrollLeft = ol.scrollWidth; }); // scrolling sideways: the latest years first
  return el('section', { class: 'timeline', 'aria-labelledby': 'timeline-heading' },
    el('h3', { id: 'timeline-heading', text: 'Số văn bản theo năm' }),
    ol);
}

function hitList(s, r) {
  const first = (r.page - 1) * r.size + 1;
  if (r.hits.length === 0) {
    return el('p', { class: 'empty' }, `Trang ${r.page} không có kết quả. `,
      el('a', { href: hrefFor(withChanges(s, { page: 1 })), 'data-nav': true }, 'Về trang đầu'));
  }
  return el('ol', { class: 'hits', start: first }, r.hits.map((h) => hitItem(s, h)));
}

function hitItem(s, h) {
  const title = h.citation || h.title || h.source || h.id; // the server's archivist title

  const facts = [];
  if (h.type) facts.push(el('span', { class: 'badge', text: h.type }));
  if (h.access && h.access !== 'công khai') {
    facts.push(el('span', { class: 'badge access ' + (h.access === 'mật' ? 'restricted' : 'internal'), text: h.access }));
  }
  if (h.number) facts.push(el('span', { class: 'fact' }, el('span', { class: 'k', text: 'Số ' }), h.number));
  if (h.date) facts.push(el('span', { class: 'fact' }, el('span', { class: 'k', text: 'Ngày ' }), formatDate(h.date)));
  if (h.province) {
    facts.push(el('span', { class: 'fact province' }, el('span', { class: 'k', text: 'Tỉnh ' }), h.province,
      h.provinceCurrent && h.provinceCurrent !== h.province
        ? el('span', { class: 'now', text: ` (nay: ${h.provinceCurrent})` }) : null));
  } else if (h.provinceCurrent) {
    facts.push(el('span', { class: 'fact province' }, el('span', { class: 'k', text: 'Tỉnh ' }), h.provinceCurrent));
  }
  if (h.signer) facts.push(el('span', { class: 'fact' }, el('span', { class: 'k', text: 'Người ký ' }), h.signer));
  const snippets = (h.snippets || []).slice(0, 3);
  return el('li', { class: 'hit', dataset: { id: h.id } },
    el('h3', { class: 'hit-title' },
      el('a', { href: hrefFor({ ...s, doc: h.id }), 'data-nav': true, text: title })),
    facts.length ? el('div', { class: 'hit-facts' }, facts) : null,
    snippets.map((html) => setTrustedSnippet(el('p', { class: 'snippet' }), html)),
    el('div', { class: 'hit-source', text: h.source || '' }));
}

function noResults(s, r) {
  const browsing = !s.q && !hasFilters(s);
  if (browsing) {
    return el('div', { class: 'empty' },
      el('p', { text: 'Kho lưu trữ chưa có văn bản nào.' }),
      el('p', {}, 'Nhập văn bản bằng lệnh ', el('code', { text: 'vankien ingest <thư mục>' }), '.'));
  }
  return el('div', { class: 'empty no-results' },
    el('p', {}, 'Không tìm thấy văn bản nào',
      s.q ? [' khớp với ', el('strong', { text: `“${s.q}”` })] : null, hasFilters(s) ? ' với các bộ lọc đã chọn' : null, '.'),
    r.didYouMean ? didYouMean(s, r.didYouMean) : null,
    el('ul', { class: 'tips' },
      hasFilters(s) ? el('li', {}, el('a', {
        href: hrefFor(withChanges(s, Object.fromEntries([...MULTI.map((k) => [k, []]), ['from', ''], ['to', ''], ['month', '']]))),
        'data-nav': true,
      }, 'Bỏ các bộ lọc'), ' và tìm lại.') : null,
      el('li', { text: 'Thử ít từ hơn, hoặc từ đồng nghĩa.' }),
      el('li', { text: 'Có thể gõ không dấu: "nghi quyet" tìm được "nghị quyết".' })));
}

/** The query as typed found nothing; these are its correction's documents, with a way back to the query as typed. */
function showingResultsFor(s, corrected) {
  return el('p', { class: 'showing-for', role: 'status' },
    'Không tìm thấy văn bản nào khớp với ', el('strong', { text: `“${s.q}”` }),
    '. Đang hiển thị kết quả cho ', el('a', {
      href: hrefFor(withChanges(s, { q: corrected })), 'data-nav': true, text: `“${corrected}”`,
    }), '. ',
    el('a', { href: hrefFor(withChanges(s, { exact: '1' })), 'data-nav': true, class: 'exact-search' },
      `Chỉ tìm đúng “${s.q}”`));
}

function didYouMean(s, suggestion) {
  return el('p', { class: 'did-you-mean' }, 'Có phải bạn muốn tìm: ',
    el('a', { href: hrefFor(withChanges(s, { q: suggestion })), 'data-nav': true, text: suggestion }), '?');
}

function pagination(s, r) {
  if (r.size === 0 || r.total <= r.size) return null;
  const pages = Math.min(Math.ceil(r.total / r.size), MAX_PAGE);
  const current = r.page;
  const link = (p, label, attrs = {}) => el('a', {
    href: hrefFor(withChanges(s, { page: p })), 'data-nav': true, dataset: { page: String(p) }, ...attrs,
  }, label);
  const nums = new Set([1, pages]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= pages) nums.add(p);
  const items = [];
  let prev = 0;
  for (const p of [...nums].sort((a, b) => a - b)) {
    if (p - prev > 1) items.push(el('li', { class: 'gap', 'aria-hidden': 'true', text: '…' }));
    items.push(el('li', {}, p === current
      ? el('span', { class: 'current', 'aria-current': 'page', text: String(p) })
      : link(p, String(p), { 'aria-label': `Trang ${p}` })));
    prev = p;
  }
  return el('nav', { class: 'pagination', 'aria-label': 'Phân trang' },
    current > 1 ? link(current - 1, '‹ Trang trước', { rel: 'prev', class: 'prev' }) : el('span', { class: 'prev disabled', text: '‹ Trang trước' }),
    el('ol', {}, items),
    current < pages ? link(current + 1, 'Trang sau ›', { rel: 'next', class: 'next' }) : el('span', { class: 'next disabled', text: 'Trang sau ›' }),
    el('span', { class: 'page-of', text: `Trang ${current}/${pages}` }));
}
