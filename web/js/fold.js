// Diacritic folding and client-side highlighting of query words in plain text.

const MARKS = /\p{M}/gu;
const MARK = /\p{M}/u;

/** Folds for matching: NFD, combining marks removed, đ→d, lower case. "Nghị Quyết" → "nghi quyet". */
export function fold(s) {
  return s.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase();
}

const OPERATORS = new Set(['or', 'and', 'not']);

/**
 * The words of a query worth highlighting, folded: quotes and field prefixes (signer:, title:…) removed,
 * excluded words (-word) and operators (OR) left out. Document symbols such as 05-NQ/TU stay whole.
 */
export function queryWords(q) {
  if (!q) return [];
  const words = new Set();
  const tokens = q.replace(/["“”]/g, ' ').split(/\s+/);
  for (let token of tokens) {
    if (!token) continue;
    if (/^-[^\d\s]/.test(token)) continue; // an exclusion
    token = token.replace(/^[A-Za-z]+:/, '');
    token = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!token) continue;
    const folded = fold(token);
    if (OPERATORS.has(folded) && token === token.toUpperCase()) continue;
    words.add(folded);
  }
  return [...words].sort((a, b) => b.length - a.length);
}

const foldedChars = new Map();

/**
 * Folds text keeping, for each folded character, the index of the original character it came from, so
 * that a match in the folded text maps back to a range of the original. ASCII is folded inline and other
 * characters through a cache: a long law folds in a few tens of milliseconds.
 */
function foldWithMap(text) {
  // Usual case (NFC text, no stray combining marks): one folded character per original one.
  if (!MARK.test(text)) {
    const folded = fold(text);
    if (folded.length === text.length) return { folded, starts: null };
  }
  const parts = [];
  const starts = [];
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    let f;
    let len = 1;
    if (code < 0x80) {
      f = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i];
    } else {
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) len = 2;
      const ch = text.substr(i, len);
      f = foldedChars.get(ch);
      if (f === undefined) {
        f = fold(ch);
        foldedChars.set(ch, f);
      }
    }
    for (let k = 0; k < f.length; k++) starts.push(i);
    parts.push(f);
    i += len;
  }
  return { folded: parts.join(''), starts };
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Ranges [start, end) of the original text where one of the folded words occurs as a whole word. */
export function findMatches(text, words) {
  if (!text || words.length === 0) return [];
  const { folded, starts } = foldWithMap(text);
  const pattern = new RegExp(
    '(?<![\\p{L}\\p{N}])(?:' + words.map(escapeRegExp).join('|') + ')(?![\\p{L}\\p{N}])', 'gu');
  const ranges = [];
  for (const m of folded.matchAll(pattern)) {
    const a = m.index;
    const b = a + m[0].length;
    ranges.push(starts === null ? [a, b] : [starts[a], b < starts.length ? starts[b] : text.length]);
  }
  return ranges;
}

/** Matches separated only by spaces on one line become one range: "nghị quyết" is one highlight. */
export function joinAdjacent(text, ranges) {
  const out = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && /^[ \t\u00a0]+$/.test(text.slice(last[1], r[0]))) last[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  return out;
}

/**
 * Fills node with text, wrapping the query's words in <mark> (all as text nodes, never HTML).
 * Returns the <mark> elements in order.
 */
export function highlightInto(node, text, words) {
  const marks = [];
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const [a, b] of joinAdjacent(text, findMatches(text, words))) {
    if (a > pos) frag.appendChild(document.createTextNode(text.slice(pos, a)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(a, b);
    frag.appendChild(mark);
    marks.push(mark);
    pos = b;
  }
  if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
  node.appendChild(frag);
  return marks;
}
