import pc from 'picocolors';
import type { Change, Comparison, UnmatchedUnit } from './types.js';
import type { MandateComparison } from './mandate.js';
import { describeSchedule } from '../facts/describe.js';
import type { ReportSchedule } from '../facts/types.js';

/** Words of unchanged text kept on each side of a change; the rest is elided. */
const CONTEXT_WORDS = 8;

/**
 * The comparison for a terminal: verdict first, then each changed paragraph as an inline redline, then the mandate.
 * Without colour, deletions print as [-…-] and insertions as {+…+}.
 */
export function renderComparisonText(comparison: Comparison, color: boolean): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  const name = (ref: Comparison['left']) => ref.symbol ?? `(${ref.kind})`;
  out.push(c.bold(`${name(comparison.left)} → ${name(comparison.right)}`));
  out.push(c.bold(comparison.verdict));
  for (const warning of comparison.warnings ?? []) out.push(c.yellow(`warning: ${warning}`));
  const s = comparison.summary;
  out.push(c.dim(`similarity ${Math.round(s.similarity * 100)}%; ${s.changed} changed, ${s.added} added, ${s.deleted} deleted, ${s.moved} moved, `
    + `${s.split} split, ${s.merged} merged; ${s.spelling} with spelling variants, ${s.editorial} with editorial changes, ${s.renumbered} renumbered`));

  const shown = comparison.pairs.filter((p) => p.class !== 'identical' && p.class !== 'renumbered');
  for (const pair of shown) {
    out.push('');
    out.push(`${c.bold(label(pair.left))} → ${c.bold(label(pair.right))}  ${c.dim(pair.class + (pair.moved && pair.class !== 'moved' ? ', moved' : ''))}`);
    const redline = pair.changes.map((change, k) => renderChange(change, k, pair.changes.length, c)).join('');
    if (pair.changes.some((ch) => ch.op !== 'equal')) out.push(`  ${redline.trim()}`);
  }
  const unmatched = (title: string, units: UnmatchedUnit[], paint: (s: string) => string, mark: [string, string]) => {
    if (!units.length) return;
    out.push('', c.bold(title));
    for (const unit of units) out.push(`  ${c.bold(label(unit))}  ${paint(color ? unit.text : `${mark[0]}${unit.text}${mark[1]}`)}`);
  };
  unmatched('Added', comparison.added, c.green, ['{+', '+}']);
  unmatched('Deleted', comparison.deleted, c.red, ['[-', '-]']);
  if (comparison.mandate) out.push('', ...renderMandate(comparison.mandate, c));
  return out.join('\n');
}

type Colors = ReturnType<typeof pc.createColors>;

function label(unit: { id: string; num: string }): string {
  return unit.num ? `${unit.num} (${unit.id})` : unit.id;
}

function renderChange(change: Change, index: number, count: number, c: Colors): string {
  if (change.op === 'equal') return elide(change.right, index === 0, index === count - 1);
  const paint = change.class === 'substantive' ? [c.red, c.green] : change.class === 'spelling' ? [c.yellow, c.yellow] : [c.cyan, c.cyan];
  const colored = c.isColorSupported;
  const removed = change.left ? paint[0]!(colored ? c.strikethrough(change.left.trimEnd()) : `[-${change.left.trimEnd()}-]`) : '';
  const inserted = change.right ? paint[1]!(colored ? c.underline(change.right.trimEnd()) : `{+${change.right.trimEnd()}+}`) : '';
  const after = /\s$/.test(change.right || change.left) ? ' ' : '';
  return `${removed}${inserted}${after}`;
}

/** Long unchanged text keeps a few words next to the changes around it. */
function elide(text: string, first: boolean, last: boolean): string {
  const words = text.split(/\s+/).filter(Boolean);
  const after = /\s$/.test(text) ? ' ' : '';
  if (words.length <= CONTEXT_WORDS * 2 + 1) return words.join(' ') + after;
  const head = first ? [] : words.slice(0, CONTEXT_WORDS);
  const tail = last ? [] : words.slice(-CONTEXT_WORDS);
  return [...head, '…', ...tail].join(' ') + after;
}

function renderMandate(mandate: MandateComparison, c: Colors): string[] {
  const out = [c.bold('Mandate')];
  const where = (l?: { paragraph: string }, r?: { paragraph: string }) => c.dim(`(${l?.paragraph ?? '–'} → ${r?.paragraph ?? '–'})`);
  const value = (name: string, change: { left: unknown; right: unknown; changed: boolean; leftSource?: { paragraph: string }; rightSource?: { paragraph: string } }) =>
    `  ${name}: ${change.changed ? `${String(change.left)} → ${c.bold(String(change.right))}` : `${String(change.right)} (unchanged)`} ${where(change.leftSource, change.rightSource)}`;
  out.push(value('expiry', mandate.expires), value('Chapter VII', mandate.chapterVII), value('use of force', mandate.forceAuthorized));
  for (const ceiling of mandate.ceilings) {
    out.push(`  ceiling ${ceiling.component}: ${ceiling.left ?? '–'} → ${ceiling.right ?? '–'} (${ceiling.change}) ${where(ceiling.leftSource, ceiling.rightSource)}`);
  }
  const tasks = mandate.tasks.filter((t) => t.change !== 'unchanged');
  out.push(`  tasks: ${mandate.tasks.length - tasks.length} unchanged`);
  for (const task of tasks) {
    const text = (task.right ?? task.left)!;
    out.push(`    ${task.change} ${where(task.left, task.right)} ${[text.title, text.text].filter(Boolean).join(': ').slice(0, 100)}`);
  }
  const reporting = mandate.reporting.filter((r) => r.change !== 'unchanged');
  out.push(`  reporting: ${mandate.reporting.length - reporting.length} unchanged`);
  for (const report of reporting) {
    const schedule = (r?: { schedule: ReportSchedule }) => (r ? describeSchedule(r.schedule) : '–');
    out.push(`    ${report.change} ${where(report.left, report.right)} ${(report.right ?? report.left)!.what}: ${schedule(report.left)} → ${schedule(report.right)}`);
  }
  return out;
}
