// Dossier web UI. Every piece of article text is inserted with textContent or as a text node,
// never as HTML: the text is untrusted. The Content-Security-Policy forbids inline scripts.
'use strict';

/** Actors drawn at most in the relation graph; the rest stay reachable through search and actor pages. */
const MAX_GRAPH_NODES = 500;
/** Above this many nodes the force-directed layout (quadratic per iteration) gives way to concentric rings. */
const FORCE_LAYOUT_NODES = 150;
/** Graph rows read at once: every actor pair of every month of a store of a few thousand articles. */
const GRAPH_ROWS = 5000;
/** Actors labelled from the start in a big graph; the others get their labels when zoomed in on. */
const LABELLED_NODES = 40;
/** A big graph's first picture: its most active actors; the others follow STEP_NODES at a time, a step per frame. */
const FIRST_NODES = 60;
const STEP_NODES = 80;

const main = document.getElementById('main');
const panel = document.getElementById('panel');
const panelBody = document.getElementById('panel-body');

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function link(href, text) { return el('a', { href, text }); }
function docLink(id, start, end) {
  const q = start !== undefined ? '?start=' + start + '&end=' + end : '';
  return '#/doc/' + encodeURIComponent(id) + q;
}
function actorLink(name) { return link('#/actor/' + encodeURIComponent(name), name); }

/** Loads a vendor script once, on the page that needs it (the Content-Security-Policy allows scripts from this origin only). */
const scripts = new Map();
function loadScript(src) {
  if (!scripts.has(src)) {
    scripts.set(src, new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = () => { scripts.delete(src); reject(new Error('cannot load ' + src)); };
      document.head.appendChild(s);
    }));
  }
  return scripts.get(src);
}

/** Loads a vendor style sheet once; resolves when it applies. */
function loadStyle(href) {
  if (!scripts.has(href)) {
    scripts.set(href, new Promise((resolve, reject) => {
      const l = document.createElement('link');
      l.rel = 'stylesheet';
      l.href = href;
      l.onload = resolve;
      l.onerror = () => { scripts.delete(href); reject(new Error('cannot load ' + href)); };
      // before our own style sheet, as a static link would be: ours overrides the library's rules
      document.head.insertBefore(l, document.querySelector('link[rel="stylesheet"]'));
    }));
  }
  return scripts.get(href);
}

async function api(path, params) {
  const url = new URL('/api/' + path, location.origin);
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') url.searchParams.set(k, v);
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? body.error.message : res.statusText);
  return body;
}

function showError(e) { main.replaceChildren(el('p', { class: 'error', text: 'Error: ' + e.message })); }
function openPanel(...nodes) { panelBody.replaceChildren(...nodes); panel.hidden = false; }
document.getElementById('panel-close').addEventListener('click', () => { panel.hidden = true; });

document.getElementById('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = document.getElementById('q').value.trim();
  location.hash = '#/search/' + encodeURIComponent(q);
});

function table(headers, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, headers.map(h => el('th', { text: h })))),
    el('tbody', {}, rows.map(r => el('tr', {}, r.map(c => el('td', {}, c === null || c === undefined ? '' : c))))));
}

/** Rows built and shown at once; the rest follow ROW_STEP at a time, each step its own task. */
const FIRST_ROWS = 60;
const ROW_STEP = 60;

/**
 * A table of {@code items} whose rows ({@code cells(item)}) beyond the first FIRST_ROWS are built in
 * later tasks, so that a long table (500 events) shows and answers input at once instead of
 * blocking the page while it is built. Stops when the table has left the page.
 */
function longTable(headers, items, cells) {
  const tbody = el('tbody', {}, items.slice(0, FIRST_ROWS).map(i => el('tr', {}, cells(i).map(c => el('td', {}, c === null || c === undefined ? '' : c)))));
  let at = FIRST_ROWS;
  const more = () => {
    if (at >= items.length || !tbody.isConnected) return;
    const frag = document.createDocumentFragment();
    for (const i of items.slice(at, at + ROW_STEP)) frag.appendChild(el('tr', {}, cells(i).map(c => el('td', {}, c === null || c === undefined ? '' : c))));
    tbody.appendChild(frag);
    at += ROW_STEP;
    setTimeout(more, 0);
  };
  if (items.length > FIRST_ROWS) requestAnimationFrame(() => setTimeout(more, 0));
  return el('table', {}, el('thead', {}, el('tr', {}, headers.map(h => el('th', { text: h })))), tbody);
}

