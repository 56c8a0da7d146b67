// Relation graph: opens on a question — one actor's neighbourhood, the relations between two
// actors, or a period's strongest dyads — drawn with at most a few dozen actors (GET /api/network),
// laid out force-directed with communities in their own colours. Article text is only ever set
// with textContent (el() in app.js), never as HTML.
'use strict';

/** Actors drawn at most when a question opens (the server caps it too), and after expanding nodes. */
const NETWORK_NODES = 60;
const EXPAND_NODES = 12;
const MAX_EXPANDED = 120;
/** Community colours (community 0 is the question's own actors). */
const COMMUNITY_COLOURS = ['#1d2330', '#2451b3', '#8e44ad', '#d35400', '#16a085', '#7f8c8d', '#c0392b', '#27ae60', '#b7950b', '#2c3e50', '#e84393'];

/** Colour of a mean Goldstein score: red for conflict (-10), grey at 0, green for cooperation (+10). */
function goldsteinColour(g) {
  if (g === null || g === undefined) return '#9aa0aa';
  const t = Math.max(-1, Math.min(1, g / 7));
  const grey = [154, 160, 170], green = [30, 132, 73], red = [192, 57, 43];
  const to = t >= 0 ? green : red, k = Math.abs(t);
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * k));
  return 'rgb(' + c.join(',') + ')';
}

function edgeWidth(n) { return 1 + Math.min(12, Math.log2(1 + n) * 2); }

/** The store's publication range, read once per page load. */
let rangePromise = null;
function storeRange() {
  if (!rangePromise) rangePromise = api('range').catch(e => { rangePromise = null; throw e; });
  return rangePromise;
}

/** The address of a graph question; the page reads its state from it, so a question can be linked. */
function graphHash(q) {
  const p = new URLSearchParams();
  for (const k of ['actor', 'with', 'mode', 'period']) if (q[k]) p.set(k, q[k]);
  const s = p.toString();
  return '#/graph' + (s ? '?' + s : '');
}

/** An actor name box that suggests actors from the server as one types. */
function actorBox(id, value, placeholder) {
  const list = el('datalist', { id: id + '-list' });
  const input = el('input', { id, value: value || '', placeholder, list: id + '-list', maxlength: 200, size: 18, autocomplete: 'off' });
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const v = input.value.trim();
    if (v.length < 2) return;
    timer = setTimeout(async () => {
      try {
        const actors = await api('actors', { name: v, limit: 12 });
        list.replaceChildren(...actors.map(a => el('option', { value: a.name, text: a.type + (a.country ? ' · ' + a.country : '') })));
      } catch (e) { /* suggestions are a convenience */ }
    }, 150);
  });
  return { input, list };
}

