import { describeSchedule } from '../facts/describe.js';
import type { ReportSchedule } from '../facts/types.js';
import type { Change, Comparison, Level, Pair, UnmatchedUnit } from './types.js';

/** HTML-escapes text for element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#fff}
header{position:sticky;top:0;background:#f5f5f7;border-bottom:1px solid #ccc;padding:.6em 1em;z-index:1}
h1{font-size:1.1em;margin:0}.verdict{font-size:1.3em;font-weight:600;margin:.2em 0}
.summary,.meta{color:#555;font-size:.9em}
nav{margin-top:.4em;font-size:.85em;max-height:6em;overflow:auto}nav a{margin-right:.6em;white-space:nowrap}
main{padding:0 1em 2em}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td{vertical-align:top;border-bottom:1px solid #eee;padding:.4em .6em}
td.num{width:7em;color:#555;font-size:.85em;white-space:nowrap}
tr.identical td,tr.renumbered td{color:#777}
.badge{display:inline-block;font-size:.75em;padding:0 .4em;border-radius:.6em;background:#eee;margin-left:.3em}
.substantive .badge,.added .badge,.deleted .badge{background:#fde2e1}.moved .badge,.split .badge,.merge .badge{background:#e3ecff}
del.substantive{background:#fdd;text-decoration:line-through}ins.substantive{background:#dfd;text-decoration:none}
del.editorial,ins.editorial,del.renumbering,ins.renumbering{background:#e0f4f7}del.spelling,ins.spelling{background:#fff5cc}
del{text-decoration:line-through}ins{text-decoration:underline}
.view-inline .side{display:none}.view-side .inline{display:none}
.mandate td{border-bottom:1px solid #eee}
button{font:inherit;margin-right:.4em}
:target{outline:2px solid #f0a000}
`;

const SCRIPT = `
document.querySelectorAll('button[data-view]').forEach(function (b) {
  b.addEventListener('click', function () { document.body.className = 'view-' + b.dataset.view; });
});
document.getElementById('only-changes').addEventListener('change', function (e) {
  document.querySelectorAll('tr.identical,tr.renumbered').forEach(function (r) { r.hidden = e.target.checked; });
});
`;

/**
 * A self-contained HTML page of a comparison: side-by-side and inline views, each paragraph anchored by its id
 * ("#L-op20", "#R-op20.a"), a navigation bar of the changed paragraphs. All document text is escaped.
 */
