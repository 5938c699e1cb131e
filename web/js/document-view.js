// The document page: the title staff cite it by (server-built) with buttons copying it and the permanent link,
// metadata with provenance, links (cites, cited by, similar), full text with the query's matches
// highlighted where the server found them, download of the original, the history of its versions (each downloadable);
// for staff (signed in, or a token in the session), edit and upload of a new version; for admins, delete.
// A link with an earlier version's id opens the document, with a note saying so.

import * as api from './api.js';
import { clear, el } from './dom.js';
import { bookmarkBox } from './saved.js';
import { highlightRanges } from './highlight.js';
import {
  FACET_LABELS, FIELD_LABELS, PROVENANCE_LABELS, extractionLabel, extractionNote, formatBytes, formatDate,
  formatDateTime, mediaTypeLabel, valueLabel,
} from './labels.js';
import { hrefFor, navigate } from './router.js';
import { byRelation, citingSentence, documentLink, symbolLink } from './citation-links.js';
import { isAdmin, isStaff } from './session.js';
import { metadataInputs, showStaffError, staffToken } from './staff.js';
import { hasFilters, parseState, withChanges } from './state.js';

const META_ORDER = ['title', 'type', 'number', 'date', 'dateSource', 'province', 'provinceCurrent',
  'provincesMentioned', 'level', 'issuer', 'signer', 'signerRole', 'signingAuthority', 'term', 'subjects', 'subjectReasons',
  'recipients', 'access'];

export async function showDocument(view, s, ctx) {
  const d = await documentWithMatches(s, ctx.signal);
  ctx.signal.throwIfAborted();
  const meta = d.meta || {};
  const title = d.citation || meta.title || d.source || d.id;
  document.title = `${title} | Văn kiện`;
  const searchState = { ...s, doc: '' };
  const fromSearch = Boolean(s.q) || hasFilters(s);

  const text = el('div', { class: 'fulltext', id: 'fulltext', tabindex: '0', 'aria-label': 'Toàn văn' });
  const marks = highlightRanges(text, d.text || '', d.matches || []);

  clear(view).appendChild(el('article', { class: 'document', dataset: { id: d.id } },
    el('p', { class: 'back' }, el('a', { href: hrefFor(searchState), 'data-nav': true, id: 'back-to-results' },
      fromSearch ? '‹ Quay lại kết quả tìm kiếm' : '‹ Về trang tìm kiếm')),
    d.requestedId ? oldLinkNote(d) : null,
    el('h2', { id: 'doc-title', tabindex: '-1', text: title }),
    el('p', { class: 'doc-sub' },
      [meta.type, meta.number, formatDate(meta.date), province(meta)].filter(Boolean).join(' · ')),
    meta.number ? el('p', { class: 'doc-symbol' },
      symbolLink(s, meta.number, `Văn bản trích dẫn và chuỗi thực hiện số ${meta.number}`)) : null,
    el('p', { class: 'doc-actions' },
      el('a', {
        class: 'button primary', id: 'download-original', href: api.originalUrl(d.id), download: d.downloadName || true,
      }, 'Tải bản gốc'),
      copyButton('copy-citation', 'Sao chép trích dẫn', title, 'Đã sao chép trích dẫn.'),
      copyButton('copy-link', 'Sao chép liên kết', permanentLink(d.id), 'Đã sao chép liên kết cố định.'),
      el('span', { class: 'copy-status', id: 'copy-status', role: 'status', 'aria-live': 'polite' }),
      el('span', { class: 'file-info', text: ` ${d.downloadName || d.source || ''} · ${formatBytes(d.sizeBytes || 0)}` })),
    bookmarkBox(d, title),
    staffToken() || isStaff() ? staffActions(s, d, title) : null,
    el('div', { class: 'doc-grid' },
      el('section', { class: 'doc-meta', 'aria-labelledby': 'meta-heading' },
        el('h3', { id: 'meta-heading', text: 'Thông tin văn bản' }),
        metadataTable(meta, d.facets || {})),
      el('div', { class: 'doc-links' },
        citesSection(s, d.cites || [], d.id),
        citedBySection(s, d.citedBy || [], meta.number),
        refSection(s, 'similar', 'Văn bản tương tự', d.similar || [], 'Không có văn bản tương tự.'))),
    el('section', { class: 'doc-text', 'aria-labelledby': 'text-heading' },
      el('div', { class: 'text-head' },
        el('h3', { id: 'text-heading', text: 'Toàn văn' }),
        s.q ? matchNavigator(marks, s.q) : null),
      d.text ? text : el('p', { class: 'empty', text: 'Không trích được nội dung chữ của văn bản này.' })),
    versionsSection(d),
    technical(d)));
}

