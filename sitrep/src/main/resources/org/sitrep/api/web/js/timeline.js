// The timeline: a histogram of the selected events by day (by month when they span more than ~14 months) and two
// handles bounding the range of days the map shows. Dragging either handle (or the arrow keys on it) moves the
// range; the map follows once the handle rests.
import { el, fill } from './dom.js';

const DAY = 86400000;

export class Timeline {
  constructor({ histogram, from, to, label }, onChange) {
    this.histogram = histogram;
    this.from = from;
    this.to = to;
    this.label = label;
    this.onChange = onChange;
    this.buckets = [];
    let timer = null;
    const moved = (which) => {
      if (+this.from.value > +this.to.value) {
        if (which === this.from) this.to.value = this.from.value; else this.from.value = this.to.value;
      }
      this.paint();
      clearTimeout(timer);
      timer = setTimeout(() => this.onChange(this.range()), 150);
    };
    from.addEventListener('input', () => moved(from));
    to.addEventListener('input', () => moved(to));
  }

  /** New counts by day; the range is kept where the days still exist, else reset to all. */
  setDays(days) {
    const old = this.range();
    this.buckets = buckets(days);
    const n = Math.max(0, this.buckets.length - 1);
    for (const r of [this.from, this.to]) r.max = String(n);
    const find = (d, fallback) => {
      const i = this.buckets.findIndex((b) => b.start <= d && d <= b.end);
      return i < 0 ? fallback : i;
    };
    this.from.value = String(old ? find(old.from, 0) : 0);
    this.to.value = String(old ? find(old.to, n) : n);
    const max = Math.max(1, ...this.buckets.map((b) => b.count));
    fill(this.histogram, this.buckets.map((b, i) => el('div', {
      className: 'bar', dataset: { index: String(i), start: b.start, end: b.end, count: String(b.count) },
      title: `${b.start === b.end ? b.start : b.start + ' – ' + b.end}: ${b.count} event${b.count === 1 ? '' : 's'}`,
      style: { height: (b.count ? 4 + 96 * (b.count / max) : 0) + '%' } })));
    this.paint();
  }

  /** The days the handles bound, or null when there are no dated events. */
  range() {
    if (!this.buckets.length) return null;
    return { from: this.buckets[+this.from.value].start, to: this.buckets[+this.to.value].end };
  }

  /** The date filter of the range: none while it spans every day, so undated events stay on the map then. */
  filter() {
    const r = this.range();
    const all = +this.from.value === 0 && +this.to.value === this.buckets.length - 1;
    return !r || all ? {} : r;
  }

  paint() {
    const a = +this.from.value;
    const b = +this.to.value;
    this.histogram.querySelectorAll('.bar').forEach((bar, i) => bar.classList.toggle('in', i >= a && i <= b));
    const r = this.range();
    fill(this.label, r ? `showing ${r.from} – ${r.to}` : 'no dated events');
    this.label.dataset.from = r ? r.from : '';
    this.label.dataset.to = r ? r.to : '';
  }
}

/** Every day (or month) from the first dated event to the last, counts filled in, empty days included. */
function buckets(days) {
  if (!days.length) return [];
  const count = new Map(days.map((d) => [d.date, d.count]));
  const first = Date.parse(days[0].date);
  const last = Date.parse(days[days.length - 1].date);
  const iso = (t) => new Date(t).toISOString().slice(0, 10);
  const out = [];
  if ((last - first) / DAY <= 430) {
    for (let t = first; t <= last; t += DAY) out.push({ start: iso(t), end: iso(t), count: count.get(iso(t)) || 0 });
    return out;
  }
  const byMonth = new Map();
  for (const d of days) byMonth.set(d.date.slice(0, 7), (byMonth.get(d.date.slice(0, 7)) || 0) + d.count);
  const end = new Date(last);
  for (let m = new Date(Date.UTC(new Date(first).getUTCFullYear(), new Date(first).getUTCMonth(), 1)); m <= end;
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
    const next = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1));
    const key = iso(m.getTime()).slice(0, 7);
    out.push({ start: iso(m.getTime()), end: iso(next.getTime() - DAY), count: byMonth.get(key) || 0 });
  }
  return out;
}
