import { findDates } from '../lang/months.js';
import { STRENGTH_TABLE_WORDS } from '../lang/tables.js';
import type { Language } from '../model.js';
import { resolveCountry, type Country } from '../votes/countries.js';

/** Men, women and total of one group of columns; a cell left empty in print is 0. */
export interface Headcount {
  men: number;
  women: number;
  total: number;
}

export const STRENGTH_GROUPS = ['military', 'individualPolice', 'formedPolice', 'totalPolice'] as const;
export type StrengthGroup = (typeof STRENGTH_GROUPS)[number];

export interface StrengthRow {
  /** the name as printed (wrapped lines joined) */
  name: string;
  country: Country | null;
  /** a group whose cells are all empty is null */
  military: Headcount | null;
  individualPolice: Headcount | null;
  formedPolice: Headcount | null;
  totalPolice: Headcount | null;
  /** the digit groups as printed, for checking */
  printed: string;
  /** the arithmetic that fails, or the ambiguity left; the values printed are kept */
  flags: string[];
}

export interface ColumnCheck {
  group: StrengthGroup;
  field: keyof Headcount;
  /** the sum of the country rows */
  sum: number;
  /** what the Total row prints */
  printed: number;
}

export interface StrengthTable {
  kind: 'strength';
  /** "as at" date of the title (ISO) */
  asAt: string | null;
  rows: StrengthRow[];
  total: StrengthRow | null;
  /** columns whose country rows do not add up to the Total row */
  mismatches: ColumnCheck[];
  flags: string[];
}

/** A number of the table: one token of 1–3 digits followed by tokens of exactly 3 digits ("1 506"), or one token of more digits. */
function numberReadings(tokens: string[], at: number): { value: number; next: number }[] {
  const first = tokens[at];
  if (first === undefined) return [];
  if (first.length > 3) return [{ value: Number(first), next: at + 1 }];
  const readings = [{ value: Number(first), next: at + 1 }];
  let digits = first;
  for (let k = at + 1; k < tokens.length && tokens[k].length === 3; k++) {
    digits += tokens[k];
    readings.push({ value: Number(digits), next: k + 1 });
  }
  return readings;
}

type Cell = number | null;
type GroupCells = [Cell, Cell, Cell];

interface GroupReading {
  cells: GroupCells;
  next: number;
}

/**
 * The ways a group of three columns (men, women, total) can take the tokens from `at`: empty, or a total
 * with men and/or women before it. Empty cells vanish in print, so "9 9" is men and total, or women and total.
 */
function groupReadings(tokens: string[], at: number): GroupReading[] {
  const readings: GroupReading[] = [{ cells: [null, null, null], next: at }];
  for (const a of numberReadings(tokens, at)) {
    readings.push({ cells: [null, null, a.value], next: a.next });
    for (const b of numberReadings(tokens, a.next)) {
      readings.push({ cells: [a.value, null, b.value], next: b.next });
      readings.push({ cells: [null, a.value, b.value], next: b.next });
      for (const c of numberReadings(tokens, b.next)) readings.push({ cells: [a.value, b.value, c.value], next: c.next });
    }
  }
  return readings;
}

const headcount = (cells: GroupCells): Headcount | null =>
  cells.every((c) => c === null) ? null : { men: cells[0] ?? 0, women: cells[1] ?? 0, total: cells[2] ?? 0 };

interface RowReading {
  groups: (Headcount | null)[];
  failures: string[];
  /** token boundaries where the reading puts empty cells, against the wide gaps the line shows (disagreements) */
  layoutMisfit: number;
  /** readings that put a lone number in the women's column or in formed police units before individual officers */
  unusual: number;
}

const GROUP_LABEL: Record<StrengthGroup, string> = {
  military: 'military',
  individualPolice: 'individual police officers',
  formedPolice: 'formed police units',
  totalPolice: 'total police',
};

