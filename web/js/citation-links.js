// Links for cited symbols: every citation links to the symbol's page (what the archive knows of it, who
// cites it, its implementation chain), and to the document itself when the archive holds it.

import { el } from './dom.js';
import { formatDate } from './labels.js';
import { hrefFor } from './router.js';

/** The href of a symbol's page. */
export function symbolHref(s, number) {
  return hrefFor({ ...s, doc: '', view: '', symbol: number });
}

/** A link to the symbol's page, showing the symbol. */
export function symbolLink(s, number, text) {
  return el('a', {
    class: 'symbol-link', href: symbolHref(s, number), 'data-nav': true, dataset: { symbol: number },
    text: text || number,
  });
}

/** A link to an archived document (its citation title), with type, number, date and province under it. */
export function documentLink(s, ref) {
  const label = ref.citation || ref.title || ref.source || ref.id;
  const sub = [ref.type, ref.number, formatDate(ref.date), ref.provinceCurrent || ref.province].filter(Boolean).join(' · ');
  return [
    el('a', { href: hrefFor({ ...s, doc: ref.id, symbol: '' }), 'data-nav': true, dataset: { id: ref.id }, text: label }),
    sub ? el('span', { class: 'ref-sub', text: sub }) : null,
  ];
}

/** The sentence a citation was read from, as a quotation. */
export function citingSentence(sentence) {
  return sentence ? el('blockquote', { class: 'cite-sentence', text: sentence }) : null;
}

/** Items grouped by relation, in the order the server lists the relations (strongest first). */
export function byRelation(items, relationOf, labelOf) {
  const groups = new Map();
  for (const it of items) {
    const code = relationOf(it);
    if (!groups.has(code)) groups.set(code, { code, label: labelOf(it), items: [] });
    groups.get(code).items.push(it);
  }
  return [...groups.values()];
}
