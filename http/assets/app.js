// dyad web page: an event table, a document viewer with the evidence
// highlighted, a timeline of cooperation and conflict and a network of
// actors, all drawn from the JSON API (docs/api.md). Plain JavaScript, no
// library. The page state (filters, page, open document) lives in the URL
// fragment, so a view can be bookmarked and shared. Text from the store is
// only ever inserted as text nodes, never as HTML.

'use strict';

// CAMEO 1.1b3 root codes.
const ROOTS = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate', '04': 'Consult',
  '05': 'Engage in diplomatic cooperation', '06': 'Engage in material cooperation', '07': 'Provide aid',
  '08': 'Yield', '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten',
  '14': 'Protest', '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault',
  '19': 'Fight', '20': 'Use unconventional mass violence',
};
// PLOVER 2.0 event types.
const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const LANGS = { ar: 'Arabic', de: 'German', en: 'English', es: 'Spanish', fr: 'French', it: 'Italian', pt: 'Portuguese', ru: 'Russian' };
const QUADS = ['', 'Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];
const FILTERS = ['q', 'actor', 'source', 'target', 'cameo', 'quad', 'plover', 'from', 'to', 'lang'];
const FILTER_LABELS = { q: 'text', actor: 'actor', source: 'source', target: 'target', cameo: 'CAMEO', quad: 'quad', plover: 'PLOVER', from: 'from', to: 'to', lang: 'language' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SVGNS = 'http://www.w3.org/2000/svg';
const MAX_NODES = 40; // actors drawn in the network

const $ = (sel) => document.querySelector(sel);

// el builds an HTML element: attributes, then children (strings become
// text nodes).
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  setAttrs(e, attrs);
  for (const k of kids.flat()) {
    if (k !== null && k !== undefined && k !== false) e.append(k instanceof Node ? k : String(k));
  }
  return e;
}

// svg builds an SVG element the same way.
function svg(tag, attrs, ...kids) {
  const e = document.createElementNS(SVGNS, tag);
  setAttrs(e, attrs);
  for (const k of kids.flat()) {
    if (k !== null && k !== undefined && k !== false) e.append(k instanceof Node ? k : String(k));
  }
  return e;
}

function setAttrs(e, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.setAttribute('class', v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
}

const fmtInt = (n) => Number(n || 0).toLocaleString('en-US');
const plural = (n, word) => `${fmtInt(n)} ${word}${n === 1 ? '' : 's'}`;
const fmtSigned = (x, d = 1) => (x > 0 ? '+' : x < 0 ? '−' : '') + Math.abs(x).toFixed(d);

// ---- state ------------------------------------------------------------

const state = { filters: {}, offset: 0, limit: 50, open: '', focus: '' };
const names = new Map(); // actor key -> name
let stats = null;

// readHash loads the state from the URL fragment.
function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  state.filters = {};
  for (const k of FILTERS) {
    const v = (p.get(k) || '').trim();
    if (v) state.filters[k] = v;
  }
  state.offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
  state.limit = [25, 50, 100, 200].includes(+p.get('limit')) ? +p.get('limit') : 50;
  state.open = p.get('open') || '';
  state.focus = p.get('focus') || '';
}

// hashOf writes a state as a URL fragment.
function hashOf(s) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (s.filters[k]) p.set(k, s.filters[k]);
  if (s.offset) p.set('offset', s.offset);
  if (s.limit !== 50) p.set('limit', s.limit);
  if (s.open) p.set('open', s.open);
  if (s.focus) p.set('focus', s.focus);
  return '#' + p.toString();
}

// go changes the state; hashchange then redraws what changed.
function go(change) {
  const next = { ...state, filters: { ...state.filters }, ...change };
  if (change.filters) next.filters = change.filters;
  for (const k of Object.keys(next.filters)) if (!next.filters[k]) delete next.filters[k];
  const h = hashOf(next);
  if (h === location.hash || (h === '#' && location.hash === '')) return;
  location.hash = h;
}

function setFilters(patch) {
  go({ filters: { ...state.filters, ...patch }, offset: 0 });
}

// ---- API --------------------------------------------------------------

async function api(path, params, signal) {
  const qs = params && params.toString();
  const res = await fetch('api/' + path + (qs ? '?' + qs : ''), { signal, headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await res.json(); } catch (_) { /* not JSON */ }
  if (!res.ok) throw new Error((body && body.error) || `HTTP ${res.status}`);
  return body;
}

function filterParams(extra) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (state.filters[k]) p.set(k, state.filters[k]);
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  return p;
}

let toastTimer = 0;
function toast(msg) {
  const t = $('#toast');
  t.textContent = msg;
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, 6000);
}

function report(err) {
  if (err && err.name === 'AbortError') return;
  toast(String(err && err.message || err));
}

// ---- filters form -----------------------------------------------------

function initForm() {
  const form = $('#filters');
  const cameo = form.elements.cameo;
  for (const [code, name] of Object.entries(ROOTS)) cameo.append(el('option', { value: code }, `${code} ${name}`));
  for (const t of PLOVER) form.elements.plover.append(el('option', { value: t }, t));
  for (const [code, name] of Object.entries(LANGS)) form.elements.lang.append(el('option', { value: code }, `${name} (${code})`));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = {};
    for (const k of FILTERS) {
      const v = (form.elements[k].value || '').trim();
      if (v) f[k] = ['actor', 'source', 'target'].includes(k) ? actorInput(v) : v;
    }
    go({ filters: f, offset: 0 });
  });
  $('#clear').addEventListener('click', () => go({ filters: {}, offset: 0 }));
  for (const k of ['cameo', 'quad', 'plover', 'lang', 'from', 'to']) {
    form.elements[k].addEventListener('change', () => form.requestSubmit());
  }
}