function failuresOf(groups: (Headcount | null)[]): string[] {
  const failures: string[] = [];
  groups.forEach((group, g) => {
    if (group && group.men + group.women !== group.total) {
      failures.push(`${GROUP_LABEL[STRENGTH_GROUPS[g]]}: ${group.men} men + ${group.women} women ≠ ${group.total}`);
    }
  });
  const [, ipo, fpu, total] = groups;
  if (ipo || fpu || total) {
    for (const field of ['men', 'women', 'total'] as const) {
      const sum = (ipo?.[field] ?? 0) + (fpu?.[field] ?? 0);
      if (sum !== (total?.[field] ?? 0)) failures.push(`police ${field}: individual officers + formed units = ${sum} ≠ total police ${total?.[field] ?? 0}`);
    }
  }
  return failures;
}

/**
 * Every reading of a row's digit groups into the 12 cells, the most consistent first; among equally consistent ones,
 * the one whose empty cells fall where the line shows wide gaps, when it shows any.
 * `wideGapBefore[k]`: a gap of two spaces or more precedes token k (index 0: the gap after the name).
 */
function rowReadings(tokens: string[], wideGapBefore: boolean[]): RowReading[] {
  const complete: RowReading[] = [];
  // Readings less consistent than the best found so far are abandoned as soon as one of their groups fails.
  let fewestFailures = Infinity;
  // emptiesBefore[k]: how many empty cells the reading puts just before token k (−1: token k continues a number).
  const walk = (g: number, at: number, groups: (Headcount | null)[], unusual: number, emptiesBefore: number[], pendingEmpty: number) => {
    if (g === STRENGTH_GROUPS.length) {
      if (at !== tokens.length) return;
      const failures = failuresOf(groups);
      if (failures.length > fewestFailures) return;
      fewestFailures = failures.length;
      const misfit = wideGapBefore.some(Boolean) ? tokens.reduce((n, _, k) => n + (wideGapBefore[k] !== (emptiesBefore[k] > 0) ? 1 : 0), 0) : 0;
      complete.push({ groups, failures, layoutMisfit: misfit, unusual });
      return;
    }
    const failedGroups = groups.filter((group) => group && group.men + group.women !== group.total).length;
    if (failedGroups > fewestFailures) return;
    for (const reading of groupReadings(tokens, at)) {
      const [men, women] = reading.cells;
      const odd = (men === null && women !== null ? 1 : 0) + (g === 2 && groups[1] === null && reading.cells[2] !== null ? 1 : 0);
      const marks = [...emptiesBefore];
      let empty = pendingEmpty;
      let k = at;
      for (const cell of reading.cells) {
        if (cell === null) {
          empty++;
          continue;
        }
        const digits = String(cell).length;
        marks[k] = empty;
        // The tokens a number spans: its first, then groups of three digits.
        const span = digits > 3 && tokens[k].length < digits ? 1 + (digits - tokens[k].length) / 3 : 1;
        for (let t = 1; t < span; t++) marks[k + t] = -1;
        k += span;
        empty = 0;
      }
      walk(g + 1, reading.next, [...groups, headcount(reading.cells)], unusual + odd, marks, empty);
    }
  };
  walk(0, 0, [], 0, [], 0);
  return complete.sort((a, b) => a.failures.length - b.failures.length || a.layoutMisfit - b.layoutMisfit || a.unusual - b.unusual);
}

interface ParsedRow {
  row: StrengthRow;
  /** equally consistent readings, for the column check to choose among */
  alternatives: RowReading[];
}

function rowOf(name: string, tokens: string[], wideGapBefore: boolean[]): ParsedRow {
  const readings = rowReadings(tokens, wideGapBefore);
  const best = readings[0];
  const alternatives = readings.filter((r) => r.failures.length === best?.failures.length && r.layoutMisfit === best.layoutMisfit);
  const row: StrengthRow = {
    name,
    country: resolveCountry(name),
    military: null,
    individualPolice: null,
    formedPolice: null,
    totalPolice: null,
    printed: tokens.join(' '),
    flags: [],
  };
  if (!best) {
    row.flags.push(`${tokens.length} digit groups cannot fill the 12 columns`);
    return { row, alternatives: [] };
  }
  applyReading(row, best);
  return { row, alternatives };
}

