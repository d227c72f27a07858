import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import pc from 'picocolors';
import { InputError } from '../../errors.js';
import { compareDocuments } from '../../compare/index.js';
import { renderComparisonHtml } from '../../compare/html.js';
import { renderComparisonText } from '../../compare/terminal.js';
import type { UNDocument } from '../../model.js';
import { normalizeSymbol } from '../../recognize/symbols.js';
import { withDataOption, withStore, type StoreCommandOptions } from '../../store/cli-options.js';
import { storedDocument } from '../../store/queries.js';
import { loadDocumentFile } from '../load.js';

/** One side of a comparison as the user named it: a file if there is one by that name, else a stored symbol. */
export async function loadSide(arg: string, options: StoreCommandOptions): Promise<UNDocument> {
  if (existsSync(arg) || !normalizeSymbol(arg)) return loadDocumentFile(arg);
  const stored = await withStore(options, ({ db }) => storedDocument(db, arg));
  if (!stored) throw new InputError(`${arg} is neither a file nor a stored document (mandate ingest FILE)`);
  return stored.document;
}

/** `diff A B`: compare two versions of a document (a draft and the adopted text, a mandate and its renewal). */
export function registerDiffCommand(program: Command): void {
  withDataOption(program
    .command('diff')
    .description('compare two versions: a draft against the adopted text, a resolution against its renewal')
    .argument('<a>', 'the earlier document: a file, or the symbol of a stored document')
    .argument('<b>', 'the later document: a file, or the symbol of a stored document')
    .option('--json', 'print the comparison as JSON (docs/compare.md)')
    .option('--html', 'write a self-contained HTML page with side-by-side and inline views')
    .option('-o, --output <file>', 'write to this file instead of standard output'))
    .action(async (a: string, b: string, options: StoreCommandOptions & { json?: boolean; html?: boolean; output?: string }) => {
      if (options.json && options.html) throw new InputError('choose one of --json and --html');
      const left = await loadSide(a, options);
      const right = await loadSide(b, options);
      const comparison = compareDocuments(left, right);
      const color = !options.output && process.stdout.isTTY === true && pc.isColorSupported;
      const text = options.json ? JSON.stringify(comparison, null, 2)
        : options.html ? renderComparisonHtml(comparison)
          : renderComparisonText(comparison, color);
      const output = text.endsWith('\n') ? text : `${text}\n`;
      if (options.output) await writeFile(options.output, output);
      else process.stdout.write(output);
    });
}