// actorInput turns what was typed in an actor field into a key: a known
// actor's name ("russia") gives its key ("RUS").
function actorInput(v) {
  const up = v.toUpperCase();
  if (names.has(up)) return up;
  const low = v.toLocaleLowerCase();
  for (const [key, name] of names) if (name.toLocaleLowerCase() === low) return key;
  return up;
}

function syncForm() {
  const form = $('#filters');
  for (const k of FILTERS) {
    const input = form.elements[k];
    const v = state.filters[k] || '';
    if (input.tagName === 'SELECT' && v && ![...input.options].some((o) => o.value === v)) {
      input.append(el('option', { value: v }, k === 'cameo' ? `${v} ${rootName(v)}` : v));
    }
    input.value = v;
  }
  const chips = $('#chips');
  chips.replaceChildren();
  for (const k of FILTERS) {
    const v = state.filters[k];
    if (!v) continue;
    let shown = v;
    if (['actor', 'source', 'target'].includes(k) && names.has(v)) shown = `${names.get(v)} (${v})`;
    if (k === 'quad') shown = QUADS[+v] || v;
    if (k === 'cameo') shown = `${v} ${rootName(v)}`;
    chips.append(el('button', {
      type: 'button', class: 'chip', title: `Remove the ${FILTER_LABELS[k]} filter`,
      onclick: () => setFilters({ [k]: '' }),
    }, el('span', null, FILTER_LABELS[k] + ': ', el('b', null, shown)), el('span', { class: 'x', 'aria-hidden': 'true' }, '×')));
  }
}

function rootName(code) { return ROOTS[String(code).slice(0, 2)] || ''; }

// ---- stats and actor names ------------------------------------------

async function loadStats() {
  try {
    const [st, act] = await Promise.all([api('stats'), api('actors', new URLSearchParams({ limit: 500 }))]);
    stats = st;
    const box = $('#stats');
    box.replaceChildren(
      el('span', null, el('b', null, fmtInt(st.documents)), ' documents'),
      el('span', null, el('b', null, fmtInt(st.events)), ' events'),
      el('span', null, el('b', null, fmtInt(st.mentions)), ' mentions'),
      el('span', { class: 'badge' }, st.writable ? 'writable' : 'read-only'));
    const list = $('#actor-list');
    list.replaceChildren();
    for (const a of act.actors) {
      if (!a.actor) continue;
      if (a.name) names.set(a.actor, a.name);
      list.append(el('option', { value: a.actor }, `${a.name || a.actor} · ${fmtInt(a.events)} events`));
    }
    syncForm();
  } catch (err) { report(err); }
}

// ---- events table ---------------------------------------------------

let eventsAbort = null;

async function loadEvents() {
  if (eventsAbort) eventsAbort.abort();
  eventsAbort = new AbortController();
  const params = filterParams({ limit: state.limit, offset: state.offset });
  try {
    const page = await api('events', params, eventsAbort.signal);
    renderEvents(page);
  } catch (err) { report(err); }
}

function actorCell(a) {
  const key = actorKey(a);
  const name = a.name || a.text || key || '—';
  return el('td', { class: 'actor' },
    el('span', { class: 'nm', title: a.text ? `“${a.text}” in the text` : null }, name),
    el('span', { class: 'cd' }, [a.code, key && key !== a.code ? key : ''].filter(Boolean).join(' · ')));
}

function actorKey(a) {
  if (!a) return '';
  if (a.igo) return 'IGO:' + a.igo;
  return a.country || '';
}

function quadClass(q) { return q >= 1 && q <= 4 ? 'q' + q : ''; }

// snippet renders an evidence text with the actors' words in bold.
function snippet(text, ev, max) {
  let t = text || '';
  const cut = t.length > max;
  if (cut) t = t.slice(0, max).replace(/\s+\S*$/, '');
  const spans = [];
  for (const [role, a] of [['src', ev.source], ['tgt', ev.target]]) {
    const words = a && a.text;
    if (!words) continue;
    const i = t.indexOf(words);
    if (i >= 0 && !spans.some((s) => i < s.end && s.start < i + words.length)) spans.push({ start: i, end: i + words.length, role });
  }
  spans.sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const s of spans) {
    out.push(t.slice(at, s.start), el('b', { class: s.role }, t.slice(s.start, s.end)));
    at = s.end;
  }
  out.push(t.slice(at));
  if (cut) out.push('…');
  return out;
}

