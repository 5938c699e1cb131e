// Province x time analysis of the current search (issue 16): a tile map of the provinces (34 from 1 July
// 2025, or the 63 before), shaded by how many matching documents each holds, a click filters the search by
// that province; and a table of provinces by year (by month within one chosen year), the former provinces
// inside each current one, downloadable as CSV. Counts come from /api/stats/province-time, which counts the
// documents matching the query and every filter that the caller may read.

import * as api from './api.js';
import { clear, el } from './dom.js';
import { formatCount } from './labels.js';
import { navigate } from './router.js';
import { apiParams, withChanges } from './state.js';

let open = false; // whether the section is shown (kept from one search to the next)
let after = true; // the map of the 34 provinces (after 1 July 2025), else the 63 before
let tilesPromise = null;
const SHADES = 5;

function tiles() {
  if (!tilesPromise) {
    tilesPromise = fetch('province-tiles.json').then((r) => {
      if (!r.ok) throw new Error('province-tiles.json: ' + r.status);
      return r.json();
    }).catch((e) => { tilesPromise = null; throw e; });
  }
  return tilesPromise;
}

/**
 * Query parameters of the table for state s: the search's query (or the correction the page shows) and
 * filters, by month within one year.
 */
function tableParams(s, corrected) {
  const p = apiParams(s, { page: false });
  p.delete('sort');
  if (corrected) p.set('q', corrected);
  if (s.year.length === 1) p.set('by', 'month');
  return p;
}

/**
 * The section for state s: a button that opens it, and, open, the map and the table (loaded then).
 * corrected: the query the results page shows instead of the one typed, if any.
 */
export function provinceTime(s, corrected = null) {
  const body = el('div', { class: 'pt-body', id: 'province-time-body', hidden: !open });
  const toggle = el('button', {
    type: 'button', class: 'link-button pt-toggle', 'aria-expanded': String(open),
    'aria-controls': 'province-time-body', dataset: { focusKey: 'province-time' },
    on: {
      click: (e) => {
        open = !open;
        e.currentTarget.setAttribute('aria-expanded', String(open));
        body.hidden = !open;
        if (open) load(s, corrected, body);
      },
    },
  }, 'Phân bố theo tỉnh, thành và thời gian');
  if (open) load(s, corrected, body);
  return el('section', { class: 'province-time', 'aria-labelledby': 'province-time-heading' },
    el('h3', { id: 'province-time-heading' }, toggle),
    body);
}

async function load(s, corrected, body) {
  clear(body).appendChild(el('p', { class: 'pt-loading', role: 'status', text: 'Đang đếm…' }));
  try {
    const [layout, table] = await Promise.all([tiles(), api.provinceTime(tableParams(s, corrected))]);
    if (!body.isConnected) return; // the user went on
    clear(body).append(...content(s, corrected, layout, table));
  } catch (e) {
    if (e.name === 'AbortError') return;
    clear(body).appendChild(el('p', { class: 'pt-error', role: 'alert', text: 'Không tải được bảng thống kê: ' + e.message }));
  }
}

function content(s, corrected, layout, table) {
  if (table.total === 0) return [el('p', { text: 'Không có văn bản nào để thống kê.' })];
  return [mapBlock(s, layout, table), tableBlock(s, corrected, table)];
}

// ---- map ----

/** Counts by province name: the current provinces (rows) or the former ones (their insides). */
function countsByName(table, current) {
  const m = new Map();
  for (const row of table.rows) {
    if (!row.province) continue;
    if (current) m.set(row.province, row.total);
    else for (const f of row.former) m.set(f.province, (m.get(f.province) || 0) + f.total);
  }
  return m;
}

function shade(n, top) {
  if (!n) return 0;
  return Math.max(1, Math.ceil((n / top) * SHADES));
}

