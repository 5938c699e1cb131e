// Vietnamese labels and formatting.

/** The facets' names: the server's (GET /api/facets, added by catalog.js), and the date range's. */
export const FACET_LABELS = {
  from: 'Từ ngày',
  to: 'Đến ngày',
  yearFrom: 'Từ năm',
  yearTo: 'Đến năm',
};

export const FIELD_LABELS = {
  title: 'Tiêu đề / trích yếu',
  type: 'Loại văn bản',
  number: 'Số, ký hiệu',
  date: 'Ngày ban hành',
  dateSource: 'Nguồn của ngày',
  province: 'Tỉnh (khi ban hành)',
  provinceCurrent: 'Tỉnh (hiện nay)',
  provincesMentioned: 'Các tỉnh được nhắc đến',
  level: 'Cấp',
  issuer: 'Cơ quan ban hành',
  signer: 'Người ký',
  signerRole: 'Chức vụ người ký',
  signingAuthority: 'Thẩm quyền ký',
  term: 'Nhiệm kỳ',
  subjects: 'Lĩnh vực',
  subjectReasons: 'Lĩnh vực: căn cứ',
  cites: 'Số hiệu được trích dẫn',
  recipients: 'Nơi nhận',
  access: 'Mức độ truy cập',
};

/** What each role of an account may do, as the header names it. */
export const ROLE_LABELS = {
  reader: 'người đọc', staff: 'cán bộ lưu trữ', admin: 'quản trị', anonymous: 'khách',
};

export const PROVENANCE_LABELS = {
  extracted: ['tự động', 'Trích tự động từ nội dung văn bản'],
  sidecar: ['tệp kèm', 'Lấy từ tệp siêu dữ liệu đi kèm (.meta.json) do cán bộ lưu trữ lập'],
  edited: ['đã sửa', 'Cán bộ lưu trữ đã sửa'],
  inferred: ['suy luận', 'Suy ra từ thông tin khác (không ghi trực tiếp trong văn bản)'],
  default: ['mặc định', 'Văn bản không ghi mức độ: lấy mức mặc định của kho khi nhập'],
};

const LEVELS = {
  central: 'Trung ương',
  provincial: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
  grassroots: 'Cơ sở',
};

/** The level codes the API takes (level=provincial), in the order a form offers them. */
export const LEVEL_CODES = Object.keys(LEVELS);

/** Where the extractor read a document's date (the metadata field dateSource, written in English by the server). */
const DATE_SOURCES = {
  'place-date line of the header': 'Dòng địa danh, ngày tháng ở đầu văn bản',
  'date beside the number in the header': 'Ngày ghi cạnh số hiệu ở đầu văn bản',
  'meeting date in the first paragraph (no header in this copy)': 'Ngày họp ở đoạn đầu (bản này không có phần đầu văn bản)',
  'adoption date stated in the text (no date in the header)': 'Ngày thông qua ghi trong nội dung (phần đầu không ghi ngày)',
};

/** How the text was obtained (extraction). */
const EXTRACTION_METHODS = {
  'plain-text': 'Đọc trực tiếp tệp văn bản thuần',
  tika: 'Trích chữ từ tệp (PDF, Word…)',
  ocr: 'Nhận dạng chữ từ ảnh quét (OCR)',
  'tika+ocr': 'Trích chữ từ tệp, kèm nhận dạng chữ trang ảnh (OCR)',
};

/** A file's media type as an office names it. */
const MEDIA_TYPES = {
  'text/plain': 'Tệp văn bản thuần (TXT)',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'application/msword': 'Word (DOC)',
  'application/vnd.oasis.opendocument.text': 'OpenDocument (ODT)',
  'application/rtf': 'RTF',
  'text/html': 'Trang web (HTML)',
  'application/xhtml+xml': 'Trang web (XHTML)',
  'image/png': 'Ảnh PNG',
  'image/jpeg': 'Ảnh JPEG',
  'image/tiff': 'Ảnh TIFF',
};