function renderEvents(page) {
  const tbody = $('#events tbody');
  tbody.replaceChildren();
  const evs = page.events || [];
  const from = evs.length ? page.offset + 1 : 0;
  $('#count').textContent = page.total
    ? `${fmtInt(from)}–${fmtInt(page.offset + evs.length)} of ${fmtInt(page.total)}`
    : '';
  $('#prev').disabled = page.offset <= 0;
  $('#next').disabled = page.offset + evs.length >= page.total;
  if (!evs.length) {
    tbody.append(el('tr', null, el('td', { colspan: 8 }, el('div', { class: 'table-empty' }, 'No event matches these filters.'))));
    return;
  }
  for (const ev of evs) {
    const m = (ev.mentions && ev.mentions[0]) || null;
    const open = () => {
      if (!m) { toast('The store returned no mention for this event.'); return; }
      go({ open: m.doc_id, focus: String(ev.id) });
    };
    const q = quadClass(ev.quad);
    const tr = el('tr', {
      class: 'row', tabindex: 0, 'data-id': ev.id,
      title: m ? `Open ${m.doc_id}` : null,
      onclick: open,
      onkeydown: (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } },
    },
    el('td', { class: 'c-date' }, ev.date || '—',
      ev.date_precision && ev.date_precision !== 'day' ? el('span', { class: 'prec' }, ev.date_precision) : null),
    actorCell(ev.source),
    el('td', null, el('div', { class: 'ev-code' },
      el('span', { class: `code ${q}`, title: QUADS[ev.quad] || '' }, ev.cameo),
      el('span', { class: 'ev-name' }, rootName(ev.cameo))),
    el('span', { class: 'sub' }, QUADS[ev.quad] || '')),
    actorCell(ev.target),
    el('td', { class: 'c-num' }, el('span', { class: 'gs ' + (ev.goldstein > 0 ? 'pos' : ev.goldstein < 0 ? 'neg' : '') }, fmtSigned(ev.goldstein))),
    el('td', null, (ev.plover && ev.plover.type) || '—', ev.plover && ev.plover.mode ? el('span', { class: 'sub' }, ev.plover.mode) : null),
    el('td', { class: 'c-num', title: `${ev.num_mentions} mentions in ${ev.num_articles} articles from ${ev.num_sources} sources` },
      fmtInt(ev.num_articles), el('span', { class: 'sub' }, plural(ev.num_sources, 'source'))),
    el('td', { class: 'evidence' }, m ? snippet(m.evidence.text, ev, 180) : ''));
    tbody.append(tr);
  }
}

function initPager() {
  $('#prev').addEventListener('click', () => go({ offset: Math.max(0, state.offset - state.limit) }));
  $('#next').addEventListener('click', () => go({ offset: state.offset + state.limit }));
  $('#page-size').addEventListener('change', (e) => go({ limit: +e.target.value, offset: 0 }));
}

// ---- timeline ---------------------------------------------------------

let timelineAbort = null;
let timelineData = null;

async function loadTimeline() {
  if (timelineAbort) timelineAbort.abort();
  timelineAbort = new AbortController();
  const signal = timelineAbort.signal;
  let by = $('#tl-by').value;
  try {
    let data;
    if (by === 'auto') {
      data = await api('timeline', filterParams({ by: 'day', split: 'quad' }), signal);
      const span = spanDays(data.buckets);
      if (span > 3 * 365) data = await api('timeline', filterParams({ by: 'month', split: 'quad' }), signal);
      else if (span > 150) data = await api('timeline', filterParams({ by: 'week', split: 'quad' }), signal);
    } else {
      data = await api('timeline', filterParams({ by, split: 'quad' }), signal);
    }
    timelineData = data;
    drawTimeline();
  } catch (err) { report(err); }
}

function parseDay(s) {
  if (/^\d{4}-\d{2}$/.test(s)) s += '-01';
  const t = Date.parse(s + 'T00:00:00Z');
  return Number.isNaN(t) ? null : new Date(t);
}
const isoDay = (d) => d.toISOString().slice(0, 10);

function spanDays(buckets) {
  const days = buckets.map((b) => parseDay(b.period)).filter(Boolean);
  if (days.length < 2) return 0;
  return (days[days.length - 1] - days[0]) / 864e5;
}

// periods lists every period from the first bucket to the last, so that
// gaps show as gaps.
function periods(buckets, by) {
  const ps = buckets.map((b) => b.period).filter((p) => parseDay(p)).sort();
  if (!ps.length) return [];
  const out = [];
  const end = parseDay(ps[ps.length - 1]);
  for (let d = parseDay(ps[0]); d <= end && out.length < 2000; ) {
    out.push(by === 'month' ? isoDay(d).slice(0, 7) : isoDay(d));
    if (by === 'month') d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    else d = new Date(d.getTime() + (by === 'week' ? 7 : 1) * 864e5);
  }
  return out.length >= 2000 ? ps : out;
}

function periodRange(p, by) {
  const d = parseDay(p);
  if (!d) return null;
  if (by === 'month') return [isoDay(d), isoDay(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)))];
  if (by === 'week') return [isoDay(d), isoDay(new Date(d.getTime() + 6 * 864e5))];
  return [isoDay(d), isoDay(d)];
}

function periodLabel(p, by, withYear) {
  const d = parseDay(p);
  if (!d) return p;
  const m = MONTHS[d.getUTCMonth()];
  if (by === 'month') return withYear ? `${m} ${d.getUTCFullYear()}` : m;
  return `${m} ${d.getUTCDate()}` + (withYear ? ` ${d.getUTCFullYear()}` : '');
}

// niceTicks returns round tick values covering [lo, hi].
function niceTicks(lo, hi, count) {
  const span = hi - lo || 1;
  const raw = span / count;
  const mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 1.5, 2, 2.5, 3, 4, 5, 10].map((f) => f * mag).find((s) => s >= raw) || 10 * mag;
  const a = Math.floor(lo / step + 1e-9) * step;
  const b = Math.ceil(hi / step - 1e-9) * step;
  const out = [];
  for (let v = a; v <= b + step / 2; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return { ticks: out, lo: a, hi: b };
}

