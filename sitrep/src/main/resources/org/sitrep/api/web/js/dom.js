// Building the page from data without ever parsing data as markup: every string becomes a text node, attributes
// are set one by one (never href or on* from data), so an article full of <script> tags shows as text.

/** An element with attributes (className, dataset.*, title, type ... never markup) and children (text or nodes). */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null) continue;
    if (k === 'className') e.className = v;
    else if (k === 'dataset') Object.assign(e.dataset, v);
    else if (k === 'style') Object.assign(e.style, v);
    else if (k === 'onclick') e.addEventListener('click', v);
    else if (k.startsWith('on') || k === 'href' || k === 'src') throw new Error('el: attribute ' + k + ' not allowed');
    else e.setAttribute(k, String(v));
  }
  append(e, children);
  return e;
}

function append(e, children) {
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces a node's children. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** GETs an API route with query parameters (empty ones left out); a problem document becomes an Error. */
export async function api(path, params, signal) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== '' && v != null && v !== false) q.set(k, String(v));
  }
  const url = '/api/v1' + path + (q.toString() ? '?' + q : '');
  const r = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => null);
  if (!r.ok) throw new Error((body && body.detail) || r.status + ' ' + r.statusText);
  return body;
}

/** A path segment for an id taken from data. */
export const seg = (s) => encodeURIComponent(s);

export const TYPE_COLOURS = {
  'Battles': '#c0392b',
  'Explosions/Remote violence': '#e67e22',
  'Violence against civilians': '#8e44ad',
  'Protests': '#2e86c1',
  'Riots': '#16a085',
  'Strategic developments': '#566573',
  'Unknown': '#95a5a6',
};

export const colour = (type) => TYPE_COLOURS[type] || TYPE_COLOURS.Unknown;
