import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { escapePath } from 'tinyglobby';
import { withDataOption, type StoreCommandOptions } from '../../store/cli-options.js';
import { openStore } from '../../store/db.js';
import { expandPaths } from '../../store/ingest.js';
import { missionOverviews } from '../../store/mission.js';
import { ingestWithProgress } from './ingest.js';
import { parsePort, serveStore } from './serve.js';

const bundled = (path: string) => fileURLToPath(new URL(`../../../corpus/${path}`, import.meta.url));

/**
 * The sample corpus bundled with the project: the seed documents and the 2020 resolutions in English (their XML
 * files only: the UN's folder also holds a stray one-byte file named "test").
 */
const SAMPLE_CORPUS = [bundled('seeds'), `${escapePath(bundled('unxml-dev/2020/English'))}/*.xml`];

interface StartOptions extends StoreCommandOptions {
  today: string;
  port: number;
  serve: boolean;
}

/**
 * `mandate start` (`npm start`), the main job on the embedded database: the sample corpus stored (a second run
 * finds it unchanged), its missions summarised, then the web app and the API served on localhost.
 */
export function registerStartCommand(program: Command): void {
  withDataOption(
    program
      .command('start')
      .description('store the bundled sample corpus, summarise its missions, and serve the web app on localhost')
      .option('--today <date>', 'the date reports are due against (YYYY-MM-DD)', new Date().toISOString().slice(0, 10))
      .option('--port <n>', 'port to serve on', parsePort, 8080)
      .option('--no-serve', 'stop after the summary'),
  ).action(async (options: StartOptions) => {
    const { files } = await expandPaths(SAMPLE_CORPUS);
    const store = await openStore({ data: options.data });
    try {
      const summary = await ingestWithProgress(store.db, files);
      console.log(`sample corpus: ${files.length} files — ingested ${summary.ingested}, unchanged ${summary.unchanged}, failed ${summary.failed}`);
      for (const outcome of summary.outcomes) if (outcome.status === 'failed') console.log(`  ${outcome.file}: ${outcome.reason}`);
      const missions = await missionOverviews(store.db, options.today);
      console.log(`\n${missions.length} missions, as of ${options.today}:`);
      for (const m of missions) {
        const next = m.next ? `next report ${m.next.status === 'overdue' ? 'overdue since' : 'due'} ${m.next.due} (${m.next.resolution} ${m.next.paragraph})` : 'no report due';
        const overdue = m.overdue > 0 ? `, ${m.overdue} overdue` : '';
        console.log(`  ${m.summary.mission.padEnd(10)} mandate until ${m.expires ?? '?'}; ${next}${overdue}`);
      }
      console.log('\nmandate mission NAME shows a timeline and reporting calendar; mandate search "…" searches the corpus.');
    } catch (error) {
      await store.close();
      throw error;
    }
    if (!options.serve) return store.close();
    await serveStore(store, { port: options.port, host: '127.0.0.1', listenBeyondLoopback: false });
  });
}