/**
 * The document with where the query matches its text (the server's offsets); a query the server cannot
 * parse (the search page shows why) leaves the document unhighlighted instead of failing the page.
 */
async function documentWithMatches(s, signal) {
  if (!s.q) return api.documentView(s.doc, null, signal);
  try {
    return await api.documentView(s.doc, s.q, signal);
  } catch (e) {
    if (e instanceof api.ApiError && e.status === 400 && e.parameter === 'q') {
      return api.documentView(s.doc, null, signal);
    }
    throw e;
  }
}

/** The link that always opens this document, whatever the search: the page with only ?doc=ID. */
function permanentLink(id) {
  return new URL(hrefFor({ ...parseState(''), doc: id }), location.href).href;
}

/** A button copying `value` (also in its data-copy attribute) to the clipboard, saying so in #copy-status. */
function copyButton(id, label, value, done) {
  return el('button', {
    type: 'button', class: 'button', id, dataset: { copy: value },
    on: {
      click: async (e) => {
        const button = e.currentTarget;
        const status = document.getElementById('copy-status');
        const ok = await copyText(value);
        status.textContent = ok ? done : 'Không sao chép được; hãy chọn và sao chép bằng tay: ' + value;
        button.focus();
      },
    },
  }, label);
}

/** Writes text to the clipboard: the Clipboard API where the page may use it, else a selected textarea. */
async function copyText(value) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(value);
      return true;
    } catch {
      // refused (permissions): try the textarea below
    }
  }
  const area = el('textarea', { class: 'visually-hidden', readonly: true, 'aria-hidden': 'true' });
  area.value = value;
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** The link named one version of the document by that version's own id: it opens the document as it is now. */
function oldLinkNote(d) {
  const versions = d.versions || [];
  const asked = versions.find((v) => v.id === d.requestedId);
  const permanent = `Mã cố định của văn bản là ${d.id}; nên dùng mã này khi trích dẫn.`;
  if (asked && asked.current) {
    return el('p', { class: 'notice', id: 'old-link-note', role: 'status' },
      `Liên kết này mang mã ${d.requestedId} của bản ${asked.number} (bản hiện hành) của văn bản. ${permanent}`);
  }
  return el('p', { class: 'notice', id: 'old-link-note', role: 'status' },
    `Liên kết này mang mã ${d.requestedId}` + (asked ? ` của bản ${asked.number}` : '')
      + ` của văn bản; văn bản đã có bản sửa sau đó. Trang này hiện bản hiện hành (bản ${versions.length || 1}).`
      + ` ${permanent} Các bản trước vẫn tải được ở mục “Các bản của văn bản”.`);
}

const VIA_LABELS = { upload: 'tải lên bản mới', ingest: 'nhập lại tệp đã sửa' };

/** Every version of the original, the first to the current: when, which file, who replaced it, download. */
function versionsSection(d) {
  const versions = d.versions || [];
  if (versions.length <= 1) return null;
  return el('section', { class: 'doc-versions', id: 'versions', 'aria-labelledby': 'versions-heading' },
    el('h3', { id: 'versions-heading', text: `Các bản của văn bản (${versions.length})` }),
    el('p', { class: 'hint', text: 'Văn bản giữ nguyên mã khi có bản sửa; liên kết cũ vẫn mở được văn bản.' }),
    el('ul', {}, versions.slice().reverse().map((v) => el('li', { dataset: { version: String(v.number) } },
      el('strong', { text: `Bản ${v.number}${v.current ? ' (hiện hành)' : ''}` }),
      ` · từ ${formatDateTime(v.since)} · ${(v.sources || []).join('; ') || v.id} · ${formatBytes(v.sizeBytes || 0)} · `,
      el('a', { href: api.versionOriginalUrl(d.id, v.number), download: true, class: 'version-download' }, 'Tải bản này'),
      v.current ? null : el('span', {
        class: 'ref-sub',
        text: `Được thay lúc ${formatDateTime(v.replacedAt)} bởi ${v.replacedBy || 'không rõ'}`
          + ` (${VIA_LABELS[v.replacedVia] || v.replacedVia || ''}).`,
      }),
      el('span', { class: 'ref-sub', text: `Mã bản: ${v.id} · SHA-256: ${v.sha256}` })))));
}

