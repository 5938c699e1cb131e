// Vietnamese labels and formatting.

export const FACET_LABELS = {
  provinceCurrent: 'Tỉnh (hiện nay)',
  province: 'Tỉnh (khi ban hành)',
  type: 'Loại văn bản',
  year: 'Năm',
  month: 'Tháng',
  signer: 'Người ký',
  issuer: 'Cơ quan ban hành',
  level: 'Cấp',
  term: 'Nhiệm kỳ',
  from: 'Từ ngày',
  to: 'Đến ngày',
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

export const SORT_LABELS = {
  relevance: 'Liên quan nhất',
  date_desc: 'Mới nhất trước',
  date_asc: 'Cũ nhất trước',
};

export const SUGGESTION_KINDS = { title: 'tiêu đề', number: 'số hiệu', signer: 'người ký' };

/** How a facet value is shown (the value sent to the API stays as it is). */
export function valueLabel(dim, value) {
  if (dim === 'level') return LEVELS[value] || value;
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
