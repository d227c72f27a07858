import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { extract, readInputFile } from '../../extract/index.js';
import type { UNDocument } from '../../model.js';
import { readDocument } from '../../read.js';
import { withDataOption, withStore, type StoreCommandOptions } from '../../store/cli-options.js';
import { storedDocument } from '../../store/queries.js';
import { votesCsv } from '../../votes/csv.js';
import { parseVoteLists } from '../../votes/letter.js';
import { statedVoteOfText, voteOfDocument } from '../../votes/record.js';
import type { ResolvedVote } from '../../votes/types.js';

/**
 * The votes a document records: its adoption record; lists of members under headings (a letter, a meeting record,
 * one vote per draft put to the vote); or a statement in running text (unanimity, or counts with the minority named).
 */
async function votesOfFile(path: string): Promise<ResolvedVote[]> {
  const bytes = await readInputFile(path);
  const doc = await readDocument(bytes);
  if (doc.adoption?.votes || doc.adoption?.outcome) return [voteOfDocument(doc)];
  const { text } = await extract(bytes);
  const listed = parseVoteLists(text, doc.language);
  if (listed.length) return listed;
  const stated = statedVoteOfText(text, doc.language, doc.date);
  if (!stated) throw new InputError(`${doc.symbol ?? path} records no vote: no adoption record, no list of votes, no statement of unanimity or of counts`);
  return [stated];
}

async function voteOfSymbol(symbol: string, options: StoreCommandOptions): Promise<ResolvedVote> {
  const stored = await withStore(options, ({ db }) => storedDocument(db, symbol));
  if (!stored) throw new InputError(`${symbol} is neither a file nor a stored document (mandate ingest FILE)`);
  return voteOfDocument(stored.document as UNDocument);
}

/** `mandate votes FILE|SYMBOL [--csv]`: how each Council member voted. */
export function registerVotesCommand(program: Command): void {
  withDataOption(
    program
      .command('votes')
      .description('how each Council member voted on a resolution: from its record, a letter recording a vote, or a statement of unanimity')
      .argument('<file-or-symbol>', 'a document file, or the symbol of a stored resolution')
      .option('--csv', 'print CSV in the column layout of the UN Digital Library voting data')
      .option('--json', 'print JSON'),
  ).action(async (target: string, options: StoreCommandOptions & { csv?: boolean; json?: boolean }) => {
    const votes = existsSync(target) ? await votesOfFile(target) : [await voteOfSymbol(target, options)];
    if (options.csv) {
      process.stdout.write(votesCsv(votes));
      return;
    }
    // one vote as an object; a meeting record that voted on several drafts, as a list
    if (options.json) return console.log(JSON.stringify(votes.length === 1 ? votes[0] : votes, null, 2));
    for (const [k, vote] of votes.entries()) {
      if (k > 0) console.log('');
      const { inFavour, against, abstaining, notParticipating } = vote.totals;
      console.log(`${vote.resolution ?? '(resolution unknown)'}  draft ${vote.draft ?? '—'}  ${vote.date ?? 'undated'}${vote.meeting ? `  meeting ${vote.meeting}` : ''}`);
      console.log(`${inFavour} in favour, ${against} against, ${abstaining} abstaining${notParticipating ? `, ${notParticipating} not participating` : ''}${vote.unanimous ? ' (unanimous)' : ''}`);
      for (const m of vote.members) console.log(`  ${(m.country?.iso3 ?? '???').padEnd(4)} ${m.position.padEnd(18)} ${m.country?.name ?? m.name}`);
      for (const flag of vote.flags) console.log(`warning: ${flag}`);
    }
  });
}