function province(meta) {
  if (!meta.province) return meta.provinceCurrent || '';
  return meta.provinceCurrent && meta.provinceCurrent !== meta.province
    ? `${meta.province} (nay: ${meta.provinceCurrent})` : meta.province;
}

// Links from the issuer and the term to every document counted under the same facet value: the server's
// one value per body and per term (d.facets), not the typed form, so "Ban Thường vụ Tỉnh ủy X" finds the
// documents typed "Tỉnh ủy X" too.
const FACET_LINKS = {
  issuer: 'Các văn bản của cơ quan này',
  term: 'Các văn bản cùng nhiệm kỳ',
};

function facetLink(field, value) {
  return el('a', {
    class: 'facet-link', href: hrefFor(withChanges(parseState(''), { [field]: [value] })), 'data-nav': true,
    dataset: { facet: field, value }, title: `${FACET_LABELS[field]}: ${value}`,
  }, FACET_LINKS[field]);
}

function metadataTable(meta, facets) {
  const prov = meta.provenance || {};
  const rows = [];
  for (const field of META_ORDER) {
    const raw = meta[field];
    const empty = raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0);
    let value;
    if (empty) value = el('span', { class: 'missing', text: 'chưa rõ' });
    else if (Array.isArray(raw)) value = raw.join('; ');
    else if (field === 'date') value = formatDate(raw);
    else value = valueLabel(field, raw);
    const source = empty ? null : (prov[field] || 'extracted');
    const [tag, explain] = source ? (PROVENANCE_LABELS[source] || [source, source]) : [];
    rows.push(el('tr', { dataset: { field } },
      el('th', { scope: 'row', text: FIELD_LABELS[field] || field }),
      el('td', {}, value, source ? el('span', {
        class: `prov prov-${source}`, title: explain, dataset: { provenance: source },
      }, tag) : null, !empty && FACET_LINKS[field] && facets[field] ? facetLink(field, facets[field]) : null)));
  }
  return el('table', { class: 'meta-table' },
    el('caption', { class: 'visually-hidden', text: 'Siêu dữ liệu, kèm nguồn của từng trường' }),
    el('tbody', {}, rows));
}

function docLink(s, ref) {
  const label = ref.citation || ref.title || ref.source || ref.id;
  const sub = [ref.type, ref.number, formatDate(ref.date), ref.province].filter(Boolean).join(' · ');
  return [
    el('a', { href: hrefFor({ ...s, doc: ref.id }), 'data-nav': true, dataset: { id: ref.id }, text: label }),
    sub ? el('span', { class: 'ref-sub', text: sub }) : null,
  ];
}

/**
 * What the document cites, grouped by how it cites it (căn cứ, thực hiện, sơ kết...), each with the sentence
 * it was read from; every symbol links to its page, and to the document when the archive holds it.
 */
const RELATION_ORDER = ['replaces', 'amends', 'repeals', 'reviews', 'guides', 'basis', 'continues', 'implements',
  'mentions'];

/** Items grouped by relation, strongest first (the server's order, relations.tsv). */
function relationGroups(items) {
  return byRelation(items, (c) => c.relation || 'mentions', (c) => c.relationLabel || 'Nhắc đến')
    .sort((a, b) => RELATION_ORDER.indexOf(a.code) - RELATION_ORDER.indexOf(b.code));
}

function citesSection(s, cites, id) {
  const groups = relationGroups(cites);
  return el('section', { class: 'refs', id: 'cites', 'aria-labelledby': 'cites-heading' },
    el('h3', { id: 'cites-heading', text: `Văn bản được trích dẫn (${cites.length})` }),
    cites.length === 0 ? el('p', { class: 'empty', text: 'Văn bản không trích dẫn số hiệu nào.' })
      : [groups.map((g) => el('div', { class: 'cite-group', dataset: { relation: g.code } },
        el('h4', { text: `${g.label} (${g.items.length})` }),
        el('ul', {}, g.items.map((c) => el('li', { dataset: { relation: g.code } },
          c.document
            ? [symbolLink(s, c.number, c.number + ':'), ' ', documentLink(s, c.document)]
            : [symbolLink(s, c.number), ' ', el('span', { class: 'ref-sub', text: '— chưa có trong kho' })],
          citingSentence(c.sentence)))))),
      el('p', { class: 'export-links' }, 'Tải danh sách trích dẫn: ',
        el('a', { href: api.citationsUrl(id, 'csv'), download: true, id: 'cites-csv' }, 'CSV'), ' · ',
        el('a', { href: api.citationsUrl(id, 'json'), download: true }, 'JSON'))]);
}

