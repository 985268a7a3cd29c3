// The map: the offline basemap (countries, Syrian governorates, routes), the events as grid cells from
// GET /events/aggregate (a cell of one event is that event, sized by its fatalities; a cell of many shows its
// count), the chosen route coloured by the chosen day's status, and who held the towns along the routes that day.
import { el, colour, TYPE_COLOURS } from './dom.js';

const STATUS_COLOURS = { open: '#2e8540', cut: '#c0392b', contested: '#d68910', unknown: '#8a949e', held: '#2f6fb0' };

export class EventMap {
  constructor(node, { onEvent, onCell, onMove }) {
    this.map = L.map(node, { zoomControl: true, attributionControl: true, minZoom: 2, maxZoom: 14,
      worldCopyJump: true }).setView([35.0, 38.5], 6);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution('Natural Earth; OpenSyria (CC BY 4.0)');
    this.events = L.layerGroup().addTo(this.map);
    this.route = L.layerGroup().addTo(this.map);
    this.control = L.layerGroup().addTo(this.map);
    this.onEvent = onEvent;
    this.onCell = onCell;
    this.map.on('moveend', () => onMove());
    this.legend();
  }

  async basemap() {
    const r = await fetch('/basemap.geojson');
    const data = await r.json();
    const style = (f) => {
      switch (f.properties.layer) {
        case 'country': return { color: '#8c8c80', weight: 0.8, fillColor: '#f1efe6', fillOpacity: 1 };
        case 'governorate': return { color: '#a49c8a', weight: 0.8, dashArray: '3 3', fill: false };
        case 'route': return { color: '#6b4f2a', weight: 2, opacity: 0.7 };
        default: return {};
      }
    };
    L.geoJSON(data, {
      style,
      interactive: false,
      filter: (f) => f.properties.layer !== 'governorate-label',
    }).addTo(this.map);
    for (const f of data.features.filter((x) => x.properties.layer === 'governorate-label')) {
      const [lon, lat] = f.geometry.coordinates;
      const label = el('div', { className: 'gov-label' }, f.properties.name);
      L.marker([lat, lon], { interactive: false, keyboard: false,
        icon: L.divIcon({ html: label, className: '', iconSize: [100, 14], iconAnchor: [50, 7] }) }).addTo(this.map);
    }
  }

  /** The map's view as the aggregate route's bbox and zoom. */
  view() {
    const b = this.map.getBounds().pad(0.1);
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    const bbox = [clamp(b.getWest(), -180, 180), clamp(b.getSouth(), -90, 90), clamp(b.getEast(), -180, 180),
      clamp(b.getNorth(), -90, 90)].map((x) => x.toFixed(4)).join(',');
    return { bbox, zoom: this.map.getZoom() };
  }

  /** Draws the grid's cells: one marker each, an element the page (and a test) can find and click. */
  showCells(cells) {
    this.events.clearLayers();
    for (const c of cells) {
      const single = c.count === 1 && c.events ? c.events[0] : null;
      const type = dominant(c.types);
      const size = single ? 12 + 3 * Math.sqrt(single.fatalities || 0) : 18 + 6 * Math.log2(c.count);
      const d = Math.round(Math.min(size, 60));
      const dot = el('div', { className: 'ev' + (c.contested ? ' contested' : ''),
        dataset: single ? { eventId: single.id, count: '1' } : { count: String(c.count) },
        title: single ? `${single.sub_event_type || single.event_type} · ${single.location} · ${single.date || 'undated'}`
          + (single.fatalities != null ? ` · ${single.fatalities} killed` : '') : `${c.count} events`,
        style: { width: d + 'px', height: d + 'px', background: colour(type) } }, single ? '' : String(c.count));
      const m = L.marker([c.lat, c.lon], { icon: L.divIcon({ html: dot, className: '', iconSize: [d, d] }),
        keyboard: true, title: '' });
      m.on('click', () => (single ? this.onEvent(single.id) : this.onCell(c)));
      m.addTo(this.events);
    }
  }

  zoomTo(c) {
    this.map.setView([c.lat, c.lon], Math.min(this.map.getZoom() + 2, 14));
  }

  /** The chosen route on the chosen day: each segment coloured by its status, the cut point marked. */
  showRoute(route, day) {
    this.route.clearLayers();
    if (!route) return;
    const towns = new Map(route.towns.map((t) => [t.name, t]));
    const segments = day ? day.segments : [];
    if (!segments.length) {
      L.polyline(route.towns.map((t) => [t.lat, t.lon]), { color: '#222', weight: 5, opacity: 0.5 }).addTo(this.route);
    }
    for (const s of segments) {
      const a = towns.get(s.from);
      const b = towns.get(s.to);
      if (!a || !b) continue;
      L.polyline([[a.lat, a.lon], [b.lat, b.lon]], { color: STATUS_COLOURS[s.status] || '#222', weight: 6,
        opacity: 0.85 }).addTo(this.route);
      if (s.cut_at) {
        L.circleMarker([s.cut_at.lat, s.cut_at.lon], { radius: 7, color: '#000', weight: 2, fillColor: '#c0392b',
          fillOpacity: 1 }).addTo(this.route);
      }
    }
  }

  /** Who held each town on the chosen day (held by a side, contested, unknown), as small squares. */
  showControl(intervals) {
    this.control.clearLayers();
    for (const c of intervals) {
      const key = c.status === 'held' || c.holder ? 'held' : c.status;
      const who = c.holder ? c.holder.name : c.status;
      const box = el('div', { className: 'ctl', dataset: { place: c.place.name, status: c.status },
        title: `${c.place.name}: ${who} (${c.from})`, style: { background: STATUS_COLOURS[key] || '#8a949e' } });
      L.marker([c.place.lat, c.place.lon], { icon: L.divIcon({ html: box, className: '', iconSize: [12, 12],
        iconAnchor: [-4, 14] }), keyboard: false }).addTo(this.control);
    }
  }

  legend() {
    const legend = L.control({ position: 'bottomleft' });
    legend.onAdd = () => el('div', { className: 'legend leaflet-bar', style: { background: '#fff', padding: '3px 6px' } },
      Object.entries(TYPE_COLOURS).map(([t, c]) => el('span', null, el('i', { style: { background: c } }), t)));
    legend.addTo(this.map);
  }
}

function dominant(types) {
  let best = 'Unknown';
  let n = -1;
  for (const [t, k] of Object.entries(types || {})) {
    if (k > n) { best = t; n = k; }
  }
  return best;
}
