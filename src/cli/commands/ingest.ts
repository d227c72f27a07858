import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { withDataOption, withStore, type StoreCommandOptions } from '../../store/cli-options.js';
import type { StoreDatabase } from '../../store/db.js';
import { expandPaths, ingestFiles, type FileOutcome, type IngestSummary } from '../../store/ingest.js';

/** Below this many files a progress bar is noise: the summary says it all. */
const PROGRESS_BAR_MIN_FILES = 5;

function outcomeText(outcome: FileOutcome): string {
  if (outcome.status === 'failed') return `failed: ${outcome.reason}`;
  const version = outcome.version > 1 ? ` (version ${outcome.version})` : '';
  return `${outcome.status} ${outcome.symbol ?? '(no symbol)'}${version}`;
}

/** `mandate ingest PATH…`: store documents; a summary at the end, exit code 1 when any file failed. */
export function registerIngestCommand(program: Command): void {
  withDataOption(
    program
      .command('ingest')
      .description('store documents (files, folders, globs) in the corpus database; unchanged files are skipped')
      .argument('<paths...>', 'files, folders (read recursively) or glob patterns')
      .option('--json', 'print the outcome of each file as JSON'),
  ).action(async (paths: string[], options: StoreCommandOptions & { json?: boolean }) => {
    const { files, missing } = await expandPaths(paths);
    const summary = await withStore(options, ({ db }) => ingestWithProgress(db, files));
    const failures = [
      ...missing.map((path) => ({ file: path, reason: 'no such file or folder, and no file matches it as a pattern' })),
      ...summary.outcomes.flatMap((o) => (o.status === 'failed' ? [{ file: o.file, reason: o.reason }] : [])),
    ];
    if (options.json) {
      console.log(JSON.stringify({ ingested: summary.ingested, unchanged: summary.unchanged, failed: failures.length, files: summary.outcomes, missing }, null, 2));
    } else {
      console.log(`ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed ${failures.length}`);
      for (const failure of failures) console.log(`  ${failure.file}: ${failure.reason}`);
    }
    if (failures.length > 0) process.exitCode = 1;
  });
}

/** Ingests files with a progress bar on a terminal, a line per file otherwise (on standard error). */
export async function ingestWithProgress(db: StoreDatabase, files: string[]): Promise<IngestSummary> {
  const bar = files.length > PROGRESS_BAR_MIN_FILES && process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(files.length, 0, { file: '' });
  let done = 0;
  try {
    return await ingestFiles(db, files, (outcome) => {
      done += 1;
      if (bar) bar.update(done, { file: outcome.file });
      else process.stderr.write(`[${done}/${files.length}] ${outcome.file}: ${outcomeText(outcome)}\n`);
    });
  } finally {
    bar?.stop();
  }
}