/** The link offered after a malformed query, by the error's code: the search without the faulty part. */
export const RETRY_LABELS = {
  'unbalanced-quote': 'Tìm bỏ dấu ngoặc kép',
  'unknown-field': 'Tìm bỏ tiền tố trường không có',
  'minus-before-or': 'Tìm bỏ dấu trừ trước OR',
  'dangling-or': 'Tìm bỏ chữ OR thừa',
};

/** The metadata fields staff may change for several documents at once, with the values offered. */
export const BULK_FIELDS = {
  province: 'Tỉnh (khi ban hành)',
  type: 'Loại văn bản',
  level: 'Cấp',
  access: 'Mức độ truy cập',
};

export const ACCESS_VALUES = ['công khai', 'nội bộ', 'mật'];

/** What the review queue says is missing or uncertain in a document. */
export const PROBLEM_LABELS = {
  number: 'Thiếu số, ký hiệu',
  date: 'Thiếu ngày ban hành',
  title: 'Thiếu trích yếu',
  province: 'Thiếu tỉnh',
  issuer: 'Thiếu cơ quan ban hành',
  'number-uncertain': 'Số, ký hiệu chưa chắc chắn',
  'date-uncertain': 'Ngày chưa chắc chắn',
  'title-uncertain': 'Trích yếu chưa chắc chắn',
  'province-uncertain': 'Tỉnh do suy luận',
  'issuer-uncertain': 'Cơ quan ban hành chưa chắc chắn',
};

/** A technical note of the extractor ("encoding: UTF-8") in words; an unknown note as a general phrase. */
export function extractionNote(note) {
  let m = /^encoding: (\S+)( \(BOM\))?( \(8-bit\))?$/.exec(note);
  if (m) return `Bảng mã ${m[1]}${m[2] ? ' (có dấu BOM đầu tệp)' : ''}${m[3] ? ' (mã 8 bit)' : ''}`;
  m = /^repaired: (\S+)/.exec(note);
  if (m) return `Đã sửa chữ bị lỗi bảng mã ${m[1]}`;
  m = /^ocr: ([\w+]+)(?:, (\d+) page\(s\))?/.exec(note);
  if (m) return `Nhận dạng chữ (OCR), ngôn ngữ ${m[1]}${m[2] ? `, ${m[2]} trang` : ''}`;
  if (/^ocr skipped/.test(note)) return 'Không nhận dạng chữ (OCR chưa sẵn sàng trên máy chủ)';
  return 'Ghi chú kỹ thuật khác của bộ trích chữ';
}

export function extractionLabel(method) {
  return EXTRACTION_METHODS[method] || method;
}

export function mediaTypeLabel(type) {
  if (!type) return type;
  return MEDIA_TYPES[type.split(';')[0].trim()] || type;
}

export const SORT_LABELS = {
  relevance: 'Liên quan nhất',
  date_desc: 'Mới nhất trước',
  date_asc: 'Cũ nhất trước',
};

export const SUGGESTION_KINDS = { title: 'tiêu đề', number: 'số hiệu', signer: 'người ký' };

/** How a facet value is shown (the value sent to the API stays as it is). */
export function valueLabel(dim, value) {
  if (dim === 'level') return LEVELS[value] || value;
  if (dim === 'dateSource') return DATE_SOURCES[value] || 'Trích từ nội dung văn bản';
  if (dim === 'month') return 'Tháng ' + Number(value.slice(5)) + '/' + value.slice(0, 4);
  return value;
}

/** 2021-03-15 → 15/03/2021; other shapes as given. */
export function formatDate(iso) {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m) return `${m[3]}/${m[2]}/${m[1]}`;
  const ym = /^(\d{4})-(\d{2})$/.exec(iso);
  if (ym) return `${ym[2]}/${ym[1]}`;
  return iso;
}

export function formatDateTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('vi-VN');
}

export function formatCount(n) {
  return Number(n).toLocaleString('vi-VN');
}

export function formatBytes(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  return `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}
