import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { withDataOption, withStore, type StoreCommandOptions } from '../../store/cli-options.js';
import { expandPaths } from '../../store/ingest.js';
import { missionOverviews } from '../../store/mission.js';
import { ingestWithProgress } from './ingest.js';

/** The sample corpus bundled with the project: the seed documents and the 2020 resolutions in English. */
export const SAMPLE_CORPUS = ['../../../corpus/seeds', '../../../corpus/unxml-dev/2020/English'].map((path) => fileURLToPath(new URL(path, import.meta.url)));

/** `mandate start`: the main job on the embedded database — the sample corpus stored, the missions summarised. */
export function registerStartCommand(program: Command): void {
  withDataOption(
    program
      .command('start')
      .description('store the bundled sample corpus (a second run reuses the database) and summarise its missions')
      .option('--today <date>', 'the date reports are due against (YYYY-MM-DD)', new Date().toISOString().slice(0, 10)),
  ).action(async (options: StoreCommandOptions & { today: string }) => {
    const { files } = await expandPaths(SAMPLE_CORPUS);
    await withStore(options, async ({ db }) => {
      const summary = await ingestWithProgress(db, files);
      console.log(`sample corpus: ${files.length} files — ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed ${summary.failed}`);
      const missions = await missionOverviews(db, options.today);
      console.log(`\n${missions.length} missions, as of ${options.today}:`);
      for (const m of missions) {
        const next = m.next ? `next report ${m.next.status === 'overdue' ? 'overdue since' : 'due'} ${m.next.due} (${m.next.resolution} ${m.next.paragraph})` : 'no report due';
        const overdue = m.overdue > 0 ? `, ${m.overdue} overdue` : '';
        console.log(`  ${m.summary.mission.padEnd(10)} mandate until ${m.expires ?? '?'}; ${next}${overdue}`);
      }
      console.log('\nmandate mission NAME shows a timeline and reporting calendar; mandate search "…" searches the corpus.');
    });
  });
}
