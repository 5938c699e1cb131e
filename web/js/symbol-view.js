// A cited symbol's page (issue 16): what the archive knows of the document (its own record, else what the
// citing sentences say), every document citing it grouped by relation with the sentence, and its
// implementation chain down the hierarchy as a table and a timeline, with the provinces that have none.

import * as api from './api.js';
import { byRelation, citingSentence, documentLink, symbolLink } from './citation-links.js';
import { clear, el } from './dom.js';
import { formatDate } from './labels.js';
import { hrefFor } from './router.js';

const LEVELS = { central: 'Trung ương', provincial: 'Cấp tỉnh', district: 'Cấp huyện', commune: 'Cấp xã' };

export async function showSymbol(view, s, ctx) {
  const [page, chain] = await Promise.all([api.symbolView(s.symbol, ctx.signal), api.chainView(s.symbol, ctx.signal)]);
  ctx.signal.throwIfAborted();
  const known = page.known || {};
  const heading = [known.type, page.number].filter(Boolean).join(' ');
  document.title = `${heading} | Văn kiện`;
  clear(view).appendChild(el('article', { class: 'symbol-page', dataset: { symbol: page.number } },
    el('p', { class: 'back' }, el('a', { href: hrefFor({ ...s, symbol: '', doc: '' }), 'data-nav': true }, '‹ Về trang tìm kiếm')),
    el('h2', { id: 'symbol-title', tabindex: '-1', text: heading }),
    knownFacts(s, page),
    citingSection(s, page),
    chainSection(s, page.number, chain)));
}

function knownFacts(s, page) {
  const k = page.known || {};
  const rows = [['Loại văn bản', k.type], ['Ngày ban hành', formatDate(k.date)], ['Cơ quan ban hành', k.issuer],
    ['Trích yếu', k.title]].filter(([, v]) => v);
  return el('section', { class: 'symbol-known', 'aria-labelledby': 'known-heading' },
    el('h3', { id: 'known-heading', text: 'Thông tin về văn bản' }),
    page.document
      ? el('p', { id: 'symbol-in-archive' }, 'Văn bản có trong kho: ', documentLink(s, page.document))
      : el('p', { class: 'empty', id: 'symbol-not-in-archive',
        text: 'Văn bản chưa có trong kho; thông tin dưới đây đọc từ các câu trích dẫn nó.' }),
    rows.length === 0 ? null : el('table', { class: 'meta-table' },
      el('tbody', {}, rows.map(([label, value]) => el('tr', {}, el('th', { text: label }), el('td', { text: value }))))));
}

function citingSection(s, page) {
  const citing = page.citedBy || [];
  const groups = byRelation(citing, (c) => c.relation, (c) => c.relationLabel);
  const order = (page.relations || []).map((r) => r.code);
  groups.sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code));
  const provinces = Object.entries(page.byProvince || {}).sort((a, b) => b[1] - a[1]);
  return el('section', { class: 'refs', id: 'symbol-citing', 'aria-labelledby': 'citing-heading' },
    el('h3', { id: 'citing-heading', text: `Các văn bản trích dẫn (${citing.length})` }),
    citing.length === 0 ? el('p', { class: 'empty', text: 'Chưa có văn bản nào trong kho trích dẫn số hiệu này.' }) : [
      provinces.length ? el('p', { class: 'ref-sub', text: 'Theo tỉnh: ' + provinces.map(([p, n]) => `${p} (${n})`).join(', ') }) : null,
      groups.map((g) => el('div', { class: 'cite-group', dataset: { relation: g.code } },
        el('h4', { text: `${g.label} (${g.items.length})` }),
        el('ul', {}, g.items.map((c) => el('li', {}, documentLink(s, c.document), citingSentence(c.sentence)))))),
    ]);
}

