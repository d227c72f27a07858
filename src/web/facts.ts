/** Mandate facts in words, and as marks over the words they were read from. */
import { describeSchedule } from '../facts/describe.js';
import type { FactSource, MandateFacts } from '../facts/types.js';
import type { Annotation } from './annotate.js';
import { formatDate, formatNumber } from './html.js';

export interface FactNote {
  kind: 'expiry' | 'chapter-vii' | 'force' | 'ceiling' | 'task' | 'request' | 'reporting';
  /** what the fact says, in one line */
  text: string;
  source: FactSource;
}

/** Every fact of a resolution, each with its source, in the order of the facts record. */
export function factNotes(facts: MandateFacts): FactNote[] {
  const notes: FactNote[] = [];
  if (facts.sources.expires && facts.expires) notes.push({ kind: 'expiry', text: `expiry: the mandate runs until ${formatDate(facts.expires)}`, source: facts.sources.expires });
  if (facts.sources.chapterVII && facts.chapterVII) notes.push({ kind: 'chapter-vii', text: 'acting under Chapter VII of the Charter', source: facts.sources.chapterVII });
  if (facts.sources.forceAuthorized && facts.forceAuthorized) notes.push({ kind: 'force', text: 'use of force authorized', source: facts.sources.forceAuthorized });
  for (const c of facts.ceilings) notes.push({ kind: 'ceiling', text: `ceiling: up to ${formatNumber(c.max)} ${c.component} personnel`, source: c.source });
  for (const t of facts.tasks) notes.push({ kind: 'task', text: `${t.priority === 'priority' ? 'priority task' : 'task'}${t.title ? `: ${t.title}` : ''}`, source: t.source });
  for (const r of facts.requests) notes.push({ kind: 'request', text: `request: ${r.verb} ${r.addressee}`, source: r.source });
  for (const r of facts.reporting) {
    const due = r.due.length ? `; due ${r.due.map(formatDate).join(', ')}` : '';
    notes.push({ kind: 'reporting', text: `reporting by ${r.by}: ${r.what}, ${describeSchedule(r.schedule)}${due}`, source: r.source });
  }
  return notes;
}

/** The marks of every fact, by the id of the paragraph or item whose text holds its words. */
export function factMarks(facts: MandateFacts | null): Map<string, Annotation[]> {
  const marks = new Map<string, Annotation[]>();
  for (const note of facts ? factNotes(facts) : []) {
    const list = marks.get(note.source.paragraph) ?? [];
    list.push({ span: note.source.span, mark: { title: note.text + (note.source.computed ? ' (counted from these words)' : ''), kind: note.kind } });
    marks.set(note.source.paragraph, list);
  }
  return marks;
}