/**
 * The documents citing this one (as many as the reader may see), grouped by how they cite it (thực hiện, sơ kết,
 * căn cứ...), each with its type, number, date and province, a link to it and the sentence that cites this document.
 */
function citedBySection(s, citing, number) {
  return el('section', { class: 'refs', id: 'cited-by', 'aria-labelledby': 'cited-by-heading' },
    el('h3', { id: 'cited-by-heading', text: `Được trích dẫn bởi (${citing.length})` }),
    citing.length === 0
      ? el('p', { class: 'empty', text: number ? 'Chưa có văn bản nào trong kho trích dẫn văn bản này.'
        : 'Văn bản chưa có số hiệu nên không tìm được văn bản trích dẫn nó.' })
      : relationGroups(citing).map((g) => el('div', { class: 'cite-group', dataset: { relation: g.code } },
        el('h4', { text: `${g.label} (${g.items.length})` }),
        el('ul', {}, g.items.map((c) => el('li', { dataset: { relation: g.code } },
          documentLink(s, c.document), citingSentence(c.sentence)))))));
}

function refSection(s, id, heading, refs, emptyText) {
  return el('section', { class: 'refs', id, 'aria-labelledby': `${id}-heading` },
    el('h3', { id: `${id}-heading`, text: `${heading} (${refs.length})` }),
    refs.length === 0 ? el('p', { class: 'empty', text: emptyText })
      : el('ul', {}, refs.map((r) => el('li', {}, docLink(s, r)))));
}

/** "n chỗ khớp" with buttons that move between the highlighted words. */
function matchNavigator(marks, q) {
  if (marks.length === 0) {
    return el('p', { class: 'match-nav', text: `Không có chỗ nào khớp “${q}” trong toàn văn.` });
  }
  let index = -1;
  const status = el('span', { class: 'match-status', 'aria-live': 'polite', text: `${marks.length} chỗ khớp “${q}”` });
  const go = (step) => {
    if (index >= 0) marks[index].classList.remove('current');
    index = (index + step + marks.length) % marks.length;
    const m = marks[index];
    m.classList.add('current');
    m.scrollIntoView({ block: 'center' });
    status.textContent = `Chỗ khớp ${index + 1}/${marks.length} “${q}”`;
  };
  return el('p', { class: 'match-nav' }, status,
    el('button', { type: 'button', class: 'button small', on: { click: () => go(-1) } }, '‹ Trước'),
    el('button', { type: 'button', class: 'button small', on: { click: () => go(1) } }, 'Sau ›'));
}

function technical(d) {
  const row = (k, v) => (v === null || v === undefined || v === '' ? null
    : el('tr', {}, el('th', { scope: 'row', text: k }), el('td', { text: String(v) })));
  return el('details', { class: 'technical' },
    el('summary', { text: 'Thông tin kỹ thuật' }),
    el('table', { class: 'meta-table' }, el('tbody', {},
      row('Mã văn bản', d.id),
      row('Tệp nguồn', (d.sources && d.sources.length ? d.sources : [d.source]).join('; ')),
      row('Định dạng', mediaTypeLabel(d.mediaType)),
      row('Kích thước', formatBytes(d.sizeBytes || 0)),
      row('Cách trích chữ', extractionLabel(d.extraction)),
      row('Ghi chú trích chữ', (d.extractionNotes || []).map(extractionNote).join('; ')),
      row('Nhập kho lúc', formatDateTime(d.ingestedAt)),
      row('SHA-256', d.sha256))));
}

