import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { exportAkn } from '../../export/akn.js';
import { loadDocumentFile } from '../load.js';
import { renderDocument } from '../render.js';
import { describeStoredDocument, findStoredDocument } from './store-show.js';

async function output(text: string, file: string | undefined): Promise<void> {
  if (file) await writeFile(file, text.endsWith('\n') ? text : `${text}\n`);
  else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** `parse`, `show FILE` and `export`: reading one document file. */
export function registerReadCommands(program: Command): void {
  program
    .command('parse')
    .description('read a document (PDF, text, Markdown or AKN XML) into its structured model')
    .argument('<file>', 'the document')
    .option('--json', 'print the document model as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const doc = await loadDocumentFile(file);
      if (options.json) return output(JSON.stringify(doc, null, 2), undefined);
      const paragraphs = doc.body.filter((n) => n.type === 'paragraph').length;
      const headings = doc.body.length - paragraphs;
      console.log(`${doc.symbol ?? '(no symbol)'}  ${doc.kind}  ${doc.language}  ${doc.date ?? 'undated'}`);
      console.log(`${doc.preamble.length} preambular paragraphs, ${paragraphs} paragraphs, ${headings} headings, ${doc.annexes?.length ?? 0} annexes`);
      for (const warning of doc.warnings ?? []) console.log(`warning: ${warning}`);
    });

  program
    .command('show')
    .description('show a document file, or a stored document by its symbol, as readable text')
    .argument('<file-or-symbol>', 'a document file, or the symbol of a stored document')
    .option('--width <columns>', 'wrap width', (v) => Number(v), Math.min(process.stdout.columns ?? 100, 110))
    .option('--data <dir>', 'data directory of the embedded database (for a symbol)')
    .action(async (target: string, options: { width: number; data?: string }) => {
      // A path that exists is a file; anything else is looked up as a symbol in the corpus.
      const stored = existsSync(target) ? null : await findStoredDocument(target, { data: options.data });
      if (stored) {
        console.log(renderDocument(stored.document, options.width));
        console.log(describeStoredDocument(stored));
        return;
      }
      console.log(renderDocument(await loadDocumentFile(target), options.width));
    });

  program
    .command('export')
    .description('export a document as Akoma Ntoso XML or JSON')
    .argument('<file>', 'the document')
    .option('--format <format>', 'akn or json', 'akn')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(async (file: string, options: { format: string; output?: string }) => {
      const format = options.format.toLowerCase();
      if (format !== 'akn' && format !== 'json') throw new InputError(`unknown format "${options.format}": use akn or json`);
      const doc = await loadDocumentFile(file);
      await output(format === 'akn' ? exportAkn(doc) : JSON.stringify(doc, null, 2), options.output);
    });
}