function mapBlock(s, layout, table) {
  const counts = countsByName(table, after);
  const top = Math.max(1, ...counts.values());
  const list = after ? layout.after : layout.before;
  const param = after ? 'provinceCurrent' : 'province';
  const chosen = new Set(s[param]);
  const grid = el('div', {
    class: 'tile-map', role: 'group',
    'aria-label': after ? 'Bản đồ 34 tỉnh, thành phố (từ 1/7/2025)' : 'Bản đồ 63 tỉnh, thành phố (trước 1/7/2025)',
    style: `grid-template-columns:repeat(${layout.columns},minmax(0,1fr))`,
  }, list.map((t) => {
    const n = counts.get(t.name) || 0;
    const selected = chosen.has(t.name);
    const label = `${t.name}: ${formatCount(n)} văn bản`;
    return el('button', {
      type: 'button', class: `tile shade-${shade(n, top)}` + (selected ? ' selected' : ''),
      style: `grid-column:${t.x + 1};grid-row:${t.y + 1}`,
      title: label, 'aria-label': label + (selected ? ', đang lọc' : ', nhấn để lọc theo tỉnh này'),
      'aria-pressed': String(selected),
      dataset: { province: t.name, count: String(n), focusKey: `tile:${param}:${t.name}` },
      on: {
        click: () => navigate(withChanges(s, {
          [param]: selected && chosen.size === 1 ? [] : [t.name],
          // a province of the other map would narrow the search to nothing or to the same: leave it out
          [after ? 'province' : 'provinceCurrent']: [],
        })),
      },
    }, el('span', { class: 'tile-short', 'aria-hidden': 'true', text: t.short }),
    el('span', { class: 'tile-count', 'aria-hidden': 'true', text: n ? formatCount(n) : '' }));
  }));
  const choose = (value, text) => el('button', {
    type: 'button', class: 'button small' + (after === value ? ' active' : ''), 'aria-pressed': String(after === value),
    dataset: { map: value ? '34' : '63' },
    on: {
      click: (e) => {
        after = value;
        const block = e.currentTarget.closest('.pt-map');
        block.replaceWith(mapBlock(s, layout, table));
      },
    },
  }, text);
  return el('div', { class: 'pt-map' },
    el('div', { class: 'pt-map-switch', role: 'group', 'aria-label': 'Chọn bản đồ' },
      choose(true, '34 tỉnh, thành (từ 1/7/2025)'), choose(false, '63 tỉnh, thành (trước 1/7/2025)')),
    grid,
    el('p', { class: 'pt-legend' },
      el('span', { class: 'tile-swatch shade-0', 'aria-hidden': 'true' }), ' không có văn bản ',
      el('span', { class: 'tile-swatch shade-1', 'aria-hidden': 'true' }), ' ít ',
      el('span', { class: 'tile-swatch shade-5', 'aria-hidden': 'true' }), ` nhiều nhất (${formatCount(top)})`));
}

// ---- table ----

function periodLabel(by, p) {
  return by === 'month' ? `Tháng ${Number(p.slice(5))}` : p;
}

function tableBlock(s, corrected, table) {
  const csv = api.provinceTimeCsvUrl(tableParams(s, corrected));
  const head = el('tr', {},
    el('th', { scope: 'col', text: 'Tỉnh, thành phố' }),
    el('th', { scope: 'col', class: 'num', text: 'Tổng' }),
    table.periods.map((p) => el('th', { scope: 'col', class: 'num', text: periodLabel(table.by, p) })),
    table.undated ? el('th', { scope: 'col', class: 'num', text: 'Không rõ ngày' }) : null);
  const cells = (r) => [
    el('td', { class: 'num total', text: formatCount(r.total) }),
    r.counts.map((n) => el('td', { class: 'num' + (n ? '' : ' zero'), text: n ? formatCount(n) : '·' })),
    table.undated ? el('td', { class: 'num', text: r.undated ? formatCount(r.undated) : '·' }) : null,
  ];
  const bodies = table.rows.map((row, i) => {
    const name = row.province || 'Không rõ tỉnh';
    const former = row.former.filter((f) => !(row.former.length === 1 && f.province === row.province));
    const subIds = `pt-former-${i}`;
    const subRows = former.map((f) => el('tr', { class: 'pt-former', hidden: true, dataset: { group: subIds } },
      el('th', { scope: 'row', class: 'pt-former-name', text: f.province }), cells(f)));
    const expand = former.length ? el('button', {
      type: 'button', class: 'pt-expand', 'aria-expanded': 'false',
      'aria-label': `Xem ${former.length} tỉnh trước sáp nhập thuộc ${name}`,
      on: {
        click: (e) => {
          const openNow = e.currentTarget.getAttribute('aria-expanded') !== 'true';
          e.currentTarget.setAttribute('aria-expanded', String(openNow));
          e.currentTarget.textContent = openNow ? '▾' : '▸';
          subRows.forEach((tr) => { tr.hidden = !openNow; });
        },
      },
    }, '▸') : null;
    return el('tbody', { dataset: { province: row.province } },
      el('tr', { class: 'pt-current' }, el('th', { scope: 'row' }, expand, ' ', name), cells(row)),
      subRows);
  });
  const foot = el('tfoot', {}, el('tr', {},
    el('th', { scope: 'row', text: 'Tổng cộng' }),
    el('td', { class: 'num total', text: formatCount(table.total) }),
    table.columnTotals.map((n) => el('td', { class: 'num', text: formatCount(n) })),
    table.undated ? el('td', { class: 'num', text: formatCount(table.undated) }) : null));
  const caption = table.by === 'month'
    ? `Số văn bản theo tỉnh, thành và tháng trong năm ${s.year[0]}`
    : 'Số văn bản theo tỉnh, thành và năm';
  return el('div', { class: 'pt-table-block' },
    el('div', { class: 'pt-table-head' },
      el('a', { class: 'button small', href: csv, download: true, id: 'province-time-csv' }, 'Tải bảng (CSV)')),
    el('div', { class: 'pt-table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
      el('table', { class: 'pt-table' }, el('caption', { text: caption }), el('thead', {}, head), bodies, foot)));
}