/** A list of these items, or a muted "none found" when there are none. */
function listOrNone(items) {
  return items.length === 0 ? el('p', { class: 'muted small', text: 'None found.' }) : el('ul', {}, items);
}

function quadClass(q) { return q ? 'q' + q : ''; }
function eventCells(e) {
  return [e.date || '', e.actor1 ? actorLink(e.actor1) : '', el('span', { class: quadClass(e.quad), text: (e.label || e.cameo) + ' (' + e.cameo + ')' }),
    e.actor2 ? actorLink(e.actor2) : '', e.location || '', String(e.numArticles), el('a', { href: '#/event/' + e.id, text: e.evidence || 'evidence' })];
}
const EVENT_HEADERS = ['Date', 'Source', 'Event', 'Target', 'Where', 'Articles', 'Evidence'];

// ---- pages ----
async function home() {
  const stats = api('stats'); // the page's three requests go out at once (refresh sends the other two)
  const typeSel = el('select', { id: 'f-type' }, ['', 'PERSON', 'ORGANIZATION', 'COUNTRY', 'LOCATION', 'GROUP'].map(t => el('option', { value: t, text: t || 'any type' })));
  const country = el('input', { id: 'f-country', placeholder: 'country (ISO3)', size: 12, maxlength: 3 });
  const name = el('input', { id: 'f-name', placeholder: 'name', size: 16, maxlength: 200 });
  const root = el('input', { id: 'f-root', placeholder: 'CAMEO root', size: 8, maxlength: 4 });
  const from = el('input', { id: 'f-from', type: 'date' });
  const to = el('input', { id: 'f-to', type: 'date' });
  const actorsBox = el('div');
  const eventsBox = el('div');
  async function refresh() {
    try {
      const [actors, events] = await Promise.all([api('actors', { name: name.value, limit: 200 }),
        api('events', { actor: name.value, code: root.value, from: from.value, to: to.value, limit: 50 })]);
      const shown = actors.filter(a => (!typeSel.value || a.type === typeSel.value) && (!country.value || a.country === country.value.toUpperCase()));
      actorsBox.replaceChildren(table(['Actor', 'Type', 'Country', 'Code', 'Documents', 'Mentions', 'First', 'Last'],
        shown.slice(0, 50).map(a => [actorLink(a.name), a.type, a.country, a.code, String(a.docs), String(a.mentions), a.firstSeen, a.lastSeen])));
      eventsBox.replaceChildren(table(EVENT_HEADERS, events.map(eventCells)));
    } catch (e) { eventsBox.replaceChildren(el('p', { class: 'error', text: e.message })); }
  }
  for (const f of [typeSel, country, name, root, from, to]) f.addEventListener('change', refresh);
  const tables = refresh();
  const s = await stats;
  const cards = el('div', { class: 'cards' }, ['documents', 'actors', 'events', 'mentions', 'quotes', 'claims', 'goals']
    .map(k => el('div', { class: 'card' }, el('b', { text: String(s[k]) }), k)));
  main.replaceChildren(el('h1', { text: 'Overview' }), cards,
    el('div', { class: 'facets' }, el('label', { text: 'Facets:' }), name, typeSel, country, root, from, to),
    el('h2', { text: 'Actors' }), actorsBox, el('h2', { text: 'Events' }), eventsBox);
  await tables;
}

async function search(q, params) {
  document.getElementById('q').value = q;
  // facets: the kind of hit (in the address, so that a faceted search can be linked) and its year
  const kind = ['article', 'quote', 'claim'].includes(params.get('kind')) ? params.get('kind') : '';
  const hits = await api('search', { q, kind, limit: 200 });
  const years = [...new Set(hits.map(h => (h.published || '').slice(0, 4)).filter(Boolean))].sort();
  const year = el('select', { id: 's-year' }, el('option', { value: '', text: 'any year' }), years.map(y => el('option', { value: y, text: y })));
  const box = el('div');
  function show() {
    const shown = hits.filter(h => !year.value || (h.published || '').startsWith(year.value)).slice(0, 50);
    box.replaceChildren(shown.length === 0 ? el('p', { class: 'muted', text: 'No results.' }) :
      table(['Kind', 'Published', 'Document', 'Snippet'], shown.map(h => [h.kind, h.published || '', link(docLink(h.docId), h.title || h.docId), h.snippet || ''])));
  }
  year.addEventListener('change', show);
  const facet = (k, label) => k === kind ? el('b', { text: label }) : link('#/search/' + encodeURIComponent(q) + (k ? '?kind=' + k : ''), label);
  main.replaceChildren(el('h1', { text: 'Search: ' + q }),
    el('p', {}, link('#/brief-topic/' + encodeURIComponent(q), 'What to know about this topic (brief of the best articles)')),
    el('div', { class: 'facets' }, el('label', { text: 'Show:' }), facet('', 'everything'), ' · ', facet('article', 'articles'), ' · ',
      facet('quote', 'quotes'), ' · ', facet('claim', 'claims'), ' ', year), box);
  show();
}