function scopeText() {
  const f = state.filters;
  const n = (k) => (names.has(k) ? `${names.get(k)} (${k})` : k);
  if (f.source || f.target) return `${f.source ? n(f.source) : 'anyone'} → ${f.target ? n(f.target) : 'anyone'}`;
  if (f.actor) return n(f.actor);
  return 'all actors';
}

function drawTimeline() {
  const box = $('#timeline');
  box.replaceChildren();
  $('#timeline-scope').textContent = scopeText();
  const data = timelineData;
  const measure = $('#tl-measure').value;
  $('#net-legend').hidden = measure !== 'goldstein';
  if (!data) {
    box.append(el('div', { class: 'empty' }, 'Loading…'));
    return;
  }
  if (!data.buckets.length) {
    box.append(el('div', { class: 'empty' }, 'No dated event matches these filters.'));
    return;
  }
  const by = data.by;
  const ps = periods(data.buckets, by);
  const total = new Map(data.buckets.map((b) => [b.period, b]));
  const quads = (data.quads || [[], [], [], []]).map((bs) => new Map(bs.map((b) => [b.period, b])));
  const value = (q, p) => {
    const b = quads[q].get(p);
    if (!b) return 0;
    if (measure === 'events') return q < 2 ? b.events : -b.events;
    return b.goldstein_sum;
  };
  let yMax = 0;
  let yMin = 0;
  for (const p of ps) {
    let up = 0;
    let down = 0;
    for (let q = 0; q < 4; q++) {
      const v = value(q, p);
      if (v > 0) up += v; else down += v;
    }
    yMax = Math.max(yMax, up);
    yMin = Math.min(yMin, down);
  }
  if (yMax === 0 && yMin === 0) yMax = 1;
  const W = Math.max(360, box.clientWidth || 700);
  const H = 280;
  const M = { top: 24, right: 14, bottom: 30, left: 48 };
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const nt = niceTicks(yMin, yMax, 5);
  const y = (v) => M.top + ph * (nt.hi - v) / (nt.hi - nt.lo || 1);
  const band = pw / ps.length;
  const bw = Math.max(Math.min(3, band), Math.min(48, band * 0.78));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, 'aria-hidden': 'true' });
  const axis = svg('g', { class: 'axis' });
  for (const t of nt.ticks) {
    axis.append(svg('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: t === 0 ? 'zero' : '' }));
    axis.append(svg('text', { x: M.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, measure === 'events' ? String(Math.abs(t)) : String(t)));
  }
  const maxLabels = Math.max(2, Math.floor(pw / 74));
  const step = Math.ceil(ps.length / maxLabels);
  let lastYear = '';
  ps.forEach((p, i) => {
    if (i % step) return;
    const year = p.slice(0, 4);
    axis.append(svg('text', { x: M.left + band * (i + 0.5), y: H - 10, 'text-anchor': 'middle' }, periodLabel(p, by, year !== lastYear)));
    lastYear = year;
  });
  axis.append(svg('text', { class: 'axis-title', x: 4, y: 10 }, measure === 'events' ? '▲ cooperation · conflict ▼' : 'Goldstein'));
  root.append(axis);
  const bars = svg('g');
  ps.forEach((p, i) => {
    const x = M.left + band * (i + 0.5) - bw / 2;
    const b = total.get(p);
    const g = svg('g', { class: 'period', 'data-period': p });
    const tip = [periodLabel(p, by, true) + (by === 'week' ? ' (week)' : '')];
    if (b) tip.push(`${b.events} events, Goldstein sum ${fmtSigned(b.goldstein_sum)}, mean ${fmtSigned(b.goldstein_mean)}`);
    g.append(svg('rect', { class: 'hit', x: M.left + band * i, y: M.top, width: band, height: ph }));
    let up = 0;
    let down = 0;
    for (let q = 0; q < 4; q++) {
      const v = value(q, p);
      if (!v) continue;
      const qb = quads[q].get(p);
      tip.push(`${QUADS[q + 1]}: ${qb.events} events, Goldstein ${fmtSigned(qb.goldstein_sum)}`);
      let y0;
      let y1;
      if (v > 0) { y0 = y(up + v); y1 = y(up); up += v; } else { y0 = y(down); y1 = y(down + v); down += v; }
      g.append(svg('rect', { class: `bar q${q + 1}`, x, y: y0, width: bw, height: Math.max(1, y1 - y0) }));
    }
    g.prepend(svg('title', null, tip.join('\n')));
    g.addEventListener('click', () => {
      const r = periodRange(p, by);
      if (r) setFilters({ from: r[0], to: r[1] });
    });
    bars.append(g);
  });
  root.append(bars);
  if (measure === 'goldstein') {
    // the net line runs through consecutive periods with events and breaks
    // at gaps, so sparse data shows as dots rather than a line along zero
    const runs = [];
    let run = null;
    ps.forEach((p, i) => {
      const b = total.get(p);
      if (!b) { run = null; return; }
      if (!run) runs.push(run = []);
      run.push([M.left + band * (i + 0.5), y(b.goldstein_sum)]);
    });
    const dots = runs.reduce((n, r) => n + r.length, 0) <= 150;
    for (const r of runs) {
      if (r.length > 1) root.append(svg('polyline', { class: 'netline', points: r.map((q) => q.map((v) => v.toFixed(1)).join(',')).join(' ') }));
      if (dots || r.length === 1) for (const [cx, cy] of r) root.append(svg('circle', { class: 'netdot', cx, cy, r: 2.6 }));
    }
  }
  box.append(root);
}

function initTimeline() {
  $('#tl-by').addEventListener('change', loadTimeline);
  $('#tl-measure').addEventListener('change', drawTimeline);
  $('#tl-focus').addEventListener('change', (e) => {
    const v = e.target.value;
    if (!v) return;
    const [kind, a, b] = v.split('|');
    if (kind === 'actor') setFilters({ actor: a, source: '', target: '' });
    else setFilters({ actor: '', source: a, target: b });
    e.target.value = '';
  });
}

// fillFocus offers the busiest actors and dyads as timeline scopes.
function fillFocus(actors, dyads) {
  const sel = $('#tl-focus');
  sel.replaceChildren(el('option', { value: '' }, 'choose an actor or dyad…'));
  const ga = el('optgroup', { label: 'Actors' });
  for (const a of actors.slice(0, 15)) if (a.actor) ga.append(el('option', { value: `actor|${a.actor}` }, `${a.name || a.actor} (${a.events})`));
  const gd = el('optgroup', { label: 'Dyads' });
  for (const d of dyads.slice(0, 15)) if (d.source && d.target) gd.append(el('option', { value: `dyad|${d.source}|${d.target}` }, `${d.source} → ${d.target} (${d.events})`));
  sel.append(ga, gd);
}

// ---- network ----------------------------------------------------------

let networkAbort = null;
let networkData = null;

async function loadNetwork() {
  if (networkAbort) networkAbort.abort();
  networkAbort = new AbortController();
  const signal = networkAbort.signal;
  try {
    const [d, a] = await Promise.all([
      api('dyads', filterParams({ limit: 120 }), signal),
      api('actors', filterParams({ limit: 200 }), signal),
    ]);
    for (const x of a.actors) if (x.actor && x.name) names.set(x.actor, x.name);
    networkData = { dyads: d.dyads, actors: a.actors };
    fillFocus(a.actors, d.dyads);
    drawNetwork();
    if (timelineData) drawTimeline(); // the scope now has names
    syncForm();
  } catch (err) { report(err); }
}

// goldsteinColor maps a mean Goldstein score to the diverging palette.
function goldsteinColor(g) {
  const stops = [[-10, [178, 24, 43]], [-6, [214, 96, 77]], [-3, [244, 165, 130]], [0, [167, 173, 182]],
    [3, [146, 197, 222]], [6, [67, 147, 195]], [10, [33, 102, 172]]];
  const v = Math.max(-10, Math.min(10, g || 0));
  for (let i = 1; i < stops.length; i++) {
    const [x1, c1] = stops[i];
    const [x0, c0] = stops[i - 1];
    if (v <= x1) {
      const t = (v - x0) / (x1 - x0);
      return `rgb(${c0.map((c, j) => Math.round(c + (c1[j] - c) * t)).join(',')})`;
    }
  }
  return 'rgb(33,102,172)';
}

// layout places nodes in a W x H box with a force simulation: repulsion
// between all nodes, springs along edges, a weak pull to the centre that
// keeps separate groups in view, then a pass that pushes overlapping nodes
// apart. It starts from a circle and runs a fixed number of steps, so the
// same data always gives the same picture.
function layout(nodes, edges, W, H) {
  const n = nodes.length;
  const cx = W / 2;
  const cy = H / 2;
  nodes.forEach((nd, i) => {
    const a = (2 * Math.PI * i) / n - Math.PI / 2;
    nd.x = cx + Math.cos(a) * W * 0.3;
    nd.y = cy + Math.sin(a) * H * 0.3;
  });
  if (n < 2) { if (n) { nodes[0].x = cx; nodes[0].y = cy; } return; }
  const k = Math.sqrt((W * H) / n) * 0.62;
  const idx = new Map(nodes.map((nd, i) => [nd.key, i]));
  const steps = 400;
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  for (let it = 0; it < steps; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = nodes[i].x - nodes[j].x;
        let ey = nodes[i].y - nodes[j].y;
        let d = Math.hypot(ex, ey);
        if (d < 0.01) { ex = 0.01 * (i - j); ey = 0.01; d = Math.hypot(ex, ey); }
        const f = (k * k) / d;
        dx[i] += (ex / d) * f; dy[i] += (ey / d) * f;
        dx[j] -= (ex / d) * f; dy[j] -= (ey / d) * f;
      }
    }
    for (const e of edges) {
      const i = idx.get(e.source);
      const j = idx.get(e.target);
      const ex = nodes[i].x - nodes[j].x;
      const ey = nodes[i].y - nodes[j].y;
      const d = Math.hypot(ex, ey) || 0.01;
      const f = (d * d) / k;
      dx[i] -= (ex / d) * f; dy[i] -= (ey / d) * f;
      dx[j] += (ex / d) * f; dy[j] += (ey / d) * f;
    }
    const temp = (W / 10) * (1 - it / steps) + 0.5;
    for (let i = 0; i < n; i++) {
      // gravity, stronger across the short side of the box
      dx[i] -= (nodes[i].x - cx) * 0.06 * (k / W) * 8;
      dy[i] -= (nodes[i].y - cy) * 0.06 * (k / H) * 8;
      const d = Math.hypot(dx[i], dy[i]) || 1;
      const s = Math.min(d, temp) / d;
      nodes[i].x += dx[i] * s;
      nodes[i].y += dy[i] * s;
    }
  }
  for (let pass = 0; pass < 60; pass++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = nodes[i];
        const b = nodes[j];
        const want = a.r + b.r + 24;
        let ex = b.x - a.x;
        let ey = b.y - a.y;
        let d = Math.hypot(ex, ey);
        if (d >= want) continue;
        if (d < 0.01) { ex = 1; ey = 0; d = 1; }
        const push = (want - d) / 2;
        a.x -= (ex / d) * push; a.y -= (ey / d) * push;
        b.x += (ex / d) * push; b.y += (ey / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
}

// arrange lays out each connected group of actors on its own, in an area
// that grows with its size, then packs the groups in rows, biggest first:
// one busy group does not squeeze the pairs that have no link to it.
function arrange(nodes, edges, W, H) {
  const parent = new Map(nodes.map((n) => [n.key, n.key]));
  const find = (k) => {
    while (parent.get(k) !== k) {
      parent.set(k, parent.get(parent.get(k)));
      k = parent.get(k);
    }
    return k;
  };
  for (const e of edges) parent.set(find(e.source), find(e.target));
  const groups = new Map();
  for (const n of nodes) {
    const r = find(n.key);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r).push(n);
  }
  const list = [...groups.values()].sort((a, b) => b.length - a.length);
  const total = nodes.length;
  const boxes = list.map((g) => {
    const keys = new Set(g.map((n) => n.key));
    const ge = edges.filter((e) => keys.has(e.source));
    const area = W * H * 0.6 * (g.length / total);
    const w = Math.max(70, Math.sqrt(area * (W / H)));
    const h = Math.max(60, area / w);
    layout(g, ge, w, h);
    const x0 = Math.min(...g.map((n) => n.x - n.r - 14));
    const x1 = Math.max(...g.map((n) => n.x + n.r + 14));
    const y0 = Math.min(...g.map((n) => n.y - n.r - 6));
    const y1 = Math.max(...g.map((n) => n.y + n.r + 18));
    return { g, x0, y0, w: x1 - x0, h: y1 - y0 };
  });
  // shelf packing, rows no wider than the widest of the box and the first group
  const rowMax = Math.max(W, boxes[0].w);
  let x = 0;
  let y = 0;
  let rowH = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > rowMax) { x = 0; y += rowH + 12; rowH = 0; }
    for (const n of b.g) { n.x = x + (n.x - b.x0); n.y = y + (n.y - b.y0); }
    x += b.w + 12;
    rowH = Math.max(rowH, b.h);
  }
}

