// The side panels: an event with its reports (each evidence sentence highlighted in its document's text), who
// said it through whom, the grade and its reasons, and contradictions side by side; a cell's list of events; the
// routes with each day's status along the road.
import { el, fill, api, seg, colour } from './dom.js';

const CONTEXT = 280; // characters of the document shown on each side of an evidence sentence
const documents = new Map();

function documentText(id) {
  if (!documents.has(id)) documents.set(id, api('/documents/' + seg(id)).catch(() => null));
  return documents.get(id);
}

const actors = (list) => (list || []).map((a) => a.name).join(', ') || '?';
const place = (e) => (e.location ? e.location.name : 'no place');
const when = (d) => (!d ? 'undated' : d.start === d.end ? d.start : d.start + ' – ' + d.end);

export async function showEvent(panel, id) {
  fill(panel, el('p', { className: 'hint' }, 'Loading ' + id + ' …'));
  let e;
  try {
    e = await api('/events/' + seg(id));
  } catch (err) {
    fill(panel, el('p', { className: 'hint' }, 'Event ' + id + ': ' + err.message));
    return;
  }
  const reports = new Map(e.reports.map((r) => [r.id, r]));
  const g = e.grade;
  fill(panel,
    el('h2', { dataset: { eventId: e.id } }, el('span', { style: { color: colour(e.event_type) } }, '● '),
      `${e.sub_event_type || e.event_type || 'Unknown type'} · ${place(e)} · ${when(e.date)}`),
    el('dl', null,
      el('dt', null, 'Actors'), el('dd', null, `${actors(e.actor1)} → ${actors(e.actor2)}`),
      el('dt', null, 'Fatalities'), el('dd', null, e.fatalities == null ? 'unknown' : String(e.fatalities),
        e.fatalities_note ? ` (${e.fatalities_note})` : ''),
      el('dt', null, 'Sources'), el('dd', null, `${e.tally.independent_sources} independent: `
        + (e.tally.independent_source_names.join(', ') || '—')),
      el('dt', null, 'Grade'), el('dd', null, g ? el('span', { className: 'grade' }, g.code) : 'not assessed')),
    g ? el('ul', { className: 'reasons' }, g.reasons.map((r) => el('li', null, r))) : null,
    e.contradictions.length ? el('h3', null, 'Contradictions') : null,
    e.contradictions.map((c) => contradiction(c, reports)),
    el('h3', null, `Reports (${e.reports.length})`),
    e.reports.map(reportBox));
  for (const box of panel.querySelectorAll('.report')) context(box, reports.get(box.dataset.reportId));
}

function contradiction(c, reports) {
  return el('div', { className: 'contradiction' },
    el('p', null, el('strong', null, c.kind), ': ', c.summary),
    el('div', { className: 'sides' }, c.sides.map((s) => el('div', { className: 'side' },
      el('strong', null, s.position),
      el('div', { className: 'chain' }, s.sources.join(', ') || 'unnamed source'),
      s.report_ids.map((id) => reports.get(id)).filter(Boolean)
        .map((r) => el('blockquote', { className: 'context' }, r.evidence.text))))));
}

/** A report: its document, the chain of who said it through whom, how firmly, and its evidence in context. */
function reportBox(r) {
  const d = r.document;
  const chain = [...(r.attribution || []).map((a) => el('span', { title: a.role }, `${a.name} (${a.role})`)),
    el('span', { title: 'outlet' }, d.outlet || 'unknown outlet')];
  return el('div', { className: 'report', dataset: { reportId: r.id } },
    el('div', null, el('strong', null, d.title || '(untitled document)'), ` · ${d.published || 'undated'}`),
    el('div', { className: 'chain' }, chain),
    el('div', { className: 'chain' }, `${r.modality} · ${r.section}`
      + (r.flags && r.flags.length ? ' · ' + r.flags.join(', ') : '')),
    el('div', { className: 'context' }, r.evidence.text));
}