function chainSection(s, number, chain) {
  const rows = chain.rows || [];
  const missing = chain.missingProvinces || [];
  const provinces = chain.provinces || [];
  return el('section', { class: 'chain', id: 'chain', 'aria-labelledby': 'chain-heading' },
    el('h3', { id: 'chain-heading', text: `Chuỗi thực hiện (${rows.length} văn bản)` }),
    el('p', { class: 'ref-sub', text: chain.sourceDate
      ? `Số ngày tính từ ngày ban hành văn bản gốc ${formatDate(chain.sourceDate)}.`
      : 'Chưa biết ngày ban hành văn bản gốc nên không tính được số ngày.' }),
    rows.length === 0 ? el('p', { class: 'empty', text: 'Chưa có văn bản nào trong kho thực hiện văn bản này.' }) : [
      chainTable(s, rows),
      timeline(rows)],
    el('p', { class: 'export-links' }, 'Tải chuỗi thực hiện: ',
      el('a', { href: api.chainUrl(number, 'csv'), download: true, id: 'chain-csv' }, 'CSV'), ' · ',
      el('a', { href: api.chainUrl(number, 'json'), download: true }, 'JSON')),
    el('h4', { id: 'missing-heading', text: `Tỉnh, thành phố chưa có văn bản thực hiện (${missing.length}/${provinces.length})` }),
    missing.length === 0 ? el('p', { class: 'empty', text: 'Tỉnh, thành phố nào cũng đã có văn bản.' })
      : el('ul', { class: 'missing-provinces', id: 'missing-provinces' }, provinces.filter((p) => p.documents === 0).map((p) =>
        el('li', { title: p.formerProvinces.length ? 'Gồm: ' + p.formerProvinces.join(', ') : null,
          text: p.formerProvinces.length ? `${p.province} (gồm ${p.formerProvinces.join(', ')})` : p.province }))));
}

function chainTable(s, rows) {
  return el('table', { class: 'chain-table', id: 'chain-table' },
    el('caption', { class: 'visually-hidden', text: 'Các văn bản thực hiện, theo cấp trong chuỗi rồi theo ngày' }),
    el('thead', {}, el('tr', {}, ['Cấp trong chuỗi', 'Văn bản', 'Thực hiện văn bản', 'Quan hệ', 'Cấp ban hành', 'Tỉnh',
      'Ngày', 'Sau văn bản gốc'].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows.map((r) => el('tr', { dataset: { relation: r.relation } },
      el('td', { text: String(r.depth) }),
      el('td', {}, documentLink(s, r.document)),
      el('td', {}, symbolLink(s, r.parent)),
      el('td', { text: r.relationLabel }),
      el('td', { text: LEVELS[r.level] || r.level || '' }),
      el('td', { text: r.document.provinceCurrent || r.document.province || '' }),
      el('td', { text: formatDate(r.document.date) }),
      el('td', { text: r.lagDays === null || r.lagDays === undefined ? '' : `${r.lagDays} ngày` })))));
}

/** The chain in date order, each document a bar as long as its delay after the source. */
function timeline(rows) {
  const dated = rows.filter((r) => r.lagDays !== null && r.lagDays !== undefined).sort((a, b) => a.lagDays - b.lagDays);
  if (dated.length === 0) return null;
  const max = Math.max(1, ...dated.map((r) => r.lagDays));
  return el('div', { class: 'chain-timeline', 'aria-labelledby': 'timeline-heading' },
    el('h4', { id: 'timeline-heading', text: 'Dòng thời gian' }),
    el('ol', {}, dated.map((r) => el('li', {},
      el('span', { class: 'timeline-date', text: formatDate(r.document.date) }),
      el('span', { class: 'timeline-bar', style: `width: ${Math.max(2, Math.round((100 * Math.max(0, r.lagDays)) / max))}%` }),
      el('span', { class: 'timeline-label',
        text: `${r.document.number || r.document.citation} · ${r.document.provinceCurrent || ''} · ${r.lagDays} ngày` })))));
}