function drawNetwork() {
  const box = $('#network');
  box.replaceChildren();
  $('#network-scope').textContent = scopeText();
  const data = networkData;
  let edges = (data ? data.dyads : []).filter((d) => d.source && d.target && d.source !== d.target);
  if (!edges.length) {
    box.append(el('div', { class: 'empty' }, 'No pair of actors matches these filters.'));
    return;
  }
  const weight = new Map();
  for (const e of edges) {
    weight.set(e.source, (weight.get(e.source) || 0) + e.events);
    weight.set(e.target, (weight.get(e.target) || 0) + e.events);
  }
  // the busiest actors only, so that the picture stays readable
  const nodes = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_NODES).map(([key, w]) => ({ key, w }));
  const kept = new Set(nodes.map((n) => n.key));
  const hidden = weight.size - nodes.length;
  edges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  $('#network-scope').textContent = scopeText() + (hidden > 0 ? ` · the ${nodes.length} busiest actors` : '');
  const W = Math.max(320, box.clientWidth || 420);
  const H = Math.round(Math.min(460, Math.max(340, 180 + 7 * nodes.length)));
  const maxW = Math.max(...nodes.map((n) => n.w));
  for (const n of nodes) n.r = 5 + 10 * Math.sqrt(n.w / maxW);
  arrange(nodes, edges, W, H);
  // fit the drawing in the box, keeping room for the labels
  const padX = 30;
  const padTop = 26;
  const padBottom = 34;
  const [x0, x1] = [Math.min(...nodes.map((n) => n.x - n.r)), Math.max(...nodes.map((n) => n.x + n.r))];
  const [y0, y1] = [Math.min(...nodes.map((n) => n.y - n.r)), Math.max(...nodes.map((n) => n.y + n.r))];
  const sc = Math.min(1.4, (W - 2 * padX) / (x1 - x0 || 1), (H - padTop - padBottom) / (y1 - y0 || 1));
  const pos = new Map();
  for (const n of nodes) {
    n.px = W / 2 + sc * (n.x - (x0 + x1) / 2);
    n.py = padTop + (H - padTop - padBottom) / 2 + sc * (n.y - (y0 + y1) / 2);
    pos.set(n.key, n);
  }
  const maxE = Math.max(...edges.map((e) => e.events));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, 'aria-hidden': 'true' });
  const gE = svg('g');
  edges.sort((a, b) => a.events - b.events); // the busiest pairs on top
  for (const e of edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    const mx = (a.px + b.px) / 2;
    const my = (a.py + b.py) / 2;
    const len = Math.hypot(b.px - a.px, b.py - a.py) || 1;
    // bend to the left of the direction, so A->B and B->A do not overlap
    const off = Math.min(40, len * 0.18);
    const cx = mx + (-(b.py - a.py) / len) * off;
    const cy = my + ((b.px - a.px) / len) * off;
    const unit = (x, y) => { const d = Math.hypot(x, y) || 1; return [x / d, y / d]; };
    const [sx, sy] = unit(cx - a.px, cy - a.py);
    const [tx, ty] = unit(b.px - cx, b.py - cy);
    const p0 = [a.px + sx * (a.r + 1), a.py + sy * (a.r + 1)];
    const p2 = [b.px - tx * (b.r + 2), b.py - ty * (b.r + 2)];
    const width = 1.2 + 3.8 * Math.sqrt(e.events / maxE);
    const color = goldsteinColor(e.goldstein_mean);
    const ah = 5 + width * 1.4;
    const base = [p2[0] - tx * ah, p2[1] - ty * ah];
    const head = [p2, [base[0] - ty * ah * 0.55, base[1] + tx * ah * 0.55], [base[0] + ty * ah * 0.55, base[1] - tx * ah * 0.55]];
    const g = svg('g', { class: 'edge-g', 'data-source': e.source, 'data-target': e.target },
      svg('title', null, `${names.get(e.source) || e.source} → ${names.get(e.target) || e.target}\n${e.events} events, mean Goldstein ${fmtSigned(e.goldstein_mean)}`),
      svg('path', { class: 'edge', d: `M${p0[0].toFixed(1)},${p0[1].toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${base[0].toFixed(1)},${base[1].toFixed(1)}`, stroke: color, 'stroke-width': width.toFixed(2) }),
      svg('polygon', { class: 'arrow', points: head.map((p) => p.map((v) => v.toFixed(1)).join(',')).join(' '), fill: color }));
    g.addEventListener('click', () => setFilters({ actor: '', source: e.source, target: e.target }));
    gE.append(g);
  }
  root.append(gE);
  const selected = state.filters.actor || '';
  const gN = svg('g');
  for (const n of nodes) {
    const g = svg('g', { class: 'node' + (n.key === selected || n.key === state.filters.source || n.key === state.filters.target ? ' selected' : ''), 'data-key': n.key, transform: `translate(${n.px.toFixed(1)},${n.py.toFixed(1)})` },
      svg('title', null, `${names.get(n.key) || n.key} (${n.key})\n${n.w} events in these pairs`),
      svg('circle', { r: n.r.toFixed(1) }),
      svg('text', { y: (n.r + 12).toFixed(1), 'text-anchor': 'middle' }, n.key.replace(/^IGO:/, '')));
    g.addEventListener('click', () => setFilters({ actor: n.key, source: '', target: '' }));
    g.addEventListener('mouseenter', () => {
      root.classList.add('dim');
      for (const eg of gE.children) if (eg.dataset.source === n.key || eg.dataset.target === n.key) eg.classList.add('lit');
    });
    g.addEventListener('mouseleave', () => {
      root.classList.remove('dim');
      for (const eg of gE.children) eg.classList.remove('lit');
    });
    gN.append(g);
  }
  root.append(gN);
  box.append(root);
}

