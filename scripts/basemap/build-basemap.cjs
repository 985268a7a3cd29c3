#!/usr/bin/env node
// Writes the web page's offline basemap as one GeoJSON FeatureCollection; each feature's `layer` says what it is
// (country, governorate, governorate-label, route). See build.sh for the sources and their licences.
// Usage: node build-basemap.cjs NODE_MODULES RESOURCES_DIR OPEN_SYRIA_DIR OUTPUT_FILE
// Deterministic: features in source order, coordinates rounded; no network.
'use strict';
const fs = require('fs');
const path = require('path');

const [, , modules, resources, openSyria, outFile] = process.argv;
if (!outFile) {
  console.error('usage: build-basemap.cjs NODE_MODULES RESOURCES_DIR OPEN_SYRIA_DIR OUTPUT_FILE');
  process.exit(2);
}
const topojson = require(path.join(modules, 'topojson-client'));

function fail(msg) {
  console.error('basemap: ' + msg);
  process.exit(1);
}

function readJson(p) {
  if (!fs.existsSync(p)) fail(`${p} is missing`);
  try {
    return JSON.parse(fs.readFileSync(p, 'utf8'));
  } catch (e) {
    return fail(`${p}: not valid JSON (${e.message})`);
  }
}

/** The rows of a tab-separated data file (comment lines skipped, first row the header) as objects. */
function readTsv(p) {
  if (!fs.existsSync(p)) fail(`${p} is missing`);
  const lines = fs.readFileSync(p, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const head = lines[0].split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    const row = {};
    head.forEach((h, i) => { row[h] = cells[i]; });
    return row;
  });
}

const pkgVersion = (name) => readJson(path.join(modules, name, 'package.json')).version;

// Syria and its neighbours from the 1:50m outlines, simplified to ~1 km; the rest of the world from 1:110m at
// ~10 km is context enough (and keeps the file small enough to load at once).
const NEAR = { minLon: 20, minLat: 20, maxLon: 65, maxLat: 46 };
const FINE = new Set(['Syria', 'Turkey', 'Iraq', 'Lebanon', 'Jordan', 'Israel', 'Palestine', 'Cyprus', 'N. Cyprus']);

/** Douglas-Peucker: the ring's points that keep it within `tolerance` degrees of the original. */
function simplify(points, tolerance) {
  if (points.length <= 4 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let far = 0;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
      if (d > far) { far = d; worst = i; }
    }
    if (worst >= 0 && far > tolerance) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function roundRing(ring, digits) {
  const f = 10 ** digits;
  const out = [];
  for (const [x, y] of simplify(ring, 0.5 / f)) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** A geometry's rings rounded; rings that collapse below a triangle are dropped (null: nothing left). */
function roundGeometry(g, digits) {
  const polygon = (rings) => rings.map((r) => roundRing(r, digits)).filter((r) => r.length >= 4);
  if (g.type === 'Polygon') {
    const rings = polygon(g.coordinates);
    return rings.length ? { type: 'Polygon', coordinates: rings } : null;
  }
  if (g.type === 'MultiPolygon') {
    const polys = g.coordinates.map(polygon).filter((rings) => rings.length);
    return polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
  }
  if (g.type === 'LineString') return { type: 'LineString', coordinates: roundRing(g.coordinates, digits) };
  return fail('unexpected geometry ' + g.type);
}

function bbox(g) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      b[0] = Math.min(b[0], c[0]); b[1] = Math.min(b[1], c[1]);
      b[2] = Math.max(b[2], c[0]); b[3] = Math.max(b[3], c[1]);
    } else c.forEach(walk);
  };
  walk(g.coordinates);
  return b;
}

const intersectsNear = (b) => b[0] <= NEAR.maxLon && b[2] >= NEAR.minLon && b[1] <= NEAR.maxLat && b[3] >= NEAR.minLat;

function countries() {
  const coarse = readJson(path.join(modules, 'world-atlas', 'countries-110m.json'));
  const fine = readJson(path.join(modules, 'world-atlas', 'countries-50m.json'));
  const out = [];
  const fineNear = topojson.feature(fine, fine.objects.countries).features
    .filter((f) => f.geometry && FINE.has(f.properties.name) && intersectsNear(bbox(f.geometry)));
  const nearNames = new Set(fineNear.map((f) => f.properties.name));
  const missing = [...FINE].filter((n) => !nearNames.has(n));
  if (missing.length) fail(`world-atlas has no country named ${missing.join(', ')}`);
  for (const f of fineNear) {
    const g = roundGeometry(f.geometry, 2);
    if (g) out.push({ type: 'Feature', properties: { layer: 'country', name: f.properties.name }, geometry: g });
  }
  for (const f of topojson.feature(coarse, coarse.objects.countries).features) {
    if (!f.geometry || nearNames.has(f.properties.name) || f.properties.name === 'Antarctica') continue;
    const g = roundGeometry(f.geometry, 1);
    if (g) out.push({ type: 'Feature', properties: { layer: 'country', name: f.properties.name }, geometry: g });
  }
  return out;
}

