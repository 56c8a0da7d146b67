// Dossier web UI. Every piece of article text is inserted with textContent or as a text node,
// never as HTML: the text is untrusted. The Content-Security-Policy forbids inline scripts.
'use strict';

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
  const stats = api('stats'); // the page's requests go out at once
  const facetsFirst = api('facets');
  const typeSel = el('select', { id: 'f-type' }, el('option', { value: '', text: 'any type' }));
  const country = el('select', { id: 'f-country' }, el('option', { value: '', text: 'any country' }));
  const name = el('input', { id: 'f-name', placeholder: 'name', size: 16, maxlength: 200 });
  const root = el('select', { id: 'f-root' }, el('option', { value: '', text: 'any CAMEO root' }));
  const year = el('select', { id: 'f-year' }, el('option', { value: '', text: 'any year' }));
  const from = el('input', { id: 'f-from', type: 'date' });
  const to = el('input', { id: 'f-to', type: 'date' });
  const actorsBox = el('div');
  const eventsBox = el('div');
  const sourcesBox = el('p', { class: 'small muted', id: 'f-sources' });
  /** Refills a facet's options with the server's counts over the whole store, keeping the choice. */
  function fill(sel, counts, any) {
    const v = sel.value;
    sel.replaceChildren(...facetOptions(counts, any));
    sel.value = v;
  }
  async function refresh(facets) {
    try {
      // a year narrows the dates; the facets of the events follow every filter but their own
      const f = year.value ? (year.value === 'none' ? {} : { from: year.value + '-01-01', to: year.value + '-12-31' }) : { from: from.value, to: to.value };
      const [actors, events, fc] = await Promise.all([api('actors', { name: name.value, type: typeSel.value, country: country.value, limit: 50 }),
        api('events', { actor: name.value, code: root.value, from: f.from, to: f.to, limit: 50 }),
        facets || api('facets', { actor: name.value, code: root.value, from: f.from, to: f.to })]);
      fill(typeSel, fc.actorTypes, 'any type');
      fill(country, fc.actorCountries, 'any country');
      fill(root, fc.eventRoots, 'any CAMEO root');
      fill(year, fc.eventYears, 'any year');
      sourcesBox.textContent = 'Documents by source: ' + Object.entries(fc.documentSources).map(([k, n]) => k + ' ' + n).join(' · ') +
        ' · by year: ' + Object.entries(fc.documentYears).map(([k, n]) => k + ' ' + n).join(' · ');
      actorsBox.replaceChildren(table(['Actor', 'Type', 'Country', 'Code', 'Documents', 'Mentions', 'First', 'Last'],
        actors.map(a => [actorLink(a.name), a.type, a.country, a.code, String(a.docs), String(a.mentions), a.firstSeen, a.lastSeen])));
      eventsBox.replaceChildren(table(EVENT_HEADERS, events.map(eventCells)));
    } catch (e) { eventsBox.replaceChildren(el('p', { class: 'error', text: e.message })); }
  }
  for (const f of [typeSel, country, name, root, year, from, to]) f.addEventListener('change', () => refresh());
  const tables = facetsFirst.then(refresh);
  const s = await stats;
  const cards = el('div', { class: 'cards' }, ['documents', 'actors', 'events', 'mentions', 'quotes', 'claims', 'goals']
    .map(k => el('div', { class: 'card' }, el('b', { text: String(s[k]) }), k)));
  main.replaceChildren(el('h1', { text: 'Overview' }), cards,
    el('div', { class: 'facets' }, el('label', { text: 'Facets (counts over the whole store):' }), name, typeSel, country, root, year, from, to), sourcesBox,
    el('h2', { text: 'Actors' }), actorsBox, el('h2', { text: 'Events' }), eventsBox);
  await tables;
}

