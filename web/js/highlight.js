// Highlighting of the document text where the server says the query matches: the offsets come from the
// search itself (GET /api/documents/{id}?q=, `matches`), so the page marks exactly what the search matched,
// through folding, tone styles, abbreviations and document numbers, and nothing the search did not match.

/**
 * The server's [start, end) ranges, sorted, clipped to the text and without overlaps; matches separated
 * only by spaces on one line become one range, so "nghị quyết" is one highlight.
 */
export function mergeRanges(text, ranges) {
  const sorted = (ranges || [])
    .filter((r) => Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && Number.isInteger(r[1]))
    .map(([a, b]) => [Math.max(0, a), Math.min(text.length, b)])
    .filter(([a, b]) => a < b)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && (r[0] <= last[1] || /^[ \t\u00a0]+$/.test(text.slice(last[1], r[0])))) {
      last[1] = Math.max(last[1], r[1]);
    } else {
      out.push([r[0], r[1]]);
    }
  }
  return out;
}

/**
 * Fills node with text, wrapping the server's match ranges in <mark> (all as text nodes, never HTML).
 * Returns the <mark> elements in order.
 */
export function highlightRanges(node, text, ranges) {
  const marks = [];
  const frag = document.createDocumentFragment();
  let pos = 0;
  for (const [a, b] of mergeRanges(text, ranges)) {
    if (a > pos) frag.appendChild(document.createTextNode(text.slice(pos, a)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(a, b);
    mark.dataset.start = String(a);
    mark.dataset.end = String(b);
    frag.appendChild(mark);
    marks.push(mark);
    pos = b;
  }
  if (pos < text.length) frag.appendChild(document.createTextNode(text.slice(pos)));
  node.appendChild(frag);
  return marks;
}