/** POLYGON((x y,...),(...)) or MULTIPOLYGON(((...)),((...))) as GeoJSON. */
function wkt(s) {
  const ring = (t) => t.split(',').map((p) => p.trim().split(/\s+/).map(Number));
  const polygon = (t) => t.replace(/^\(|\)$/g, '').split(/\)\s*,\s*\(/).map(ring);
  if (s.startsWith('POLYGON')) {
    return { type: 'Polygon', coordinates: polygon(s.slice('POLYGON'.length).trim().replace(/^\(|\)$/g, '')) };
  }
  if (s.startsWith('MULTIPOLYGON')) {
    const body = s.slice('MULTIPOLYGON'.length).trim().replace(/^\(|\)$/g, '');
    return { type: 'MultiPolygon', coordinates: body.split(/\)\)\s*,\s*\(\(/).map((p) => polygon(p.replace(/^\(+|\)+$/g, ''))) };
  }
  return fail('admin1.tsv: unexpected WKT ' + s.slice(0, 30));
}

function governorates() {
  // the 14 governorates (Natural Earth also lists the UN buffer zone on the Golan as a unit of its own)
  const admin1 = readTsv(path.join(resources, 'knowledge/places/admin1.tsv'))
    .filter((r) => r.country === 'SY' && /^SY-[A-Z]{2}$/.test(r.id));
  const labels = new Map(readJson(path.join(openSyria, 'governorates.json')).map((g) => [g.iso31662, g]));
  const out = [];
  for (const r of admin1) {
    const os = labels.get(r.id);
    if (!os) fail(`governorates.json has no governorate with ISO 3166-2 code ${r.id}`);
    const props = { layer: 'governorate', id: r.id, name: os.name.en, name_ar: os.name.ar };
    out.push({ type: 'Feature', properties: props, geometry: roundGeometry(wkt(r.wkt), 3) });
    out.push({ type: 'Feature', properties: { ...props, layer: 'governorate-label' },
      geometry: { type: 'Point', coordinates: [os.centroid.longitude, os.centroid.latitude] } });
  }
  if (out.length !== 28) fail(`expected 14 Syrian governorates in admin1.tsv, found ${out.length / 2}`);
  return out;
}

function routes() {
  const places = readTsv(path.join(resources, 'knowledge/places/places.tsv'));
  const supplement = readTsv(path.join(resources, 'knowledge/places/supplement.tsv'));
  const where = new Map();
  for (const p of places) where.set('geonames:' + p.geonameid, { name: p.name, lat: +p.lat, lon: +p.lon });
  for (const p of supplement) where.set(p.id, { name: p.name, lat: +p.lat, lon: +p.lon });
  const roads = new Map(readTsv(path.join(resources, 'knowledge/places/roads.tsv')).map((r) => [r.id, r]));
  const out = [];
  for (const r of readTsv(path.join(resources, 'analyse/routes.tsv'))) {
    const road = roads.get(r.road);
    if (!road) fail(`routes.tsv names ${r.road}, which roads.tsv lacks`);
    const towns = road.waypoints.split('|').map((id) => {
      const p = where.get(id);
      if (!p) fail(`${road.id}: waypoint ${id} is in neither places.tsv nor supplement.tsv`);
      return p;
    });
    out.push({ type: 'Feature', properties: { layer: 'route', id: road.id, name: road.name,
      towns: towns.map((t) => t.name) },
    geometry: roundGeometry({ type: 'LineString', coordinates: towns.map((t) => [t.lon, t.lat]) }, 4) });
  }
  return out;
}

const collection = {
  type: 'FeatureCollection',
  source: `generated by scripts/basemap/build.sh: Natural Earth admin-0 (public domain) via world-atlas@`
    + `${pkgVersion('world-atlas')} (ISC) read with topojson-client@${pkgVersion('topojson-client')}; Syrian `
    + 'governorates: outlines from Natural Earth admin-1 (the gazetteer\'s admin1.tsv), names and label points '
    + 'from OpenSyria (CC BY 4.0, https://github.com/Open-Syria/data-geography); routes from org/sitrep/analyse/'
    + 'routes.tsv through knowledge/places/roads.tsv. Do not edit by hand.',
  features: [...countries(), ...governorates(), ...routes()],
};
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, JSON.stringify(collection) + '\n');
