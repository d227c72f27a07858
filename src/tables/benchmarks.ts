import { DEADLINE_PATTERNS, IMPLEMENTATION_STATES, type ImplementationState } from '../lang/tables.js';
import { MONTHS } from '../lang/months.js';
import type { Language } from '../model.js';
import { dropRepeatedHeader } from './repeated-header.js';
import escapeRegExp from 'escape-string-regexp';

/** One progress indicator of a benchmark table ("1.1.1 The interim authorities … are operational"). */
export interface BenchmarkIndicator {
  num: string;
  text: string;
  /** the state as printed ("Ongoing"; two states printed in one cell are both kept: "Implemented / Ongoing") */
  state: string | null;
  states: ImplementationState[];
  deadline: string | null;
  comment: string | null;
  /** what could not be read as the table promises ("no state printed", "two states printed") */
  flags: string[];
}

export interface BenchmarkObjective {
  num: string;
  text: string;
  indicators: BenchmarkIndicator[];
}

export interface BenchmarkArea {
  num: string;
  title: string;
  /** the goal sentence printed under the area's title */
  goal: string;
  objectives: BenchmarkObjective[];
}

export interface BenchmarkTable {
  kind: 'benchmarks';
  /** the column header, as printed once */
  header: string[];
  areas: BenchmarkArea[];
  flags: string[];
}

/** "1." area, "1.1" objective, "1.1.1" indicator: a label, then text. */
const LABEL = /^(\d{1,2}(?:\.\d{1,2}){0,2})(\.?)\s+(\S.*)$/u;

interface Label {
  parts: number[];
  rest: string;
}

function labelOf(line: string): Label | null {
  const m = LABEL.exec(line);
  if (!m) return null;
  const parts = m[1].split('.').map(Number);
  // An area is printed "1. Title"; objectives and indicators carry no final dot.
  if (parts.length === 1 && m[2] !== '.') return null;
  return { parts, rest: m[3] };
}

/** Where the numbering can go next: the next indicator, objective or area. Anything else is wrapped text ("12.5 per cent"). */
function isNextLabel(label: Label, area: number, objective: number, indicator: number): boolean {
  const [a, o, i] = label.parts;
  if (label.parts.length === 1) return a === area + 1;
  if (label.parts.length === 2) return a === area && o === objective + 1 && area > 0;
  return a === area && o === objective && i === indicator + 1 && objective > 0;
}

/** Lines of one cell as one flow of words; a word broken at a hyphen ("income-" / "generating") stays one word. */
function joinWrapped(lines: string[]): string {
  return lines.reduce((text, line) => (!text ? line : /\p{L}-$/u.test(text) ? text + line : `${text} ${line}`), '');
}

class Vocabulary {
  readonly state: RegExp;
  readonly states: Record<string, ImplementationState>;
  readonly deadline: RegExp;

  constructor(language: Language) {
    this.states = IMPLEMENTATION_STATES[language] ?? IMPLEMENTATION_STATES.en!;
    const words = Object.keys(this.states).sort((a, b) => b.length - a.length).map((w) => escapeRegExp(w).replace(/ /g, '\\s+'));
    this.state = new RegExp(`^(${words.join('|')})(?=\\s|$)`, 'u');
    const months = MONTHS[language].map(escapeRegExp).join('|');
    const deadlines = (DEADLINE_PATTERNS[language] ?? DEADLINE_PATTERNS.en!).map((p) => p.replaceAll('MONTH', `(?:${months})`));
    this.deadline = new RegExp(`^(?:${deadlines.join('|')})(?=\\s|$|[.,;])`, 'iu');
  }

  /** The state a printed form names; `printed` was matched by `state`, so it is one of the vocabulary's forms. */
  kindOf(printed: string): ImplementationState {
    const key = Object.keys(this.states).find((k) => k.toLowerCase() === printed.replace(/\s+/g, ' ').toLowerCase());
    if (!key) throw new Error(`state "${printed}" matched but is not in the vocabulary`);
    return this.states[key];
  }
}

/**
 * Matches a pattern at the start of the text that begins at line `start` (the lines joined with spaces, from `offset`),
 * so that a cell wrapped over lines ("Not" / "implemented", "First half of" / "2017") is read whole.
 * Returns what matched, the line and offset where the match ends.
 */
function matchAcrossLines(lines: string[], start: number, offset: number, pattern: RegExp, end: number): { text: string; line: number; offset: number } | null {
  const reach = Math.min(end, start + 3);
  let joined = '';
  const bounds: [number, number][] = [];
  for (let i = start; i < reach; i++) {
    const piece = i === start ? lines[i].slice(offset) : lines[i];
    if (joined) joined += ' ';
    bounds.push([i, joined.length]);
    joined += piece;
  }
  const m = pattern.exec(joined.trimStart());
  if (!m) return null;
  const matchEnd = m[0].length + (joined.length - joined.trimStart().length);
  // The line holding the end of the match, and the offset after it within that line.
  let [line, lineStart] = bounds[0];
  for (const [i, at] of bounds) if (at <= matchEnd) [line, lineStart] = [i, at];
  const within = matchEnd - lineStart + (line === start ? offset : 0);
  return { text: m[0].replace(/\s+/g, ' '), line, offset: within };
}