function applyReading(row: StrengthRow, reading: RowReading): void {
  STRENGTH_GROUPS.forEach((group, g) => (row[group] = reading.groups[g]));
  row.flags = [...reading.failures];
}

const DIGITS = /^\d+$/;

/**
 * Reads a table of military and police strength by country from an annex's lines: for each row, the segmentation
 * of its digit groups into cells that best satisfies the arithmetic (men + women = total in each group; individual
 * officers + formed units = total police), then the choice among equally consistent readings that makes the columns
 * add up to the Total row. Values are kept as printed; what fails is flagged.
 */
export function parseStrength(annexLines: string[], language: Language): StrengthTable {
  const words = STRENGTH_TABLE_WORDS[language] ?? STRENGTH_TABLE_WORDS.en!;
  const flags: string[] = [];
  const title = annexLines.slice(0, 6).join(' ');
  const asAtMatch = words.asAt.exec(title);
  const asAt = asAtMatch ? (findDates(title.slice(asAtMatch.index), language)[0]?.iso ?? null) : null;

  // The rows are read as four groups of men, women and total: a header that shows another layout is said so.
  const header = annexLines.map((line) => line.trim()).find((line) => line.startsWith(`${words.country} `));
  const groupsInHeader = header?.split(/\s+/).filter((label) => label.toLowerCase() === words.total.toLowerCase()).length;
  if (groupsInHeader !== undefined && groupsInHeader !== STRENGTH_GROUPS.length) {
    flags.push(`the header shows ${groupsInHeader} groups of columns, not ${STRENGTH_GROUPS.length} (military, individual police, formed police units, total police): rows may be misread`);
  }

  const parsed: ParsedRow[] = [];
  let total: ParsedRow | null = null;
  let pendingName = '';
  for (const rawLine of annexLines) {
    const line = rawLine.trim();
    const tokens = line.split(/\s+/);
    const gaps = line.match(/\s+/g) ?? [];
    const firstDigit = tokens.findIndex((t) => DIGITS.test(t));
    if (firstDigit < 0) {
      // A name wrapped over two lines: keep the first part if, joined with what follows, it may name a State.
      const text = tokens.join(' ');
      pendingName = resolveCountry(text) ? text : pendingName ? `${pendingName} ${text}` : text;
      continue;
    }
    const digitTokens = tokens.slice(firstDigit);
    if (!digitTokens.every((t) => DIGITS.test(t)) || firstDigit === 0) {
      pendingName = '';
      continue;
    }
    // Lines that keep the source's spacing show empty cells as wide gaps; cleaned lines have single spaces only.
    const wideGapBefore = digitTokens.map((_, k) => (gaps[firstDigit + k - 1]?.length ?? 1) >= 2);
    const ownName = tokens.slice(0, firstDigit).join(' ');
    const joined = pendingName ? `${pendingName} ${ownName}` : ownName;
    const name = pendingName && resolveCountry(joined) ? joined : ownName;
    pendingName = '';
    if (name.toLowerCase() === words.total.toLowerCase()) {
      total = rowOf(name, digitTokens, wideGapBefore);
      break;
    }
    // A row whose name is no known State is kept (its numbers count in the columns) and flagged.
    const row = rowOf(name, digitTokens, wideGapBefore);
    if (!row.row.country) row.row.flags.push('name not recognised as a State');
    parsed.push(row);
  }
  if (!total) flags.push(`no "${words.total}" row found`);
  const mismatches = total ? chooseByColumnTotals(parsed, total.row) : [];
  for (const m of mismatches) flags.push(`${GROUP_LABEL[m.group]} ${m.field}: rows add up to ${m.sum}, the Total row prints ${m.printed}`);
  for (const { row } of parsed) for (const flag of row.flags) flags.push(`${row.name}: ${flag}`);
  if (total) for (const flag of total.row.flags) flags.push(`${total.row.name}: ${flag}`);
  return { kind: 'strength', asAt, rows: parsed.map((p) => p.row), total: total?.row ?? null, mismatches, flags };
}