// ---- document viewer ------------------------------------------------

let docAbort = null;
let docShown = '';

async function loadDocument() {
  const drawer = $('#doc');
  if (!state.open) {
    drawer.hidden = true;
    $('#scrim').hidden = true;
    docShown = '';
    return;
  }
  if (docShown === state.open) { focusEvent(state.focus, true); return; }
  if (docAbort) docAbort.abort();
  docAbort = new AbortController();
  try {
    const data = await api('documents/' + encodeURIComponent(state.open), null, docAbort.signal);
    docShown = state.open;
    renderDocument(data);
    drawer.hidden = false;
    $('#scrim').hidden = false;
    focusEvent(state.focus, true);
    $('#doc-close').focus({ preventScroll: true });
  } catch (err) {
    report(err);
    drawer.hidden = true;
    $('#scrim').hidden = true;
  }
}

// indexer converts byte offsets of the UTF-8 text into string indices.
function indexer(text, offsets) {
  const want = [...new Set(offsets)].sort((a, b) => a - b);
  const map = new Map();
  let byte = 0;
  let k = 0;
  for (let i = 0; i <= text.length && k < want.length; ) {
    while (k < want.length && want[k] <= byte) map.set(want[k++], i);
    if (i === text.length) break;
    const c = text.codePointAt(i);
    byte += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    i += c > 0xffff ? 2 : 1;
  }
  while (k < want.length) map.set(want[k++], text.length);
  return (b) => map.get(b);
}