function cpToUtf16(text) {
  const map = [];
  let i = 0;
  for (const ch of text) { map.push(i); i += ch.length; }
  map.push(i);
  return map;
}

async function article(id, params) {
  const d = await api('documents/' + encodeURIComponent(id));
  const text = d.document.text;
  const cp = cpToUtf16(text);
  const names = Object.fromEntries(d.actors.map(a => [a.id, a.name]));
  const facts = [];
  for (const a of d.actors) for (const m of a.mentions) facts.push({ s: m.start, e: m.end, cls: 'hl-actor', what: 'Actor', desc: a.name + ' (' + a.type + (a.country ? ', ' + a.country : '') + ')', actor: a.name });
  for (const t of d.times) facts.push({ s: t.start, e: t.end, cls: 'hl-time', what: 'Time', desc: t.text + ' = ' + (t.value || 'unresolved') });
  for (const q of d.quotes) facts.push({ s: q.start, e: q.end, cls: 'hl-quote', what: 'Quote (' + q.kind + ')', desc: (q.speaker ? names[q.speaker] + ' ' + (q.verb || 'said') : 'no speaker') });
  for (const c of d.claims) facts.push({ s: c.start, e: c.end, cls: 'hl-claim', what: 'Claim (' + c.certainty + (c.negated ? ', negated' : '') + ')', desc: 'source: ' + (c.source ? names[c.source] : c.sourceText || 'the author') });
  for (const ev of d.events) facts.push({ s: ev.evidence.start, e: ev.evidence.end, cls: 'hl-event', what: 'Event ' + ev.cameo, desc: ev.source.map(x => names[x]).join(' & ') + ' — ' + (ev.label || ev.cameo) + ' — ' + ev.target.map(x => names[x]).join(' & ') + (ev.date ? ' (' + ev.date + ')' : '') + (ev.mode !== 'asserted' ? ' [' + ev.mode + ']' : '') });
  const cuts = new Set([0, cp.length - 1]);
  for (const f of facts) { cuts.add(Math.max(0, Math.min(f.s, cp.length - 1))); cuts.add(Math.max(0, Math.min(f.e, cp.length - 1))); }
  const points = [...cuts].sort((a, b) => a - b);
  const textBox = el('div', { class: 'text', id: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = facts.filter(f => f.s <= a && f.e >= b);
    const piece = text.slice(cp[a], cp[b]);
    if (covering.length === 0) { textBox.appendChild(document.createTextNode(piece)); continue; }
    // hover: what was extracted here, as a tooltip (an attribute value, never markup); click: the side panel
    const span = el('span', { class: [...new Set(covering.map(f => f.cls))].join(' '), 'data-f': String(i),
      title: covering.map(f => f.what + ': ' + f.desc).join('\n') }, piece);
    span.addEventListener('click', () => openPanel(el('h2', { text: 'Extracted here' }),
      el('ul', { class: 'facts' }, covering.map(f => el('li', {}, el('b', { text: f.what + ': ' }), f.actor ? actorLink(f.actor) : f.desc,
        f.actor ? ' ' + f.desc.slice(f.actor.length) : '')))));
    textBox.appendChild(span);
  }
  const side = el('div', {},
    el('h2', { text: 'Actors' }), el('ul', { class: 'facts' }, d.actors.map(a => el('li', {}, actorLink(a.name), ' ',
      el('span', { class: 'muted small', text: a.type + (a.country ? ' · ' + a.country : '') + (a.roles.length ? ' · ' + a.roles.map(r => r.title + (r.of ? ' of ' + r.of : '')).join('; ') : '') })))),
    el('h2', { text: 'Brief' }), el('p', {}, link('#/brief/' + encodeURIComponent(id), 'What to know')));
  const legend = el('p', { class: 'legend' }, el('span', { class: 'hl-actor', text: 'actor' }), el('span', { class: 'hl-time', text: 'time' }),
    el('span', { class: 'hl-quote', text: 'quote' }), el('span', { class: 'hl-claim', text: 'claim' }), el('span', { class: 'hl-event', text: 'event' }));
  main.replaceChildren(el('h1', { text: d.document.title || d.document.id }),
    el('p', { class: 'muted', text: (d.document.published || 'undated') + (d.document.source ? ' · ' + d.document.source : '') }), legend,
    el('div', { class: 'article' }, textBox, side));
  if (params.has('start')) {
    const s = Number(params.get('start')), e = Number(params.get('end'));
    const mark = el('span', { class: 'hl-focus', id: 'focus' });
    // highlight the requested evidence span by wrapping its first text segment
    const seg = [...textBox.childNodes];
    let pos = 0;
    for (const n of seg) {
      const len = [...n.textContent].length;
      if (pos + len > s && pos < e) { n.replaceWith(mark); mark.appendChild(n); break; }
      pos += len;
    }
    mark.scrollIntoView({ block: 'center' });
  }
}

async function actorPage(name) {
  // the five requests at once, by the name in the address; again by the canonical name if it differs
  const rest = n => Promise.all([api('quotes', { actor: n, limit: 50 }), api('goals', { actor: n, limit: 50 }), api('graph', { actor: n, limit: 100 }),
    api('claims', { actor: n, limit: 50 })]);
  const [p, byName] = await Promise.all([api('actors/' + encodeURIComponent(name), { limit: 500 }), rest(name)]);
  const a = p.actor;
  const [quotes, goals, edges, claims] = a.name === name ? byName : await rest(a.name);
  // what the actor did to others and what was done to it, by QuadClass
  const sides = { source: [0, 0, 0, 0, 0], target: [0, 0, 0, 0, 0] };
  for (const e of p.timeline) {
    if (e.actor1 === a.name) sides.source[e.quad || 0]++;
    if (e.actor2 === a.name) sides.target[e.quad || 0]++;
  }
  const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  const sideRow = (label, c) => [label, ...[1, 2, 3, 4].map(q => el('span', { class: quadClass(q), text: String(c[q]) })), String(c.reduce((x, y) => x + y, 0))];
  const neighbours = new Map();
  for (const g of edges) { const other = g.actor1 === a.name ? g.actor2 : g.actor1; if (other) neighbours.set(other, (neighbours.get(other) || 0) + g.events); }
  main.replaceChildren(el('h1', { text: a.name }),
    el('p', { class: 'muted', text: [a.type, a.country, a.code, a.kb].filter(Boolean).join(' · ') + ' — in ' + a.docs + ' documents, ' + a.firstSeen + ' to ' + a.lastSeen }),
    el('p', {}, link('#/brief-actor/' + encodeURIComponent(a.name), 'What to know about ' + a.name + ' (brief)')),
    el('h2', { text: 'Roles over time' }), table(['Title', 'Of', 'Source', 'First seen', 'Last seen', 'Documents'], p.roles.map(r => [r.title, r.of, r.source, r.firstSeen, r.lastSeen, String(r.docs)])),
    el('h2', { text: 'What they want' }), listOrNone(goals.map(g => el('li', {}, (g.negated ? 'to avoid: ' : '') + g.text + ' ', link(docLink(g.docId), '[' + g.docId + ']')))),
    el('h2', { text: 'Quotes' }), listOrNone(quotes.map(q => el('li', {}, '“' + q.text + '” ', el('span', { class: 'muted small', text: q.published || '' }), ' ', link(docLink(q.docId), '[' + q.docId + ']')))),
    el('h2', { text: 'Claims on their word' }), listOrNone(claims.map(c => el('li', {}, c.text + ' ', el('span', { class: 'muted small', text: c.certainty + (c.negated ? ', negated' : '') + ' · ' + (c.published || '') }), ' ', link(docLink(c.docId), '[' + c.docId + ']')))),
    el('h2', { text: 'Events as source and target' }), table(['', ...QUADS, 'all'], [sideRow('as source (did)', sides.source), sideRow('as target (done to them)', sides.target)]),
    el('h2', { text: 'Timeline' }), longTable(EVENT_HEADERS, p.timeline, eventCells),
    el('h2', { text: 'Neighbours' }), el('ul', {}, [...neighbours.entries()].sort((x, y) => y[1] - x[1]).slice(0, 30).map(([n, c]) => el('li', {}, actorLink(n), ' (' + c + ' events)'))));
}

async function eventPage(id) {
  const ms = await api('events/' + encodeURIComponent(id) + '/mentions');
  main.replaceChildren(el('h1', { text: 'Event ' + id + ': ' + ms.length + ' mentions' }),
    el('div', {}, ms.map(m => el('div', {}, el('p', { class: 'small muted', text: (m.published || '') + ' · ' + m.docId + ' · CAMEO ' + m.cameo + (m.date ? ' · ' + m.date : '') + (m.background ? ' · background mention' : '') }),
      el('blockquote', { class: 'evidence' }, el('a', { href: docLink(m.docId, m.start, m.end), text: m.evidence }))))));
}

async function timeline() {
  const from = el('input', { type: 'date' }), to = el('input', { type: 'date' }), actor = el('input', { placeholder: 'actor', maxlength: 200 });
  const box = el('div');
  async function refresh() {
    const events = await api('events', { from: from.value, to: to.value, actor: actor.value, limit: 500 });
    events.sort((x, y) => String(x.date).localeCompare(String(y.date)));
    box.replaceChildren(longTable(EVENT_HEADERS, events, eventCells));
  }
  for (const f of [from, to, actor]) f.addEventListener('change', () => refresh().catch(showError));
  main.replaceChildren(el('h1', { text: 'Timeline' }), el('div', { class: 'facets' }, actor, from, to), box);
  await refresh();
}

/**
 * Rings by activity, computed directly (no Cytoscape layout, no label measuring): the most active
 * actor at the centre, then rings as full as their circumference allows, nodes in rank order.
 * Returns the positions by node id and the radius of the outer ring.
 */
function ringPositions(nodes) {
  const pos = new Map();
  let i = 0, r = 0;
  const gap = 6;
  if (nodes.length > 0) { pos.set(nodes[0].data.id, { x: 0, y: 0 }); i = 1; r = nodes[0].data.size / 2; }
  while (i < nodes.length) {
    const size = nodes[i].data.size; // the biggest node left: nodes are sorted by activity
    r += size + gap;
    const capacity = Math.max(1, Math.floor(2 * Math.PI * r / (size + gap)));
    const n = Math.min(capacity, nodes.length - i);
    const offset = (r * 0.37) % (2 * Math.PI); // rings start at different angles: fewer radial lines
    for (let k = 0; k < n; k++, i++) {
      const a = offset + 2 * Math.PI * k / n;
      pos.set(nodes[i].data.id, { x: r * Math.cos(a), y: r * Math.sin(a) });
    }
  }
  return { pos, radius: r };
}

async function graph() {
  // the rows, the library and the page's frame at once: Cytoscape starts while the rows are on their way
  const rows = api('graph', { limit: GRAPH_ROWS });
  const cyLoaded = loadScript('/vendor/cytoscape.min.js');
  const lo = el('input', { type: 'range', min: 0, max: 0, value: 0, id: 'g-from' });
  const hi = el('input', { type: 'range', min: 0, max: 0, value: 0, id: 'g-to' });
  const label = el('span', { class: 'muted' });
  const cyBox = el('div', { id: 'cy' });
  // the top actors' names, as HTML over the canvas: Cytoscape's canvas labels cost ~10 ms each to
  // draw the first time (half a second for 40), text in the page costs next to nothing
  const overlay = el('div', { id: 'cy-labels', 'aria-hidden': 'true' });
  main.replaceChildren(el('h1', { text: 'Relation graph' }),
    el('div', { class: 'facets' }, el('label', { text: 'From' }), lo, el('label', { text: 'to' }), hi, label,
      el('span', { class: 'small' }, el('span', { class: 'q1', text: '■ cooperation ' }), el('span', { class: 'q4', text: '■ conflict' }))),
    el('div', { class: 'graph-wrap' }, cyBox, overlay));
  try { await cyLoaded; } catch (e) { await rows; cyBox.textContent = 'Graph library not loaded.'; return; }
  performance.mark('graph:library');
  // hundreds of nodes: draw a cached bitmap while panning and zooming, skip labels too small to read;
  // only the most active actors are labelled at first (overlay), the others once zoomed in on (labelVisible)
  const cy = cytoscape({ container: cyBox, wheelSensitivity: 0.3, autoungrabify: true, hideEdgesOnViewport: true, textureOnViewport: true,
    pixelRatio: 1, style: [
    // the page's own font: no second font to look up before the first labels are drawn
    { selector: 'node', style: { 'font-family': getComputedStyle(document.body).fontFamily, 'background-color': '#2451b3', width: 'data(size)', height: 'data(size)', 'font-size': 10, 'min-zoomed-font-size': 7 } },
    { selector: 'node.lbl', style: { label: 'data(name)', 'font-size': 'data(fontMinor)' } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(color)', 'curve-style': 'bezier', opacity: 0.75 } },
    // straight edges without per-pair curves: the cheapest Cytoscape draws, used for big graphs
    { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'haystack-radius': 0 } },
    { selector: ':selected', style: { 'line-color': '#222', 'background-color': '#e67e22' } }] });
  // Cytoscape draws every element into its layer textures, synchronously, on the first frame that
  // has elements only: let that first frame be an empty one, so that the graph's first frame draws
  // directly and the textures are filled over the following frames (the first frame of all 500
  // nodes took ~0.7 s instead of ~1.3 s, load average 4)
  await new Promise(resolve => { cy.one('render', resolve); setTimeout(resolve, 200); });
  performance.mark('graph:cy');
  const edgesAll = await rows;
  performance.mark('graph:fetched');
  const periods = [...new Set(edgesAll.map(e => e.period))].sort();
  for (const r of [lo, hi]) r.max = Math.max(0, periods.length - 1);
  hi.value = hi.max;
  function draw() {
    const a = periods[Math.min(lo.value, hi.value)], b = periods[Math.max(lo.value, hi.value)];
    label.textContent = periods.length ? a + ' – ' + b : 'no events';
    const agg = new Map(), deg = new Map();
    for (const e of edgesAll) {
      if (!e.actor1 || !e.actor2 || e.period < a || e.period > b) continue;
      const k = e.actor1 + '\u0000' + e.actor2;
      let cur = agg.get(k);
      if (!cur) { cur = { a1: e.actor1, a2: e.actor2, n: 0, coop: 0, conf: 0 }; agg.set(k, cur); }
      cur.n += e.events; cur.coop += e.verbalCooperation + e.materialCooperation; cur.conf += e.verbalConflict + e.materialConflict;
      deg.set(e.actor1, (deg.get(e.actor1) || 0) + e.events); deg.set(e.actor2, (deg.get(e.actor2) || 0) + e.events);
    }
    // a readable graph: the most active actors of the period only (all of them are in the API)
    const ranked = [...deg.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const top = ranked.slice(0, MAX_GRAPH_NODES);
    const kept = new Set(top.map(([n]) => n));
    const big = kept.size > FORCE_LAYOUT_NODES;
    const nodes = top.map(([n, d], i) => ({ data: { id: 'n:' + n, name: n, size: 10 + Math.min(40, Math.sqrt(d) * 4) }, classes: big && i < LABELLED_NODES ? 'major' : '' }));
    const edges = [];
    for (const e of agg.values()) {
      if (!kept.has(e.a1) || !kept.has(e.a2)) continue;
      edges.push({ classes: big ? 'fast' : '', data: { id: 'e' + edges.length, source: 'n:' + e.a1, target: 'n:' + e.a2, a1: e.a1, a2: e.a2, n: e.n,
        width: 1 + Math.min(12, Math.log2(1 + e.n) * 2), color: e.conf > e.coop ? '#c0392b' : '#2e8b57' } });
    }
    if (ranked.length > nodes.length) label.textContent += ' · the ' + nodes.length + ' most active of ' + ranked.length + ' actors';
    const t0 = performance.now();
    performance.mark('graph:aggregated');
    const gen = ++drawGen;
    window.__dossierGraphComplete = undefined;
    if (big) {
      // positions and the viewport computed here: Cytoscape then neither lays out nor measures labels
      const { pos, radius } = ringPositions(nodes);
      for (const n of nodes) n.position = pos.get(n.data.id);
      const zoom = Math.min(cyBox.clientWidth, cyBox.clientHeight) / (2 * radius + 60);
      // the other labels read 12 px once zoomed in twice as far
      for (const n of nodes) n.data.fontMinor = 6 / zoom;
      labelZoom = 2 * zoom;
      overlayLabels = nodes.slice(0, LABELLED_NODES).map(n => ({ x: n.position.x, y: n.position.y, span: el('span', { text: n.data.name }) }));
      overlay.replaceChildren(...overlayLabels.map(l => l.span));
      // the most active actors first, drawn at once; the rest in small steps, one per frame, so that
      // no step blocks input for long (the whole graph in one step blocks the page for a second)
      const rank = new Map(nodes.map((n, i) => [n.data.id, i]));
      const step = e => Math.max(0, Math.ceil((Math.max(rank.get(e.data.source), rank.get(e.data.target)) + 1 - FIRST_NODES) / STEP_NODES));
      const steps = [];
      for (let i = 0; i * STEP_NODES + FIRST_NODES < nodes.length + STEP_NODES; i++) steps.push({ nodes: [], edges: [] });
      nodes.forEach((n, i) => steps[Math.max(0, Math.ceil((i + 1 - FIRST_NODES) / STEP_NODES))].nodes.push(n));
      for (const e of edges) steps[step(e)].edges.push(e);
      cy.batch(() => { cy.elements().remove(); cy.add(steps[0].nodes); cy.add(steps[0].edges); });
      performance.mark('graph:added');
      cy.viewport({ zoom, pan: { x: cyBox.clientWidth / 2, y: cyBox.clientHeight / 2 } });
      placeLabels();
      let k = 1;
      const more = () => {
        if (gen !== drawGen) return; // a newer draw replaced this graph
        if (k >= steps.length) { window.__dossierGraphComplete = performance.now(); performance.mark('graph:complete'); return; }
        const s = steps[k++];
        cy.batch(() => { cy.add(s.nodes); cy.add(s.edges); });
        cy.one('render', () => setTimeout(more, 0));
      };
      cy.one('render', () => setTimeout(more, 0));
    } else {
      for (const n of nodes) n.data.fontMinor = 10;
      labelZoom = 0;
      overlayLabels = [];
      overlay.replaceChildren();
      cy.batch(() => { cy.elements().remove(); cy.add(nodes); cy.add(edges); });
      cy.nodes().addClass('lbl');
      cy.layout({ name: 'cose', animate: false }).run();
      window.__dossierGraphComplete = performance.now();
    }
    performance.mark('graph:laidout');
    cy.one('render', () => { performance.mark('graph:rendered'); window.__dossierGraphFirstFrame = performance.now(); });
    window.__dossierGraphDrawMs = performance.now() - t0; // measured by the scale check (GraphScaleIT)
  }
  // zoomed in, the actors in view get their labels (a few dozen at a time, never all 500 at once)
  let labelTimer = null, labelZoom = 0, drawGen = 0, overlayLabels = [], placing = false;
  function placeLabels() {
    placing = false;
    const z = cy.zoom(), p = cy.pan();
    for (const l of overlayLabels) l.span.style.transform = 'translate(' + (l.x * z + p.x) + 'px,' + (l.y * z + p.y) + 'px) translate(-50%,-50%)';
  }
  function labelVisible() {
    labelTimer = null;
    if (cy.zoom() < labelZoom) return;
    const ext = cy.extent();
    cy.batch(() => cy.nodes().forEach(n => {
      if (n.hasClass('lbl') || n.hasClass('major')) return;
      const p = n.position();
      if (p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2) n.addClass('lbl');
    }));
  }
  // once the viewport rests: labelling while zooming would redraw the graph on every frame
  cy.on('viewport', () => {
    clearTimeout(labelTimer);
    labelTimer = setTimeout(labelVisible, 200);
    if (!placing) { placing = true; requestAnimationFrame(placeLabels); }
  });
  let pending = false;
  function redraw() { // slider moves come faster than a big graph can be laid out: one draw per frame
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; draw(); });
  }
  cy.on('tap', 'edge', async (ev) => {
    const d = ev.target.data();
    const from = periods[Math.min(lo.value, hi.value)], to = periods[Math.max(lo.value, hi.value)];
    // the edge's own events: this dyad, this direction, the slider's months
    const between = await api('events', { actor: d.a1, with: d.a2, directed: 'true', from: from + '-01', to: lastDayOf(to), limit: 500 });
    openPanel(el('h2', { text: d.a1 + ' → ' + d.a2 + ' (' + d.n + ' events, ' + from + ' – ' + to + ')' }),
      el('div', { id: 'edge-events' }, between.map(e => el('div', {}, el('p', { class: 'small' }, el('b', { class: quadClass(e.quad), text: (e.label || e.cameo) }), ' ' + (e.date || '')),
        el('blockquote', { class: 'evidence' }, el('a', { href: '#/event/' + e.id, text: e.evidence || 'evidence' }))))));
  });
  window.__dossierGraph = cy; // lets end-to-end tests find an edge on the canvas
  cy.on('tap', 'node', (ev) => { location.hash = '#/actor/' + encodeURIComponent(ev.target.data('name')); });
  lo.addEventListener('input', redraw); hi.addEventListener('input', redraw);
  draw();
}