export function renderComparisonHtml(comparison: Comparison): string {
  const name = (ref: Comparison['left']) => escapeHtml(ref.symbol ?? `(${ref.kind})`);
  const s = comparison.summary;
  const changed = comparison.pairs.filter((p) => p.class !== 'identical' && p.class !== 'renumbered');
  const nav = [
    ...changed.map((p) => `<a href="#R-${escapeHtml(p.right.parts?.[0]?.id ?? p.right.id)}">${escapeHtml(label(p.right, p.level))}</a>`),
    ...comparison.added.map((u) => `<a href="#R-${escapeHtml(u.id)}">+${escapeHtml(label(u, u.level))}</a>`),
    ...comparison.deleted.map((u) => `<a href="#L-${escapeHtml(u.id)}">−${escapeHtml(label(u, u.level))}</a>`),
  ].join(' ');
  const rows = [
    ...comparison.pairs.map((p) => ({ position: p.position, html: pairRow(p) })),
    ...comparison.added.map((u) => ({ position: u.position, html: unmatchedRow(u, 'added') })),
    ...comparison.deleted.map((u) => ({ position: u.position, html: unmatchedRow(u, 'deleted') })),
  ].sort((a, b) => a.position - b.position).map((row) => row.html).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${name(comparison.left)} → ${name(comparison.right)}</title><style>${STYLE}</style></head>
<body class="view-side">
<header>
<h1>${name(comparison.left)} → ${name(comparison.right)}</h1>
<div class="verdict">${escapeHtml(comparison.verdict)}</div>
${(comparison.warnings ?? []).map((w) => `<div class="meta">warning: ${escapeHtml(w)}</div>`).join('\n')}
<div class="summary">similarity ${Math.round(s.similarity * 100)}% · ${s.changed} changed · ${s.added} added · ${s.deleted} deleted · ${s.moved} moved · ${s.split} split · ${s.merged} merged · ${s.spelling} with spelling variants · ${s.editorial} with editorial changes · ${s.renumbered} renumbered</div>
<div><button data-view="side">Side by side</button><button data-view="inline">Inline</button>
<label><input type="checkbox" id="only-changes"> changes only</label></div>
<nav>${nav}</nav>
</header>
<main>
<table>
${rows}
</table>
${comparison.mandate ? mandateTable(comparison.mandate) : ''}
</main>
<script>${SCRIPT}</script>
</body></html>
`;
}

/** A numbered paragraph by its number, anything else (items, preambular paragraphs) by its id. */
function label(unit: { id: string; num: string }, level: Level): string {
  return level === 'paragraph' && unit.num ? unit.num : unit.id;
}

function pairRow(pair: Pair): string {
  const badge = `<span class="badge">${escapeHtml(pair.class)}${pair.moved && pair.class !== 'moved' ? ', moved' : ''}</span>`;
  const side = (which: 'left' | 'right') => pair.changes.map((change) => sideSpan(change, which)).join('');
  const inline = pair.changes.map(inlineSpan).join('');
  const anchors = (prefix: string, ref: Pair['left']) =>
    (ref.parts ?? [ref]).map((part) => `<span id="${prefix}-${escapeHtml(part.id)}"></span>`).join('');
  return `<tr class="${escapeHtml(pair.class)}${pair.moved ? ' moved' : ''}">`
    + `<td class="num">${anchors('L', pair.left)}${escapeHtml(label(pair.left, pair.level))}</td>`
    + `<td class="side">${side('left')}</td>`
    + `<td class="num">${anchors('R', pair.right)}${escapeHtml(label(pair.right, pair.level))}${badge}</td>`
    + `<td class="side">${side('right')}</td>`
    + `<td class="inline" colspan="2">${inline}</td></tr>`;
}

function sideSpan(change: Change, which: 'left' | 'right'): string {
  const text = escapeHtml(change[which]);
  if (change.op === 'equal' || !text) return text;
  const tag = which === 'left' ? 'del' : 'ins';
  return `<${tag} class="${change.class}">${text}</${tag}>`;
}

function inlineSpan(change: Change): string {
  if (change.op === 'equal') return escapeHtml(change.right);
  const removed = change.left ? `<del class="${change.class}">${escapeHtml(change.left)}</del>` : '';
  const inserted = change.right ? `<ins class="${change.class}">${escapeHtml(change.right)}</ins>` : '';
  return removed + inserted;
}

function unmatchedRow(unit: UnmatchedUnit, kind: 'added' | 'deleted'): string {
  const text = escapeHtml(unit.text);
  const anchor = `<span id="${kind === 'added' ? 'R' : 'L'}-${escapeHtml(unit.id)}"></span>`;
  const badge = `<span class="badge">${kind}</span>`;
  const left = kind === 'deleted' ? `<td class="num">${anchor}${escapeHtml(label(unit, unit.level))}${badge}</td><td class="side"><del class="substantive">${text}</del></td>` : '<td class="num"></td><td class="side"></td>';
  const right = kind === 'added' ? `<td class="num">${anchor}${escapeHtml(label(unit, unit.level))}${badge}</td><td class="side"><ins class="substantive">${text}</ins></td>` : '<td class="num"></td><td class="side"></td>';
  const inline = kind === 'added' ? `<ins class="substantive">${text}</ins>` : `<del class="substantive">${text}</del>`;
  return `<tr class="${kind}">${left}${right}<td class="inline" colspan="2">${inline}</td></tr>`;
}

function mandateTable(mandate: NonNullable<Comparison['mandate']>): string {
  const rows: string[][] = [];
  const where = (l?: { paragraph: string }, r?: { paragraph: string }) =>
    `${l ? `<a href="#L-${escapeHtml(l.paragraph)}">${escapeHtml(l.paragraph)}</a>` : '–'} → ${r ? `<a href="#R-${escapeHtml(r.paragraph)}">${escapeHtml(r.paragraph)}</a>` : '–'}`;
  const value = (name: string, v: { left: unknown; right: unknown; changed: boolean; leftSource?: { paragraph: string }; rightSource?: { paragraph: string } }) =>
    rows.push([name, escapeHtml(String(v.left)), escapeHtml(String(v.right)), v.changed ? 'changed' : 'unchanged', where(v.leftSource, v.rightSource)]);
  value('expiry', mandate.expires);
  value('Chapter VII', mandate.chapterVII);
  value('use of force', mandate.forceAuthorized);
  for (const ceiling of mandate.ceilings) {
    rows.push([`ceiling: ${escapeHtml(ceiling.component)}`, String(ceiling.left ?? '–'), String(ceiling.right ?? '–'), ceiling.change, where(ceiling.leftSource, ceiling.rightSource)]);
  }
  for (const task of mandate.tasks.filter((t) => t.change !== 'unchanged')) {
    const text = (t?: { title?: string; text: string }) => (t ? escapeHtml([t.title, t.text].filter(Boolean).join(': ')) : '–');
    rows.push(['task', text(task.left), text(task.right), task.change, where(task.left, task.right)]);
  }
  for (const report of mandate.reporting.filter((r) => r.change !== 'unchanged')) {
    const text = (r?: { what: string; schedule: ReportSchedule }) => (r ? escapeHtml(`${r.what}: ${describeSchedule(r.schedule)}`) : '–');
    rows.push(['reporting', text(report.left), text(report.right), report.change, where(report.left, report.right)]);
  }
  const body = rows.map((r) => `<tr>${r.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<h2>Mandate</h2><table class="mandate"><tr><td><b>fact</b></td><td><b>left</b></td><td><b>right</b></td><td><b>change</b></td><td><b>paragraphs</b></td></tr>\n${body}</table>`;
}