function columnMismatches(rows: StrengthRow[], total: StrengthRow): ColumnCheck[] {
  const mismatches: ColumnCheck[] = [];
  for (const group of STRENGTH_GROUPS) {
    for (const field of ['men', 'women', 'total'] as const) {
      const sum = rows.reduce((s, r) => s + (r[group]?.[field] ?? 0), 0);
      const printed = total[group]?.[field] ?? 0;
      if (sum !== printed) mismatches.push({ group, field, sum, printed });
    }
  }
  return mismatches;
}

/** How many rows with several equally consistent readings the column check may change at once. */
const MAX_CHANGED_ROWS = 2;

type Change = { row: ParsedRow; reading: RowReading };

/**
 * Among equally consistent readings of ambiguous rows ("9 9 9 9": individual officers or formed units; "1 1": one man
 * or one woman), takes, round after round, the change of fewest rows that brings the columns closer to the Total row.
 * When several changes do so equally, the numbers cannot tell which: those rows keep their first reading and are flagged.
 */
function chooseByColumnTotals(parsed: ParsedRow[], total: StrengthRow): ColumnCheck[] {
  const rows = parsed.map((p) => p.row);
  const settled = new Set<ParsedRow>();
  for (;;) {
    const current = columnMismatches(rows, total).length;
    if (current === 0) break;
    const changes: Change[] = parsed
      .filter((p) => p.alternatives.length > 1 && !settled.has(p))
      .flatMap((row) => row.alternatives.filter((r) => r.groups !== currentReading(row)?.groups).map((reading) => ({ row, reading })));
    const best = bestChanges(changes, rows, total, current);
    if (best.length === 0) break;
    if (best.length > 1) {
      for (const row of new Set(best.flatMap((combination) => combination.map((c) => c.row)))) {
        row.row.flags.push(`ambiguous: the digits "${row.row.printed}" can be read ${row.alternatives.length} ways; the column totals do not tell which`);
      }
      break;
    }
    for (const change of best[0]) {
      applyReading(change.row.row, change.reading);
      settled.add(change.row);
    }
  }
  return columnMismatches(rows, total);
}

function currentReading(row: ParsedRow): RowReading | undefined {
  return row.alternatives.find((r) => STRENGTH_GROUPS.every((group, g) => r.groups[g] === row.row[group]));
}

/** The smallest sets of changes that leave the fewest mismatched columns (fewer than now), or none. */
function bestChanges(changes: Change[], rows: StrengthRow[], total: StrengthRow, current: number): Change[][] {
  let best: Change[][] = [];
  let bestCount = current;
  const tryCombination = (combination: Change[]) => {
    const before = combination.map(({ row }) => currentReading(row)!);
    for (const { row, reading } of combination) applyReading(row.row, reading);
    const count = columnMismatches(rows, total).length;
    combination.forEach(({ row }, i) => applyReading(row.row, before[i]));
    if (count < bestCount) [best, bestCount] = [[combination], count];
    else if (count === bestCount && count < current) best.push(combination);
  };
  for (let size = 1; size <= MAX_CHANGED_ROWS && best.length === 0; size++) {
    const pick = (start: number, chosen: Change[]) => {
      if (chosen.length === size) return tryCombination(chosen);
      for (let i = start; i < changes.length; i++) {
        if (!chosen.some((c) => c.row === changes[i].row)) pick(i + 1, [...chosen, changes[i]]);
      }
    };
    pick(0, []);
  }
  return best;
}
