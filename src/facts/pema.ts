/**
 * Agreement of the task paragraphs with PEMA (Peacekeeping Mandates dataset), which codes, for each resolution of
 * 2000–2009 that sets a peace operation's mandate, the operative paragraphs mandating each kind of task.
 * Used to measure `tasks` (test/facts/pema.test.ts); not part of reading.
 */
import { parse } from 'csv-parse/sync';
import type { MandateFacts } from './types.js';

/** Columns that describe the row, not a task category. */
const NOT_TASKS = new Set(['Signature', 'NamePKO', 'Country', 'Year', 'Date2', 'Mandate_Renewal', 'Mandate_CompleteAdjustment', 'Comments']);

/**
 * Operative paragraph numbers a PEMA cell cites in the resolution itself: "7, 9, 20", "4 g, 4 h", "2t", "4a(viii)".
 * What follows "referring to" and citations of other documents ("79 (S/2001/983)", "PIC Bonn Conclusions") are not its paragraphs.
 */
export function citedParagraphs(cell: string): number[] {
  const own = cell.split(/referring/)[0];
  return own
    .split(/,|;|\band\b/)
    .filter((piece) => !/\(S\//.test(piece))
    .map((piece) => /^\s*(\d+)/.exec(piece)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
}

/** Resolution number → the operative paragraphs PEMA codes as mandating tasks. */
export function pemaTaskParagraphs(csv: string): Map<number, Set<number>> {
  const [header, ...rows] = parse(csv, { relax_column_count: true }) as string[][];
  const byResolution = new Map<number, Set<number>>();
  for (const row of rows) {
    const resolution = Number(/S\/RES\/(\d+)/.exec(row[0] ?? '')?.[1]);
    if (!resolution) continue;
    const paragraphs = byResolution.get(resolution) ?? new Set<number>();
    byResolution.set(resolution, paragraphs);
    header.forEach((column, i) => {
      if (!NOT_TASKS.has(column) && row[i]?.trim()) for (const n of citedParagraphs(row[i])) paragraphs.add(n);
    });
  }
  return byResolution;
}

/** The operative paragraph numbers the extracted tasks come from ("op20.a.ii" → 20). */
export function taskParagraphs(facts: MandateFacts): Set<number> {
  return new Set(facts.tasks.map((t) => Number(/^op(\d+)/.exec(t.paragraph)?.[1])).filter((n) => n > 0));
}

export interface Agreement {
  resolutions: number;
  /** paragraphs both name */
  both: number;
  onlyExtracted: number;
  onlyPema: number;
  precision: number;
  recall: number;
}

/** Paragraph-level agreement over resolutions: extracted task paragraphs against PEMA's. */
export function agreement(pairs: { extracted: Set<number>; pema: Set<number> }[]): Agreement {
  let both = 0;
  let onlyExtracted = 0;
  let onlyPema = 0;
  for (const { extracted, pema } of pairs) {
    const shared = [...extracted].filter((n) => pema.has(n)).length;
    both += shared;
    onlyExtracted += extracted.size - shared;
    onlyPema += pema.size - shared;
  }
  return {
    resolutions: pairs.length,
    both,
    onlyExtracted,
    onlyPema,
    precision: both / (both + onlyExtracted || 1),
    recall: both / (both + onlyPema || 1),
  };
}
