import type { Command } from 'commander';
import { parseKind, withDataOption, withStore, type StoreCommandOptions } from '../../store/cli-options.js';
import { listDocuments } from '../../store/queries.js';
import type { DocumentKind } from '../../model.js';

/** `mandate list`: every stored document version. */
export function registerListCommand(program: Command): void {
  withDataOption(
    program
      .command('list')
      .description('list the stored documents, one line per stored version')
      .option('--kind <kind>', 'only this kind of document', parseKind)
      .option('--json', 'print JSON'),
  ).action(async (options: StoreCommandOptions & { kind?: DocumentKind; json?: boolean }) => {
    const rows = await withStore(options, ({ db }) => listDocuments(db, { kind: options.kind }));
    if (options.json) return console.log(JSON.stringify(rows, null, 2));
    for (const row of rows) {
      const version = row.version > 1 ? `  v${row.version}` : '';
      console.log(`${row.date ?? 'undated   '}  ${(row.symbol ?? '(no symbol)').padEnd(20)}  ${row.language}  ${row.kind.padEnd(22)}${version}  ${row.fileName}`);
    }
    console.log(`${rows.length} stored document${rows.length === 1 ? '' : 's'}`);
  });
}
