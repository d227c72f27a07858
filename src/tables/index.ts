import { extract } from '../extract/index.js';
import type { Annex, Language, UNDocument } from '../model.js';
import { readDocument } from '../read.js';
import { indicatorsOf, parseBenchmarks, type BenchmarkTable } from './benchmarks.js';
import { toCsv } from './csv.js';
import { annexSourceLines } from './source-lines.js';
import { parseStrength, STRENGTH_GROUPS, type StrengthRow, type StrengthTable } from './strength.js';

export type { BenchmarkTable } from './benchmarks.js';
export type { StrengthTable } from './strength.js';

export type AnnexTable = BenchmarkTable | StrengthTable;

/**
 * The table an annex holds, recovered from its flattened lines: a benchmark table (numbered areas, objectives and
 * indicators) or a table of military and police strength (country rows and a Total row); null when it is neither.
 */
export function recoverAnnexTable(annex: Annex, language: Language): AnnexTable | null {
  const benchmarks = parseBenchmarks(annex.lines, language);
  const indicators = indicatorsOf(benchmarks);
  // Numbered paragraphs ("1.", "1.1") alone do not make a benchmark table: most indicators must carry a state.
  if (indicators.length > 0 && indicators.filter((i) => i.state).length * 2 >= indicators.length) return benchmarks;
  const strength = parseStrength(annex.lines, language);
  if (strength.rows.length > 0 && strength.total) return strength;
  return null;
}

/** One CSV line per indicator, or per country (and the Total row), flags in the last column. */
export function annexTableCsv(table: AnnexTable): string {
  if (table.kind === 'benchmarks') {
    const rows = table.areas.flatMap((area) =>
      area.objectives.flatMap((objective) =>
        objective.indicators.map((i) => [area.num, area.title, objective.num, objective.text, i.num, i.text, i.state, i.deadline, i.comment, i.flags.join('; ')]),
      ),
    );
    return toCsv([['area', 'area_title', 'objective', 'objective_text', 'indicator', 'indicator_text', 'state', 'deadline', 'comment', 'flags'], ...rows]);
  }
  const header = ['country', 'iso3', ...STRENGTH_GROUPS.flatMap((g) => [`${g}_men`, `${g}_women`, `${g}_total`]), 'flags'];
  const line = (row: StrengthRow) => [
    row.name,
    row.country?.iso3 ?? null,
    ...STRENGTH_GROUPS.flatMap((g) => [row[g]?.men ?? null, row[g]?.women ?? null, row[g]?.total ?? null]),
    row.flags.join('; '),
  ];
  return toCsv([header, ...table.rows.map(line), ...(table.total ? [line(table.total)] : [])]);
}

/** Every annex of a document with the table recovered from it (null when it holds none), read from the source lines. */
export async function readAnnexTables(bytes: Uint8Array): Promise<{ doc: UNDocument; tables: { annex: Annex; table: AnnexTable | null }[] }> {
  const doc = await readDocument(bytes);
  const extracted = await extract(bytes);
  const tables = (doc.annexes ?? []).map((annex) => {
    const lines = annexSourceLines(extracted, annex, doc.language);
    return { annex, table: recoverAnnexTable({ ...annex, lines }, doc.language) };
  });
  return { doc, tables };
}