async function graph(params) {
  const q = { actor: params.get('actor') || '', with: params.get('with') || '', mode: params.get('mode') === 'dyads' ? 'dyads' : '', period: params.get('period') || '' };
  if (q.period && !/^\d{4}-\d{2}$/.test(q.period)) q.period = '';
  const cyLoaded = loadScript('/vendor/cytoscape.min.js');
  // the network and the store's months at once: without a month the server takes the news range itself
  const month = q.period ? { from: q.period + '-01', to: lastDayOf(q.period) } : { from: null, to: null };
  const netPromise = api('network', { actor: q.mode === 'dyads' ? '' : q.actor, with: q.mode === 'dyads' ? '' : q.with,
    mode: q.mode || null, from: month.from, to: month.to, nodes: NETWORK_NODES });
  const range = await storeRange();

  const a = actorBox('g-actor', q.actor, 'actor (busiest if empty)');
  const w = actorBox('g-with', q.with, 'and another actor (optional)');
  const period = el('select', { id: 'g-period' }, el('option', { value: '', text: 'all news ' + (range.eventsFrom || '') + ' – ' + (range.to || '') }),
    range.months.slice().reverse().map(m => el('option', { value: m.month, text: m.month + ' (' + m.documents + ' articles)' })));
  period.value = q.period;
  const ask = (over) => { location.hash = graphHash(Object.assign({}, q, over)); };
  const show = el('button', { id: 'g-show', type: 'submit', text: 'Show' });
  const form = el('form', { class: 'facets', id: 'g-form' }, el('label', { text: 'Relations of' }), a.input, a.list,
    el('label', { text: 'with' }), w.input, w.list, el('label', { text: 'in' }), period, show,
    el('button', { id: 'g-dyads', type: 'button', text: 'Strongest dyads of the period', onclick: () => ask({ actor: '', with: '', mode: 'dyads', period: period.value }) }));
  form.addEventListener('submit', (ev) => { ev.preventDefault(); ask({ actor: a.input.value.trim(), with: w.input.value.trim(), mode: '', period: period.value }); });
  period.addEventListener('change', () => ask({ actor: a.input.value.trim(), with: w.input.value.trim(), period: period.value }));
  const caption = el('p', { id: 'g-caption', class: 'muted' });
  const legend = el('p', { class: 'small legend-graph' },
    el('span', { class: 'swatch-line', 'data-tone': 'coop', text: '— cooperation' }), ' ',
    el('span', { class: 'swatch-line', 'data-tone': 'neutral', text: '— neutral' }), ' ',
    el('span', { class: 'swatch-line', 'data-tone': 'conf', text: '— conflict' }),
    ' · line colour: mean Goldstein score of the events; width: number of events; node colour: community.',
    ' Click a line for the pair\'s events and trend, an actor to expand it.');
  const cyBox = el('div', { id: 'cy' });
  // names as text in the page over the canvas: Cytoscape's canvas labels cost ~10 ms each to draw
  // the first time (60 labels: the page blocked for most of a second), page text next to nothing
  const overlay = el('div', { id: 'cy-labels', 'aria-hidden': 'true' });
  main.replaceChildren(el('h1', { text: 'Relation graph' }), form, caption, legend, el('div', { class: 'graph-wrap' }, cyBox, overlay));
  try { await cyLoaded; } catch (e) { cyBox.textContent = 'Graph library not loaded.'; return; }
  let net;
  try { net = await netPromise; } catch (e) { caption.textContent = e.message; caption.className = 'error'; return; }
  const t0 = performance.now();
  const dates = { from: net.from, to: net.to };
  const when = (q.period || 'all news') + ' (' + dates.from + ' – ' + dates.to + ')';
  caption.textContent = net.nodes.length === 0 ? 'No relations in ' + when + '.'
    : net.mode === 'dyads' ? 'The strongest dyads of ' + when + ': ' + net.nodes.length + ' of ' + net.candidates + ' actors.'
    : net.mode === 'dyad' ? net.focus + ' and ' + net.with + ', ' + when + ', with ' + (net.nodes.length - 2) + ' actors around them.'
    : net.focus + ' and its ' + (net.nodes.length - 1) + ' busiest partners of ' + net.candidates + ', ' + when + '.';
  if (!q.actor && net.focus) a.input.placeholder = net.focus + ' (busiest)';

  const cy = cytoscape({ container: cyBox, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 4, style: [
    { selector: 'node', style: { 'background-color': 'data(colour)', width: 'data(size)', height: 'data(size)' } },
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#e67e22' } },
    { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'curve-style': 'haystack', 'haystack-radius': 0, opacity: 0.8 } },
    { selector: ':selected', style: { 'line-color': '#222', 'background-color': '#e67e22', opacity: 1 } }] });
  const byName = new Map();
  const nodeData = (n) => ({ group: 'nodes', classes: n.focus ? 'focus' : '', position: { x: n.x || 0, y: n.y || 0 }, data: { id: 'n' + byName.size, name: n.name, type: n.type, country: n.country,
    events: n.events, size: 14 + Math.min(36, Math.sqrt(n.events) * 4), colour: COMMUNITY_COLOURS[n.community % COMMUNITY_COLOURS.length] } });
  const linkKey = (x, y) => x < y ? x + '\u0000' + y : y + '\u0000' + x;
  const links = new Set();
  function add(nodes, edges) {
    const els = [];
    for (const n of nodes) {
      if (byName.has(n.name) || byName.size >= MAX_EXPANDED) continue;
      const d = nodeData(n);
      byName.set(n.name, d.data.id);
      els.push(d);
    }
    for (const l of edges) {
      const k = linkKey(l.actor1, l.actor2);
      if (links.has(k) || !byName.has(l.actor1) || !byName.has(l.actor2)) continue;
      links.add(k);
      els.push({ group: 'edges', data: { id: 'e' + links.size, source: byName.get(l.actor1), target: byName.get(l.actor2), a1: l.actor1, a2: l.actor2,
        n: l.events, coop: l.cooperation, conf: l.conflict, g: l.meanGoldstein, width: edgeWidth(l.events), colour: goldsteinColour(l.meanGoldstein) } });
    }
    return els;
  }
  cy.add(add(net.nodes, net.links));
  // force-directed; communities share colours and, being linked among themselves, end up together
  let labelSpans = new Map();
  /** One name per node, in the overlay; the question's actors in bold. */
  function labels() {
    const spans = new Map();
    cy.nodes().forEach(n => spans.set(n.id(), labelSpans.get(n.id()) || el('span', { class: n.hasClass('focus') ? 'focus' : null, text: n.data('name') })));
    labelSpans = spans;
    overlay.replaceChildren(...spans.values());
    placeLabels();
  }
  let placing = false;
  function placeLabels() {
    placing = false;
    cy.nodes().forEach(n => {
      const s = labelSpans.get(n.id());
      if (!s) return;
      const p = n.renderedPosition(), h = n.renderedHeight();
      s.style.transform = 'translate(' + p.x + 'px,' + (p.y + h / 2 + 2) + 'px) translate(-50%, 0)';
    });
  }
  cy.on('viewport position', () => { if (!placing) { placing = true; requestAnimationFrame(placeLabels); } });
  layout();
  window.__dossierGraph = cy; // lets end-to-end tests find nodes and edges on the canvas
  window.__dossierGraphNetwork = net;
  window.__dossierGraphDrawMs = performance.now() - t0;
  window.__dossierGraphComplete = performance.now();

  /** The server's force-directed positions (ForceLayout), fitted to the canvas; the names then follow their nodes. */
  function layout() {
    cy.fit(cy.nodes(), 30);
    readable();
    labels();
  }


  /** Zoomed out so far that names cannot be read: zoom in on the question's actors (one pans to the rest). */
  function readable() {
    const MIN_ZOOM = 0.8;
    if (cy.zoom() >= MIN_ZOOM) return;
    const focus = cy.nodes('.focus');
    cy.zoom(MIN_ZOOM);
    // the question's actors, else the busiest one: the middle of all is often empty space between communities
    cy.center(focus.length ? focus : cy.nodes().max(n => n.data('events')).ele);
  }

  async function openDyad(x, y) {
    const body = el('div', { id: 'edge-events' }, el('p', { class: 'muted', text: 'Loading…' }));
    openPanel(el('h2', { text: x + ' – ' + y }), body);
    const d = await api('dyad', { actor: x, with: y, from: dates.from, to: dates.to, limit: 200 });
    const conflict = d.events.filter(e => e.quad >= 3).length;
    body.replaceChildren(el('p', { class: 'small', text: d.events.length + ' events in ' + when + ' (' + (d.events.length - conflict) + ' cooperation, ' + conflict + ' conflict), newest first.' }),
      el('h3', { text: 'Trend, month by month' }), trendChart(d.trend, q.period),
      el('h3', { text: 'Events' }),
      d.events.length === 0 ? el('p', { class: 'muted small', text: 'None in this period.' }) :
        el('div', {}, d.events.map(e => el('div', { class: 'dyad-event' }, el('p', { class: 'small' }, el('b', { class: quadClass(e.quad), text: (e.label || e.cameo) }),
          ' ' + (e.date || '') + ' · ' + (e.actor1 || '?') + ' → ' + (e.actor2 || '?') + ' · ' + e.numArticles + ' articles'),
          el('blockquote', { class: 'evidence' }, el('a', { href: '#/event/' + e.id, text: e.evidence || 'evidence' }))))));
  }
  cy.on('tap', 'edge', (ev) => { const d = ev.target.data(); openDyad(d.a1, d.a2).catch(e => openPanel(el('p', { class: 'error', text: e.message }))); });
  cy.on('tap', 'node', (ev) => {
    const d = ev.target.data();
    const expand = el('button', { type: 'button', id: 'g-expand', text: 'Add its partners to the graph' });
    expand.addEventListener('click', async () => {
      expand.disabled = true;
      const more = await api('network', { actor: d.name, from: dates.from, to: dates.to, nodes: EXPAND_NODES });
      const els = add(more.nodes.map(n => Object.assign({}, n, { focus: false })), more.links);
      // the new actors on a ring around the expanded one: nothing else moves
      const p = ev.target.position();
      const added = els.filter(x => x.group === 'nodes');
      added.forEach((x, i) => { const a = 2 * Math.PI * i / added.length; x.position = { x: p.x + 110 * Math.cos(a), y: p.y + 110 * Math.sin(a) }; });
      cy.add(els);
      labels();
      expand.textContent = els.length ? 'Added ' + els.filter(x => x.group === 'nodes').length + ' actors' : 'Nothing to add';
    });
    const focusName = net.focus;
    openPanel(el('h2', { text: d.name }), el('p', { class: 'muted small', text: [d.type, d.country].filter(Boolean).join(' · ') + ' · ' + d.events + ' events in this graph' }),
      el('p', {}, expand),
      el('p', {}, link(graphHash({ actor: d.name, period: q.period }), 'Its own neighbourhood')),
      focusName && focusName !== d.name ? el('p', {}, link(graphHash({ actor: focusName, with: d.name, period: q.period }), 'Relations with ' + focusName)) : null,
      el('p', {}, actorLink(d.name), ' (actor page)'));
  });
  // as typed: 'Palestinian' gathers every actor of that name (Palestine, Palestinians, the Palestinian government...)
  if (net.mode === 'dyad' && net.focus && net.with) await openDyad(q.actor || net.focus, q.with || net.with).catch(() => {});
}