async function search(q, params) {
  document.getElementById('q').value = q;
  // facets: the kind of hit and the year (both in the address, so that a faceted search can be
  // linked), counted by the server over every hit, filtered by the server before the page is cut
  const kind = ['article', 'quote', 'claim'].includes(params.get('kind')) ? params.get('kind') : '';
  const year = /^(\d{4}|none)$/.test(params.get('year') || '') ? params.get('year') : '';
  const [hits, facets] = await Promise.all([api('search', { q, kind, year, limit: 50 }), api('search/facets', { q, kind })]);
  const at = (k, y) => '#/search/' + encodeURIComponent(q) + ((k || y) ? '?' + new URLSearchParams(Object.entries({ kind: k, year: y }).filter(([, v]) => v)).toString() : '');
  const yearSel = el('select', { id: 's-year' }, facetOptions(facets.years, 'any year'));
  yearSel.value = year;
  yearSel.addEventListener('change', () => { location.hash = at(kind, yearSel.value); });
  const box = hits.length === 0 ? el('p', { class: 'muted', text: 'No results.' }) :
    table(['Kind', 'Published', 'Document', 'Snippet'], hits.map(h => [h.kind, h.published || '', link(docLink(h.docId), h.title || h.docId), h.snippet || '']));
  const facet = (k, label) => k === kind ? el('b', { text: label }) : link(at(k, year), label);
  main.replaceChildren(el('h1', { text: 'Search: ' + q }),
    el('p', {}, link('#/brief-topic/' + encodeURIComponent(q), 'What to know about this topic (brief of the best articles)')),
    el('div', { class: 'facets' }, el('label', { text: 'Show:' }), facet('', 'everything (' + facets.hits + ')'), ' · ', facet('article', 'articles'), ' · ',
      facet('quote', 'quotes'), ' · ', facet('claim', 'claims'), ' ', yearSel), box);
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
  const rest = n => Promise.all([api('actors/' + encodeURIComponent(n) + '/statements', { limit: 12 }), api('graph', { actor: n, limit: 100 })]);
  const [p, byName] = await Promise.all([api('actors/' + encodeURIComponent(name), { limit: 500 }), rest(name)]);
  const a = p.actor;
  const [said, edges] = a.name === name ? byName : await rest(a.name);
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
    el('h2', { text: 'What they want' }), groupList('goals', said.goals.filter(g => g.words > 1), g => (g.qualifier === 'negated' ? 'to avoid: ' : '') + g.text,
      said.goals.filter(g => g.words <= 1).length),
    el('h2', { text: 'Quotes' }), groupList('quotes', said.quotes, g => '“' + g.text + '”', 0),
    el('h2', { text: 'Claims on their word' }), groupList('claims', said.claims, g => g.text + (g.qualifier ? ' (' + g.qualifier + ')' : ''), 0),
    el('h2', { text: 'Events as source and target' }), table(['', ...QUADS, 'all'], [sideRow('as source (did)', sides.source), sideRow('as target (done to them)', sides.target)]),
    el('h2', { text: 'Timeline' }), longTable(EVENT_HEADERS, p.timeline, eventCells),
    el('h2', { text: 'Neighbours' }), el('ul', {}, [...neighbours.entries()].sort((x, y) => y[1] - x[1]).slice(0, 30).map(([n, c]) => el('li', {}, actorLink(n), ' (' + c + ' events)'))));
}

/**
 * Statements grouped by what they say, most articles first (GET /api/actors/{name}/statements):
 * each with how many articles state it and, folded, its evidence.
 */
function groupList(id, groups, text, fragments) {
  const items = groups.map(g => el('li', {}, el('span', { text: text(g) }), ' ',
    el('span', { class: 'badge', text: g.articles + (g.articles === 1 ? ' article' : ' articles') }),
    el('details', { class: 'small' }, el('summary', { text: 'evidence' }),
      g.evidence.map(e => el('blockquote', { class: 'evidence' }, el('span', { class: 'muted', text: (e.published || '') + ' ' }), link(docLink(e.docId), e.text))))));
  const list = listOrNone(items);
  list.id = 'said-' + id;
  return fragments ? el('div', {}, list, el('p', { class: 'muted small', text: fragments + ' one-word fragments not shown.' })) : list;
}

