import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import type { Language } from '../../model.js';
import { parseLanguage, withDataOption, withStore, type StoreCommandOptions } from '../../store/cli-options.js';
import { storedDocument } from '../../store/queries.js';
import { describeSchedule } from '../../facts/describe.js';

/** `mandate facts SYMBOL`: the mandate facts stored for a resolution or draft. */
export function registerFactsCommand(program: Command): void {
  withDataOption(
    program
      .command('facts')
      .description('the mandate facts stored for a resolution or draft resolution')
      .argument('<symbol>', 'symbol of a stored resolution or draft ("S/RES/2364 (2017)")')
      .option('--language <code>', 'the version in this language (default English, else any)', parseLanguage)
      .option('--json', 'print the facts as JSON'),
  ).action(async (symbol: string, options: StoreCommandOptions & { language?: Language; json?: boolean }) => {
    const stored = await withStore(options, ({ db }) => storedDocument(db, symbol, options));
    if (!stored) throw new InputError(`${symbol} is not stored: ingest it first (mandate ingest FILE)`);
    if (!stored.facts) throw new InputError(`${stored.symbol} is a ${stored.kind}: facts are kept for resolutions and drafts only`);
    const f = stored.facts;
    if (options.json) return console.log(JSON.stringify(f, null, 2));
    console.log(`${f.symbol ?? '(no symbol)'}  ${f.date ?? 'undated'}`);
    console.log(`mission: ${f.mission ? [f.mission.name, f.mission.acronym && `(${f.mission.acronym})`].filter(Boolean).join(' ') : '—'}`);
    console.log(`expires: ${f.expires ?? '—'}   Chapter VII: ${f.chapterVII ? 'yes' : 'no'}   force authorized: ${f.forceAuthorized ? 'yes' : 'no'}`);
    for (const c of f.ceilings) console.log(`ceiling: ${c.max.toLocaleString('en')} ${c.component}`);
    console.log(`tasks: ${f.tasks.length}   requests: ${f.requests.length}`);
    for (const r of f.reporting) console.log(`${r.what} (${r.paragraph}) by ${r.by}: ${describeSchedule(r.schedule)}${r.due.length ? `; due ${r.due.join(', ')}` : ''}`);
    for (const warning of f.warnings ?? []) console.log(`warning: ${warning}`);
  });
}