// findWords finds an actor's words in text[from:to], exactly or ignoring
// case, and returns their indices or null.
function findWords(text, words, from, to) {
  if (!words) return null;
  const part = text.slice(from, to);
  let i = part.indexOf(words);
  if (i < 0) i = part.toLocaleLowerCase().indexOf(words.toLocaleLowerCase());
  return i < 0 ? null : [from + i, from + i + words.length];
}

function renderDocument(data) {
  const doc = data.document;
  const text = doc.text || '';
  $('#doc-title').textContent = doc.title || doc.id;
  const meta = $('#doc-meta');
  meta.replaceChildren(...[
    el('span', null, 'id ', el('code', null, doc.id)),
    doc.published ? el('span', null, 'published ', doc.published) : null,
    doc.lang ? el('span', null, LANGS[doc.lang] || doc.lang) : null,
    el('span', null, `${data.events.length} events`),
    doc.ingested ? el('span', null, 'stored ', String(doc.ingested).slice(0, 10)) : null,
    /^https?:\/\//i.test(doc.url || '') ? el('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer nofollow' }, doc.url) : null,
  ].filter(Boolean));
  // spans to mark: each mention of this document, its actors inside
  const marks = [];
  const offsets = [];
  const others = new Set();
  for (const ev of data.events) {
    for (const m of ev.mentions || []) {
      if (m.doc_id !== doc.id) { others.add(m.doc_id); continue; }
      offsets.push(m.evidence.start, m.evidence.end);
      marks.push({ ev, m });
    }
  }
  const at = indexer(text, offsets);
  const spans = [];
  for (const { ev, m } of marks) {
    const s = at(m.evidence.start);
    const e = at(m.evidence.end);
    if (s === undefined || e === undefined || e <= s) continue;
    const id = String(ev.id);
    spans.push({ s, e, role: 'evt', id });
    const src = findWords(text, ev.source && ev.source.text, s, e);
    const tgt = findWords(text, ev.target && ev.target.text, s, e);
    if (src) spans.push({ s: src[0], e: src[1], role: 'src', id });
    if (tgt && !(src && tgt[0] < src[1] && src[0] < tgt[1])) spans.push({ s: tgt[0], e: tgt[1], role: 'tgt', id });
  }
  // cut the text at every span boundary; each piece takes the strongest
  // role that covers it (an actor over event words)
  const cuts = [...new Set([0, text.length, ...spans.flatMap((x) => [x.s, x.e])])].sort((a, b) => a - b);
  const box = $('#doc-text');
  box.replaceChildren();
  const rank = { src: 2, tgt: 2, evt: 1 };
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const piece = text.slice(a, b);
    const over = spans.filter((x) => x.s <= a && b <= x.e);
    if (!over.length) { box.append(piece); continue; }
    over.sort((x, y) => rank[y.role] - rank[x.role]);
    const ids = [...new Set(over.map((x) => x.id))];
    const mark = el('mark', { class: over[0].role, 'data-events': ids.join(' ') }, piece);
    mark.addEventListener('click', () => {
      const cur = ids.indexOf(state.focus);
      go({ focus: ids[(cur + 1) % ids.length] });
    });
    box.append(mark);
  }
  // other documents that report the same events
  const ob = $('#doc-others');
  ob.replaceChildren();
  if (others.size) {
    ob.append('Also reported in: ');
    for (const id of [...others].slice(0, 12)) ob.append(el('button', { type: 'button', onclick: () => go({ open: id }) }, id));
  }
  const list = $('#doc-events');
  list.replaceChildren();
  for (const ev of data.events) {
    const m = (ev.mentions || []).find((x) => x.doc_id === doc.id);
    list.append(el('li', {
      'data-id': ev.id, tabindex: 0,
      onclick: () => go({ focus: String(ev.id) }),
      onkeydown: (e) => { if (e.key === 'Enter') go({ focus: String(ev.id) }); },
    },
    el('span', { class: 'date' }, ev.date || '—'),
    el('span', { class: 'who' }, `${(ev.source && ev.source.name) || '?'} → ${(ev.target && ev.target.name) || '?'}`),
    el('span', { class: 'ev-code' }, el('span', { class: `code ${quadClass(ev.quad)}` }, ev.cameo),
      el('span', { class: 'gs ' + (ev.goldstein > 0 ? 'pos' : ev.goldstein < 0 ? 'neg' : '') }, fmtSigned(ev.goldstein))),
    el('span', { class: 'what' }, `${rootName(ev.cameo)}${ev.plover && ev.plover.type ? ' · ' + ev.plover.type : ''}${ev.num_articles > 1 ? ` · ${ev.num_articles} articles` : ''}${m ? ' · “' + m.evidence.text + '”' : ''}`)));
  }
}