/** Bars of a dyad's events per month (height: events; colour: mean Goldstein), the chosen month outlined. */
function trendChart(trend, period) {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  const width = 380, height = 90, max = Math.max(1, ...trend.map(t => t.events));
  const bar = trend.length ? Math.max(3, Math.min(30, Math.floor((width - 10) / trend.length))) : 10;
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (height + 16));
  svg.setAttribute('class', 'trend');
  svg.setAttribute('role', 'img');
  trend.forEach((t, i) => {
    const h = Math.max(2, Math.round(height * t.events / max));
    const r = document.createElementNS(NS, 'rect');
    r.setAttribute('x', String(5 + i * bar));
    r.setAttribute('y', String(height - h));
    r.setAttribute('width', String(bar - 1));
    r.setAttribute('height', String(h));
    r.setAttribute('fill', goldsteinColour(t.meanGoldstein));
    if (t.period === period) { r.setAttribute('stroke', '#222'); r.setAttribute('stroke-width', '2'); }
    const title = document.createElementNS(NS, 'title');
    title.textContent = t.period + ': ' + t.events + ' events, ' + t.cooperation + ' cooperation, ' + t.conflict + ' conflict';
    r.appendChild(title);
    svg.appendChild(r);
  });
  for (const [i, t] of [[0, trend[0]], [trend.length - 1, trend[trend.length - 1]]]) {
    if (!t) continue;
    const label = document.createElementNS(NS, 'text');
    label.setAttribute('x', String(5 + i * bar));
    label.setAttribute('y', String(height + 13));
    label.setAttribute('font-size', '10');
    if (i > 0) { label.setAttribute('text-anchor', 'end'); label.setAttribute('x', String(5 + (i + 1) * bar)); }
    label.textContent = t.period;
    svg.appendChild(label);
  }
  return trend.length ? svg : el('p', { class: 'muted small', text: 'No dated events between them.' });
}
