import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { readInputFile } from '../../extract/index.js';
import { annexTableCsv, readAnnexTables } from '../../tables/index.js';

/** `mandate table FILE --annex N`: the table of an annex (benchmarks, military and police strength) as CSV or JSON. */
export function registerTableCommand(program: Command): void {
  program
    .command('table')
    .description('recover the table of a report annex (benchmarks, military and police strength) as CSV or JSON')
    .argument('<file>', 'the report (PDF, text or Markdown)')
    .option('--annex <n>', 'which annex: its number as printed ("II", "2") or its position (default: every annex with a table)')
    .option('--csv', 'print CSV (the default)')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { annex?: string; csv?: boolean; json?: boolean }) => {
      if (options.csv && options.json) throw new InputError('choose one of --csv and --json');
      const { doc, tables } = await readAnnexTables(await readInputFile(file));
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
