// The page: filters and the timeline decide which events the map asks for; the map asks the server for a grid of
// its view (GET /events/aggregate), so the page stays light however many events the store holds.
import { api, fill } from './dom.js';
import { EventMap } from './map.js';
import { Timeline } from './timeline.js';
import { showEvent, showCell, RoutePanel } from './panels.js';

const $ = (id) => document.getElementById(id);
const status = $('status');
let loadSeq = 0;
let controller = null;

function filters() {
  return {
    type: $('f-type').value,
    actor: $('f-actor').value.trim(),
    reliability: $('f-reliability').value,
    min_credibility: $('f-credibility').value,
    contested: $('f-contested').checked ? 'true' : '',
  };
}

function tab(name) {
  for (const t of ['event', 'route']) {
    $('tab-' + t).classList.toggle('active', t === name);
    $(t + '-panel').classList.toggle('hidden', t !== name);
  }
}

const eventPanel = $('event-panel');
async function openEvent(id) {
  tab('event');
  if (location.hash !== '#event=' + id) history.replaceState(null, '', '#event=' + encodeURIComponent(id));
  await showEvent(eventPanel, id);
}

const map = new EventMap($('map'), {
  onEvent: openEvent,
  onCell: (cell) => {
    if (cell.events) { tab('event'); showCell(eventPanel, cell, openEvent); } else map.zoomTo(cell);
  },
  onMove: () => reload(),
});

const timeline = new Timeline({ histogram: $('histogram'), from: $('range-from'), to: $('range-to'),
  label: $('range-label') }, () => reload());

/** Asks for the grid of the map's view under the filters and the timeline's range; a newer ask wins. */
async function reload() {
  const seq = ++loadSeq;
  if (controller) controller.abort();
  controller = new AbortController();
  document.body.dataset.loading = 'true';
  const range = timeline.filter();
  const view = map.view();
  try {
    const grid = await api('/events/aggregate', { ...filters(), ...view, from: range.from, to: range.to },
      controller.signal);
    if (seq !== loadSeq) return;
    map.showCells(grid.cells);
    fill(status, `${grid.events} events on the map` + (grid.unplaced ? ` · ${grid.unplaced} without a place` : ''));
    status.dataset.events = String(grid.events);
    status.dataset.cells = String(grid.cells.length);
    status.dataset.bbox = view.bbox;
  } catch (err) {
    if (err.name !== 'AbortError' && seq === loadSeq) fill(status, 'error: ' + err.message);
  } finally {
    if (seq === loadSeq) {
      document.body.dataset.loading = 'false';
      document.body.dataset.loads = String(seq);
    }
  }
}

/** The timeline counts every event the filters select, wherever it is and whenever. */
async function reloadTimeline() {
  const grid = await api('/events/aggregate', { ...filters(), zoom: 0 });
  timeline.setDays(grid.days);
}

const routes = new RoutePanel($('route-panel'), async (route, day) => {
  map.showRoute(route, day);
  if (!day) { map.showControl([]); return; }
  try {
    const b = route.towns.reduce((a, t) => [Math.min(a[0], t.lon), Math.min(a[1], t.lat), Math.max(a[2], t.lon),
      Math.max(a[3], t.lat)], [180, 90, -180, -90]);
    const answer = await api('/control', { bbox: b.map((x) => x.toFixed(4)).join(','), at: day.date });
    map.showControl(answer.intervals);
  } catch (err) {
    map.showControl([]);
  }
});

$('tab-event').addEventListener('click', () => tab('event'));
$('tab-route').addEventListener('click', () => tab('route'));
let typing = null;
$('filters').addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(async () => { await reloadTimeline(); await reload(); }, 250);
});
$('filters').addEventListener('submit', (e) => e.preventDefault());

async function start() {
  try {
    await map.basemap();
    await routes.load();
    await reloadTimeline();
    await reload();
    const m = /^#event=(.+)$/.exec(location.hash);
    if (m) await openEvent(decodeURIComponent(m[1]));
  } catch (err) {
    fill(status, 'error: ' + err.message);
  }
  document.body.dataset.ready = 'true';
}

start();