/**
 * Reads a benchmark table (areas → objectives → indicators with state, deadline and comment) from an annex's lines,
 * where cells and rows arrive flattened into one stream of lines.
 * Hierarchical, sequential numbering tells labels from wrapped text; the closed vocabulary of states ends an indicator.
 */
export function parseBenchmarks(annexLines: string[], language: Language): BenchmarkTable {
  const vocabulary = new Vocabulary(language);
  // Source lines may keep column gaps as runs of spaces: cells are read from the words alone.
  const singleSpaced = annexLines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const firstArea = singleSpaced.findIndex((line) => labelOf(line)?.parts.join('.') === '1');
  if (firstArea < 0) return { kind: 'benchmarks', header: [], areas: [], flags: ['no area "1." found: not a benchmark table'] };
  const { lines: withoutHeader, header } = dropRepeatedHeader(singleSpaced, firstArea);
  const lines = withoutHeader.slice(firstArea - header.length);

  // First pass: where each label starts.
  const starts: { index: number; label: Label }[] = [];
  let [area, objective, indicator] = [0, 0, 0];
  lines.forEach((line, index) => {
    const label = labelOf(line);
    if (!label || !isNextLabel(label, area, objective, indicator)) return;
    starts.push({ index, label });
    if (label.parts.length === 1) [area, objective, indicator] = [label.parts[0], 0, 0];
    else if (label.parts.length === 2) [objective, indicator] = [label.parts[1], 0];
    else indicator = label.parts[2];
  });

  const areas: BenchmarkArea[] = [];
  for (const [k, { index, label }] of starts.entries()) {
    const end = starts[k + 1]?.index ?? lines.length;
    const num = label.parts.join('.');
    if (label.parts.length === 1) {
      areas.push({ num, title: label.rest, goal: joinWrapped(lines.slice(index + 1, end)), objectives: [] });
    } else if (label.parts.length === 2) {
      areas[areas.length - 1].objectives.push({ num, text: joinWrapped([label.rest, ...lines.slice(index + 1, end)]), indicators: [] });
    } else {
      const objectives = areas[areas.length - 1].objectives;
      objectives[objectives.length - 1].indicators.push(readIndicator(num, [label.rest, ...lines.slice(index + 1, end)], vocabulary));
    }
  }
  const flags = areas.flatMap((a) => a.objectives.flatMap((o) => o.indicators.filter((i) => i.flags.length).map((i) => `${i.num}: ${i.flags.join('; ')}`)));
  return { kind: 'benchmarks', header, areas, flags };
}

/** An indicator's lines: its text up to the first state, then deadline, then comment (with any further state kept and flagged). */
function readIndicator(num: string, lines: string[], vocabulary: Vocabulary): BenchmarkIndicator {
  const flags: string[] = [];
  let stateLine = -1;
  let state: ReturnType<typeof matchAcrossLines> = null;
  for (let i = 1; i < lines.length && !state; i++) {
    state = matchAcrossLines(lines, i, 0, vocabulary.state, lines.length);
    if (state) stateLine = i;
  }
  if (!state) {
    flags.push('no state printed');
    return { num, text: joinWrapped(lines), state: null, states: [], deadline: null, comment: null, flags };
  }
  const text = joinWrapped(lines.slice(0, stateLine));
  const printedStates = [state.text];
  let [line, offset] = [state.line, state.offset];
  const deadline = matchAcrossLines(lines, line, offset, vocabulary.deadline, lines.length);
  if (deadline) [line, offset] = [deadline.line, deadline.offset];

  const commentLines: string[] = [];
  const first = lines[line].slice(offset).trim();
  if (first) commentLines.push(first);
  for (let i = line + 1; i < lines.length; i++) {
    const another = matchAcrossLines(lines, i, 0, vocabulary.state, lines.length);
    if (another) {
      printedStates.push(another.text);
      const rest = lines[another.line].slice(another.offset).trim();
      if (rest) commentLines.push(rest);
      i = another.line;
    } else commentLines.push(lines[i]);
  }
  if (printedStates.length > 1) flags.push(`${printedStates.length} states printed: ${printedStates.join(', ')}`);
  // Sub-points ("– Validation of the draft text") start on their own line; the rest of a cell is one flow of words.
  const comment = joinWrapped(commentLines)
    .replace(/(^|\s)–(?=\S)/gu, '$1– ')
    .replace(/\s+(?=– )/gu, '\n')
    .trim();
  return {
    num,
    text,
    state: printedStates.join(' / '),
    states: printedStates.map((s) => vocabulary.kindOf(s)),
    deadline: deadline?.text ?? null,
    comment: comment || null,
    flags,
  };
}

/** Every indicator of the table, in order. */
export const indicatorsOf = (table: BenchmarkTable) => table.areas.flatMap((a) => a.objectives.flatMap((o) => o.indicators));
