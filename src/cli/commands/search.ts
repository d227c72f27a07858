import pc from 'picocolors';
import type { Command } from 'commander';
import type { DocumentKind, Language } from '../../model.js';
import { parseKind, parseLanguage, parsePositiveInteger, parseYear, withDataOption, withStore, type StoreCommandOptions } from '../../store/cli-options.js';
import { SNIPPET_MARKS, DEFAULT_SEARCH_LIMIT, searchParagraphs } from '../../store/search.js';

/** `mandate search QUERY`: full-text search of stored paragraphs, best first. */
/** A marked run of a snippet: shown in bold on a terminal. */
const MARKED = new RegExp(`${SNIPPET_MARKS.open}([^${SNIPPET_MARKS.close}]*)${SNIPPET_MARKS.close}`, 'gu');

export function registerSearchCommand(program: Command): void {
  withDataOption(
    program
      .command('search')
      .description('search the stored paragraphs ("a phrase", -word, or): symbol, paragraph and snippet, best first')
      .argument('<query>', 'words to find')
      .option('--kind <kind>', 'only this kind of document', parseKind)
      .option('--year <year>', 'only documents of this year', parseYear)
      .option('--mission <name>', 'only documents about this mission (acronym or name)')
      .option('--language <code>', 'only documents in this language (en, fr, es, ru, zh, ar)', parseLanguage)
      .option('--limit <n>', `at most this many paragraphs (default ${DEFAULT_SEARCH_LIMIT})`, parsePositiveInteger)
      .option('--json', 'print JSON'),
  ).action(async (query: string, options: StoreCommandOptions & { kind?: DocumentKind; year?: number; mission?: string; language?: Language; limit?: number; json?: boolean }) => {
    const hits = await withStore(options, ({ db }) => searchParagraphs(db, query, options));
    if (options.json) return console.log(JSON.stringify(hits, null, 2));
    for (const hit of hits) {
      const paragraph = hit.num ? `¶${hit.num.replace(/^\(|\)$/g, '')} (${hit.paragraphId})` : hit.paragraphId;
      console.log(`${hit.symbol ?? '(no symbol)'}  ${paragraph}  ${hit.date ?? ''}`);
      console.log(`  ${hit.snippet.replace(MARKED, (_, words: string) => pc.bold(words))}`);
    }
    if (hits.length === 0) console.log('no paragraph matches');
  });
}