/** The last day of a month 'YYYY-MM', as 'YYYY-MM-DD'. */
function lastDayOf(month) {
  const [y, m] = month.split('-').map(Number);
  return month + '-' + String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0');
}

function renderBrief(b, ...intro) {
  main.replaceChildren(el('h1', { text: 'What to know: ' + b.title }), el('p', { class: 'muted', text: b.date || '' }), ...intro,
    ...b.sections.map(s => el('section', { id: 'brief-' + s.id }, el('h2', { text: s.heading }),
      s.lines.length === 0 ? el('p', { class: 'muted small', text: 'Nothing found.' }) :
      el('ul', {}, s.lines.map(l => el('li', {}, l.text, l.evidence.map(e => el('blockquote', { class: 'evidence' }, el('a', { href: docLink(e.document, e.start, e.end), text: e.text })))))))));
}

async function briefPage(id) {
  renderBrief(await api('briefs/documents/' + encodeURIComponent(id)));
}

async function actorBriefPage(name) {
  main.replaceChildren(el('p', { class: 'muted', text: 'Writing the brief of ' + name + '…' }));
  renderBrief(await api('briefs/actors/' + encodeURIComponent(name)), el('p', {}, actorLink(name)));
}

async function topicBriefPage(q) {
  main.replaceChildren(el('p', { class: 'muted', text: 'Writing the brief of the articles about ' + q + '…' }));
  renderBrief(await api('briefs/topics', { q }), el('p', {}, link('#/search/' + encodeURIComponent(q), 'the search results')));
}