async function eventPage(id) {
  const v = await api('events/' + encodeURIComponent(id));
  const e = v.event;
  const sources = [...new Set(v.reports.map(r => r.source).filter(Boolean))];
  main.replaceChildren(el('h1', { text: (e.actor1 || '?') + ' — ' + (e.label || e.cameo) + ' — ' + (e.actor2 || '?') }),
    el('p', { class: 'muted' }, el('span', { class: quadClass(e.quad), text: 'CAMEO ' + e.cameo }), ' · ' + (e.date || 'undated') + (e.location ? ' · ' + e.location : '') +
      (e.goldstein !== null && e.goldstein !== undefined ? ' · Goldstein ' + e.goldstein : ''), v.background ? el('span', { class: 'badge', text: 'background: dated well before its reports' }) : null),
    el('div', { class: 'cards' }, [['NumArticles', e.numArticles], ['NumSources', e.numSources], ['NumMentions', e.numMentions], ['articles listed', v.articles]]
      .map(([k, n]) => el('div', { class: 'card' }, el('b', { text: String(n) }), k))),
    el('p', { class: 'small muted', text: 'Sources: ' + (sources.join(', ') || 'unknown') + ' · first reported ' + (e.firstSeen || '?') + ', last ' + (e.lastSeen || '?') }),
    el('h2', { text: 'Every report (' + v.reports.length + ')' }),
    el('div', { id: 'event-reports' }, v.reports.map(m => el('div', { class: 'report' },
      el('p', { class: 'small' }, el('b', { text: m.published || 'undated' }), ' · ' + (m.source || '') + ' · ', link(docLink(m.docId), m.title || m.docId),
        el('span', { class: 'muted', text: ' · CAMEO ' + m.cameo + (m.date ? ' · dated ' + m.date : '') + (m.background ? ' · background mention' : '') })),
      el('blockquote', { class: 'evidence' }, el('a', { href: docLink(m.docId, m.start, m.end), text: m.evidence }))))));
}

/** Event roots with their counts, from the server's facets over the whole store: '04 (120)'. */
function facetOptions(counts, anyLabel, label) {
  return [el('option', { value: '', text: anyLabel })].concat(Object.entries(counts || {}).map(([v, n]) => el('option', { value: v, text: (label ? label(v) : v) + ' (' + n + ')' })));
}

async function timeline(params) {
  const band = ['news', 'background', 'all'].includes(params.get('band')) ? params.get('band') : 'news';
  const from = el('input', { type: 'date', id: 't-from' }), to = el('input', { type: 'date', id: 't-to' });
  const actor = el('input', { id: 't-actor', placeholder: 'actor', maxlength: 200 });
  const root = el('select', { id: 't-root' }, el('option', { value: '', text: 'any CAMEO root' }));
  const box = el('div'), head = el('p', { class: 'muted', id: 't-head' });
  let offset = 0;
  const PAGE = 100;
  async function refresh() {
    const f = { band, from: from.value, to: to.value, actor: actor.value, code: root.value, limit: PAGE, offset };
    const [page, facets] = await Promise.all([api('timeline', f), api('facets', { from: from.value || null, to: to.value || null, actor: actor.value })]);
    const chosen = root.value;
    root.replaceChildren(...facetOptions(facets.eventRoots, 'any CAMEO root', v => v));
    root.value = chosen;
    if (!from.value && page.from) from.placeholder = page.from;
    head.textContent = page.total + ' ' + (band === 'all' ? '' : band + ' ') + 'events ' + (page.from ? page.from + ' – ' + page.to : '') +
      ', newest first' + (band === 'news' ? ' · ' + page.background + ' background events (dated well before their reports) are in their own band' : '') +
      ' · showing ' + (page.total ? offset + 1 : 0) + '–' + (offset + page.events.length);
    const nav = el('p', {}, offset > 0 ? el('button', { type: 'button', text: '← newer', onclick: () => { offset = Math.max(0, offset - PAGE); refresh().catch(showError); } }) : null,
      offset + page.events.length < page.total ? el('button', { type: 'button', id: 't-older', text: 'older →', onclick: () => { offset += PAGE; refresh().catch(showError); } }) : null);
    box.replaceChildren(longTable(EVENT_HEADERS, page.events, eventCells), nav);
  }
  for (const f of [from, to, actor, root]) f.addEventListener('change', () => { offset = 0; refresh().catch(showError); });
  const tab = (b, label) => b === band ? el('b', { text: label }) : link('#/timeline' + (b === 'news' ? '' : '?band=' + b), label);
  main.replaceChildren(el('h1', { text: 'Timeline' }),
    el('div', { class: 'facets', id: 't-bands' }, el('label', { text: 'Show:' }), tab('news', 'news'), ' · ', tab('background', 'background'), ' · ', tab('all', 'everything')),
    el('div', { class: 'facets' }, actor, root, from, to), head, box);
  await refresh();
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
    else if (parts[0] === 'timeline') await timeline(params);
    else if (parts[0] === 'graph') await graph(params); // graph.js
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