/** "Sửa thông tin" (a form for the editable fields, PATCH, reload) and "Xóa văn bản" (confirm, DELETE). */
function staffActions(s, d, title) {
  const meta = d.meta || {};
  const error = el('div', { id: 'staff-error', class: 'form-error', role: 'alert', hidden: true });
  const form = el('form', { id: 'edit-meta-form', class: 'staff-form edit-form', hidden: true },
    el('fieldset', {},
      el('legend', { text: 'Sửa thông tin văn bản' }),
      el('p', { class: 'hint', text: 'Ô để trống thì xóa giá trị của trường đó. Trường đã sửa được ghi là “đã sửa”.' }),
      el('div', { class: 'field-grid' }, metadataInputs('edit-', meta)),
      el('p', { class: 'form-actions' },
        el('button', { type: 'submit', class: 'button primary', id: 'edit-save' }, 'Lưu'),
        ' ',
        el('button', { type: 'button', class: 'button', on: { click: () => { form.hidden = true; editButton.focus(); } } },
          'Hủy'))));
  const editButton = el('button', {
    type: 'button', class: 'button', id: 'edit-meta', 'aria-expanded': 'false', 'aria-controls': 'edit-meta-form',
    on: {
      click: () => {
        form.hidden = !form.hidden;
        editButton.setAttribute('aria-expanded', String(!form.hidden));
        if (!form.hidden) form.querySelector('input').focus();
      },
    },
  }, 'Sửa thông tin');
  const deleteButton = el('button', {
    type: 'button', class: 'button danger', id: 'delete-document',
    on: {
      click: async () => {
        if (!window.confirm(`Xóa văn bản “${title}” khỏi kho? Không thể hoàn tác.`)) return;
        showStaffError(error, null);
        try {
          await api.deleteDocument(d.id, staffToken());
          navigate({ ...s, doc: '' }, { replace: true });
        } catch (e) {
          showStaffError(error, e);
        }
      },
    },
  }, 'Xóa văn bản');

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!form.reportValidity()) return;
    const changes = {};
    for (const input of form.querySelectorAll('input[name]')) {
      const before = meta[input.name] == null ? '' : String(meta[input.name]);
      const now = input.value.trim();
      if (now !== before) changes[input.name] = now === '' ? null : now;
    }
    if (Object.keys(changes).length === 0) {
      showStaffError(error, new Error('Chưa có trường nào thay đổi.'));
      return;
    }
    showStaffError(error, null);
    try {
      await api.editMetadata(d.id, changes, staffToken());
      navigate(s, { replace: true });
    } catch (err) {
      showStaffError(error, err);
    }
  });

  const versionForm = newVersionForm(s, d, error);
  const versionButton = el('button', {
    type: 'button', class: 'button', id: 'upload-version', 'aria-expanded': 'false', 'aria-controls': 'version-form',
    on: {
      click: () => {
        versionForm.hidden = !versionForm.hidden;
        versionButton.setAttribute('aria-expanded', String(!versionForm.hidden));
        if (!versionForm.hidden) versionForm.querySelector('input').focus();
      },
    },
  }, 'Tải lên bản sửa');

  return el('section', { class: 'staff-actions', 'aria-label': 'Dành cho cán bộ lưu trữ' },
    el('p', { class: 'doc-actions' }, editButton, ' ', versionButton, isAdmin() ? [' ', deleteButton] : null),
    error, form, versionForm);
}

/** One file that replaces the current original; the document keeps its id, the old original stays a version. */
function newVersionForm(s, d, error) {
  const file = el('input', { id: 'version-file', name: 'file', type: 'file', required: true });
  const form = el('form', { id: 'version-form', class: 'staff-form', hidden: true },
    el('fieldset', {},
      el('legend', { text: 'Tải lên bản sửa của văn bản này' }),
      el('p', { class: 'hint', text: 'Bản tải lên thay bản hiện hành. Văn bản giữ nguyên mã, liên kết cũ vẫn mở được;'
        + ' bản hiện hành được giữ lại và vẫn tải được. Trường đã sửa tay được giữ nguyên.' }),
      el('label', { class: 'field', for: 'version-file' }, el('span', { text: 'Tệp bản sửa' }), file),
      el('p', { class: 'form-actions' },
        el('button', { type: 'submit', class: 'button primary', id: 'version-submit' }, 'Tải lên'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!form.reportValidity() || !file.files.length) return;
    showStaffError(error, null);
    try {
      const answer = await api.uploadVersion(d.id, file.files[0], staffToken());
      if (answer.outcome === 'unchanged') {
        showStaffError(error, new Error('Tệp này trùng với bản hiện hành; không có gì thay đổi.'));
        return;
      }
      navigate(s, { replace: true });
    } catch (err) {
      showStaffError(error, err);
    }
  });
  return form;
}