let routeSeq = 0;
/**
 * Marks the route rendered once the frame after its content was built has been painted:
 * {@code window.__dossierReady} = {seq, route, start, at} (performance.now() times) and a
 * 'dossier:ready' performance mark. PageTimingIT waits for it.
 */
function markReady(seq, hash, start) {
  requestAnimationFrame(() => setTimeout(() => {
    if (seq !== routeSeq) return; // a newer route has started meanwhile
    performance.mark('dossier:ready');
    window.__dossierReady = { seq, route: hash, start, at: performance.now() };
  }, 0));
}

async function route() {
  const seq = ++routeSeq;
  const start = performance.now();
  panel.hidden = true;
  const hash = location.hash.slice(1) || '/';
  const [path, query] = hash.split('?');
  const params = new URLSearchParams(query || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts.length === 0) await home();
    else if (parts[0] === 'search') await search(parts[1] || '', params);
    else if (parts[0] === 'doc') await article(parts[1], params);
    else if (parts[0] === 'actor') await actorPage(parts[1]);
    else if (parts[0] === 'event') await eventPage(parts[1]);
    else if (parts[0] === 'timeline') await timeline();
    else if (parts[0] === 'graph') await graph();
    else if (parts[0] === 'map') await mapPage(params); // map.js
    else if (parts[0] === 'brief') await briefPage(parts[1]);
    else if (parts[0] === 'brief-actor') await actorBriefPage(parts[1]);
    else if (parts[0] === 'brief-topic') await topicBriefPage(parts[1] || '');
    else main.replaceChildren(el('p', { text: 'Not found.' }));
  } catch (e) { showError(e); }
  markReady(seq, hash, start);
}
window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', route);
