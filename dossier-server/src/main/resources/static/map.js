// Map view: events grouped by place, coloured by QuadClass, on Natural Earth country outlines
// (no tile server: the CSP allows only this origin). Uses app.js's helpers (el, api, docLink,
// actorLink, main, openPanel). Article text is inserted as text nodes only.
'use strict';

const QUAD_COLOURS = { 1: '#2e7d32', 2: '#1565c0', 3: '#ef6c00', 4: '#c62828' };
const QUAD_NAMES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
let mapInstance = null;
let outlines = null;

function dominantQuad(quads) {
  let best = null;
  let n = -1;
  for (const [q, c] of Object.entries(quads || {})) if (c > n) { n = c; best = q; }
  return best;
}

// Natural Earth rings that cross the antimeridian (Russia's Chukotka, Fiji, Antarctica) jump from
// +180 to -180 inside one ring; the spherical data is right, but a flat map draws each jump as a
// line across the world. Unwrap every ring to continuous longitudes (Chukotka then lies at 190°E,
// just right of 180 where it belongs on a flat map) and close a ring that circles a pole along that
// pole instead of across the map.
function unwrapRing(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  let shift = 0;
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    if (d > 180) shift -= 360; else if (d < -180) shift += 360;
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  if (shift !== 0) {
    const pole = out.reduce((s, c) => s + c[1], 0) < 0 ? -90 : 90;
    out.push([out[out.length - 1][0], pole], [out[0][0], pole], [out[0][0], out[0][1]]);
  }
  return out;
}

function unwrapAntimeridian(collection) {
  for (const f of collection.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map(unwrapRing);
    else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map(p => p.map(unwrapRing));
  }
  return collection;
}

async function countryOutlines() {
  if (outlines) return outlines;
  const res = await fetch('/vendor/countries-110m.json');
  const topo = await res.json();
  outlines = unwrapAntimeridian(topojson.feature(topo, topo.objects.countries));
  return outlines;
}

async function mapPage(params) {
  const from = params.get('from') || '';
  const to = params.get('to') || '';
  const actor = params.get('actor') || '';
  const form = el('form', { id: 'map-filter', class: 'filters' },
    el('label', {}, 'From ', el('input', { type: 'date', name: 'from', value: from })),
    el('label', {}, ' To ', el('input', { type: 'date', name: 'to', value: to })),
    el('label', {}, ' Actor ', el('input', { type: 'text', name: 'actor', value: actor, maxlength: '200' })),
    el('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const k of ['from', 'to', 'actor']) { const v = form.elements[k].value.trim(); if (v) q.set(k, v); }
    location.hash = '#/map' + (q.toString() ? '?' + q : '');
  });
  const legend = el('p', { class: 'legend' }, Object.entries(QUAD_NAMES).map(([q, name]) =>
    el('span', { class: 'legend-item' }, el('span', { class: 'swatch', 'data-quad': q }), ' ' + name + ' ')));
  const box = el('div', { id: 'map', class: 'map' });
  const summary = el('p', { id: 'map-summary', class: 'muted' });
  main.replaceChildren(el('h1', { text: 'Map' }), form, legend, summary, box);
  if (mapInstance) { mapInstance.remove(); mapInstance = null; }
  // Leaflet and topojson load with the first map page, not with every page of the UI
  const [clusters, world] = await Promise.all([api('map', { from, to, actor, limit: 500 }),
    loadScript('/vendor/topojson-client.min.js').then(countryOutlines), loadScript('/vendor/leaflet.js'), loadStyle('/vendor/leaflet.css')]);
  const map = L.map(box, { worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true }).setView([25, 20], 2);
  mapInstance = map;
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Places: GeoNames (CC BY 4.0) · Outlines: Natural Earth');
  L.geoJSON(world, { interactive: false, style: { color: '#9aa5b1', weight: 0.6, fillColor: '#eef1f4', fillOpacity: 1 } }).addTo(map);
  const events = clusters.reduce((n, c) => n + c.count, 0);
  summary.textContent = events + ' events at ' + clusters.length + ' places';
  const max = Math.max(1, ...clusters.map(c => c.count));
  for (const c of clusters) {
    const quad = dominantQuad(c.quads);
    const colour = QUAD_COLOURS[quad] || '#555';
    const marker = L.circleMarker([c.lat, c.lon], {
      radius: 6 + 14 * Math.sqrt(c.count / max), color: '#222', weight: 1, fillColor: colour, fillOpacity: 0.75,
      className: 'map-cluster map-cluster-' + c.precision,
    }).addTo(map);
    // a text node, never HTML: place names come from articles (Leaflet inserts a string as HTML)
    marker.bindTooltip(el('span', { class: 'map-tooltip', text: c.place + ' (' + c.count + ')' }));
    marker.on('click', () => showCluster(c));
  }
}

function showCluster(c) {
  const where = [c.place, c.admin1, c.countryCode].filter(Boolean).join(', ');
  openPanel(el('h2', { text: where }), el('p', { class: 'muted', text: c.count + ' events · ' + c.precision + ' precision' }),
    el('ul', { class: 'map-events' }, c.events.map(e => el('li', { 'data-quad': e.quad || '' },
      el('span', { class: 'quad-dot', 'data-quad': e.quad || '' }), ' ',
      el('strong', { text: (e.label || e.cameo) + ' ' }), el('span', { class: 'muted', text: (e.date || '') + ' ' }),
      e.source.length ? e.source.join(', ') + ' → ' : '', e.target.join(', '),
      el('blockquote', { class: 'evidence' }, el('a', { class: 'map-evidence', href: docLink(e.document, e.start, e.end), text: e.evidence || 'evidence' }))))));
}
