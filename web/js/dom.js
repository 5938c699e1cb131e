// Small DOM helpers. Text always goes in as textContent; the only HTML the UI inserts is the server's
// snippet HTML (escaped by the server, <mark> added), through setTrustedSnippet.

/**
 * Creates an element. attrs: plain attributes, plus `class`, `text` (textContent), `dataset` (object),
 * `on` (event name → handler). children: nodes, strings (as text) or null/false (skipped), nested arrays.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') for (const [ev, fn] of Object.entries(value)) node.addEventListener(ev, fn);
    else if (key === 'style') node.style.cssText = value; // CSSOM: allowed by the CSP, a style attribute is not
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Puts a server-made snippet (HTML-escaped text with <mark> around matches) into node. */
export function setTrustedSnippet(node, html) {
  node.innerHTML = html;
  return node;
}