// focusEvent outlines the marks and the list item of one event.
function focusEvent(id, scroll) {
  const box = $('#doc-text');
  let first = null;
  for (const m of box.querySelectorAll('mark')) {
    const on = !!id && m.dataset.events.split(' ').includes(id);
    m.classList.toggle('focus', on);
    m.classList.toggle('dimmed', !!id && !on);
    if (on && !first) first = m;
  }
  for (const li of $('#doc-events').children) li.classList.toggle('focus', li.dataset.id === id);
  if (scroll && first) {
    // scroll the text box only, not the page
    box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - box.clientHeight / 3);
  }
}

function initDocument() {
  const close = () => go({ open: '', focus: '' });
  $('#doc-close').addEventListener('click', close);
  $('#scrim').addEventListener('click', close);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape' && state.open) close(); });
}

// ---- wiring -----------------------------------------------------------

let lastQuery = null;

function render() {
  readHash();
  syncForm();
  const q = JSON.stringify([state.filters]);
  const page = JSON.stringify([state.filters, state.offset, state.limit]);
  if (q !== (lastQuery && lastQuery.q)) {
    loadTimeline();
    loadNetwork();
  }
  if (page !== (lastQuery && lastQuery.page)) {
    $('#page-size').value = String(state.limit);
    loadEvents();
  }
  lastQuery = { q, page };
  loadDocument();
}

function init() {
  initForm();
  initPager();
  initTimeline();
  initDocument();
  let resize = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resize);
    resize = setTimeout(() => { drawTimeline(); drawNetwork(); }, 150);
  });
  window.addEventListener('hashchange', render);
  loadStats();
  render();
}

init();
