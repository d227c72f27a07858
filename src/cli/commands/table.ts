import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { readInputFile } from '../../extract/index.js';
import { annexTableCsv, readAnnexTables, recoverAnnexTable } from '../../tables/index.js';
import { findStoredDocument } from './store-show.js';

/**
 * `mandate table FILE|SYMBOL --annex N`: the table of an annex (benchmarks, military and police strength) as CSV or JSON.
 * A file is read from its source lines (their spacing helps split the columns); a stored report from its annex lines.
 */
export function registerTableCommand(program: Command): void {
  program
    .command('table')
    .description('recover the table of a report annex (benchmarks, military and police strength) as CSV or JSON')
    .argument('<file-or-symbol>', 'the report (PDF, text or Markdown), or the symbol of a stored report')
    .option('--annex <n>', 'which annex: its number as printed ("II", "2") or its position (default: every annex with a table)')
    .option('--csv', 'print CSV (the default)')
    .option('--json', 'print JSON')
    .option('--data <dir>', 'data directory of the embedded database (for a symbol)')
    .action(async (file: string, options: { annex?: string; csv?: boolean; json?: boolean; data?: string }) => {
      if (options.csv && options.json) throw new InputError('choose one of --csv and --json');
      const stored = existsSync(file) ? null : await findStoredDocument(file, { data: options.data });
      const { doc, tables } = stored
        ? { doc: stored.document, tables: (stored.document.annexes ?? []).map((annex) => ({ annex, table: recoverAnnexTable(annex, stored.document.language) })) }
        : await readAnnexTables(await readInputFile(file));
      if (tables.length === 0) throw new InputError(`${doc.symbol ?? file} has no annexes`);
      const chosen = options.annex === undefined ? tables.filter((t) => t.table) : [pickAnnex(tables, options.annex)];
      if (chosen.length === 0) throw new InputError(`no table recovered from the annexes of ${doc.symbol ?? file}`);
      for (const { annex, table } of chosen) {
        if (!table) throw new InputError(`annex ${annex.num || options.annex} holds no benchmark or strength table`);
        if (options.json) console.log(JSON.stringify({ annex: annex.num, title: annex.title ?? null, ...table }, null, 2));
        else process.stdout.write(annexTableCsv(table));
        for (const flag of table.flags) console.error(`annex ${annex.num}: ${flag}`);
      }
    });
}

export function pickAnnex<T extends { annex: { num: string } }>(tables: T[], wanted: string): T {
  const byNumber = tables.find((t) => t.annex.num.toUpperCase() === wanted.toUpperCase());
  if (byNumber) return byNumber;
  const position = /^\d+$/.test(wanted) ? tables[Number(wanted) - 1] : undefined;
  if (position) return position;
  throw new InputError(`no annex "${wanted}": the document has ${tables.map((t) => t.annex.num || '(unnumbered)').join(', ')}`);
}