/** Replaces a report's bare sentence with its place in the document's clean text, the sentence marked. */
async function context(box, r) {
  const doc = await documentText(r.document.id);
  const text = doc && doc.text && doc.text.text;
  const { start, end } = r.evidence;
  if (!text || text.slice(start, end) !== r.evidence.text) return; // stays the sentence alone
  let a = Math.max(0, start - CONTEXT);
  let b = Math.min(text.length, end + CONTEXT);
  const para = text.lastIndexOf('\n\n', start);
  if (para >= a) a = para + 2;
  const next = text.indexOf('\n\n', end);
  if (next >= 0 && next < b) b = next;
  fill(box.querySelector('.context'), a > 0 ? '… ' : '', text.slice(a, start),
    el('mark', null, text.slice(start, end)), text.slice(end, b), b < text.length ? ' …' : '');
}

/** The events of one map cell, to choose from. */
export function showCell(panel, cell, open) {
  fill(panel, el('h2', null, `${cell.count} events here`),
    el('div', { className: 'list' }, cell.events.map((e) => el('button', {
      type: 'button', dataset: { eventId: e.id }, onclick: () => open(e.id) },
    el('span', { style: { color: colour(e.event_type) } }, '● '),
    `${e.date || 'undated'} · ${e.sub_event_type || e.event_type} · ${e.location}`
      + (e.fatalities != null ? ` · ${e.fatalities} killed` : '') + (e.contested ? ' · contested' : '')))));
}

/** The routes, and for the chosen one each day's status; choosing a day draws it and its control layer. */
export class RoutePanel {
  constructor(panel, onDay) {
    this.panel = panel;
    this.onDay = onDay;
    this.routes = [];
  }

  async load() {
    this.routes = (await api('/routes')).routes;
    this.select = el('select', { id: 'route-select', 'aria-label': 'Route' },
      el('option', { value: '' }, 'choose a route …'),
      this.routes.map((r) => { const o = el('option', null, r.name); o.value = r.id; return o; }));
    this.select.addEventListener('change', () => this.choose(this.select.value));
    this.days = el('div', { id: 'route-days' });
    fill(this.panel, el('label', null, 'Route ', this.select), this.days);
  }

  async choose(id, range) {
    this.select.value = id;
    const route = this.routes.find((r) => r.id === id);
    if (!route) { fill(this.days); this.onDay(null, null); return; }
    fill(this.days, el('p', { className: 'hint' }, 'Loading …'));
    let answer;
    try {
      answer = await api('/routes/' + seg(id) + '/status', range || {});
    } catch (err) {
      fill(this.days, el('p', { className: 'hint' }, err.message));
      this.onDay(route, null);
      return;
    }
    const rows = answer.days.map((d) => {
      const cut = d.segments.map((s) => s.cut_at).find(Boolean);
      const tr = el('tr', { dataset: { date: d.date, status: d.status } },
        el('td', null, d.date), el('td', null, el('span', { className: 'st st-' + d.status }, d.status)),
        el('td', null, cut ? cut.name : ''), el('td', null, d.confidence.toFixed(2)),
        el('td', null, d.reasons[0] || ''));
      tr.addEventListener('click', () => this.day(route, d, tr));
      return tr;
    });
    fill(this.days,
      el('p', null, `${route.towns.map((t) => t.name).join(' – ')}`),
      el('table', { className: 'days' }, el('thead', null, el('tr', null,
        ['day', 'status', 'cut at', 'conf.', 'why'].map((h) => el('th', null, h)))), el('tbody', null, rows)),
      el('div', { id: 'route-evidence' }));
    const firstCut = answer.days.find((d) => d.status === 'cut') || answer.days[0];
    if (firstCut) this.day(route, firstCut, rows[answer.days.indexOf(firstCut)]);
  }

  day(route, d, tr) {
    this.days.querySelectorAll('tr.chosen').forEach((r) => r.classList.remove('chosen'));
    tr.classList.add('chosen');
    fill(this.days.querySelector('#route-evidence'), el('h3', null, d.date + ': ' + d.status),
      el('ul', null, d.reasons.map((r) => el('li', null, r))),
      d.evidence.map((ev) => el('blockquote', { className: 'context' }, ev.text,
        el('div', { className: 'chain' }, `${ev.source || 'unnamed source'} · ${ev.modality || ''}`))),
      d.evidence_unlisted ? el('p', { className: 'chain' },
        `${d.evidence_unlisted} more pieces of evidence weighed, not listed`) : null);
    this.onDay(route, d);
  }
}
