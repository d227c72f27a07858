import type { Command } from 'commander';
import { parseIsoDate, withDataOption, withStore, type StoreCommandOptions } from '../../store/cli-options.js';
import { missionRecord } from '../../store/mission.js';

const today = () => new Date().toISOString().slice(0, 10);

/** `mandate mission NAME`: the timeline of a mission's resolutions, its current mandate and its reporting calendar. */
export function registerMissionCommand(program: Command): void {
  withDataOption(
    program
      .command('mission')
      .description("a mission's resolutions, current mandate and reports due, from the stored documents")
      .argument('<name>', 'acronym or name of the mission ("MINUSMA")')
      .option('--today <date>', 'count due and overdue reports as of this date (YYYY-MM-DD)', parseIsoDate)
      .option('--json', 'print JSON'),
  ).action(async (name: string, options: StoreCommandOptions & { today?: string; json?: boolean }) => {
    const record = await withStore(options, ({ db }) => missionRecord(db, name, options.today ?? today()));
    if (options.json) return console.log(JSON.stringify(record, null, 2));
    const { mission, resolutions, current, calendar } = record;
    console.log([mission.name, mission.acronym && `(${mission.acronym})`].filter(Boolean).join(' ') || name);
    console.log('\nresolutions:');
    for (const r of resolutions) {
      const ceilings = r.ceilings.map((c) => `${c.max.toLocaleString('en')} ${c.component}`).join(', ') || 'no ceilings';
      console.log(`  ${r.date ?? 'undated   '}  ${r.symbol.padEnd(20)}  expires ${r.expires ?? '—'}  ${ceilings}  ${r.tasks} tasks`);
    }
    if (current) {
      const state = current.inForce === null ? 'no expiry read' : current.inForce ? `in force until ${current.expires}` : `expired on ${current.expires}`;
      console.log(`\ncurrent mandate: ${current.symbol} of ${current.date ?? 'unknown date'}, ${state}`);
      const from = (symbol: string | null) => (symbol && symbol !== current.symbol ? ` (set by ${symbol})` : '');
      const ceilings = current.ceilings.map((c) => `${c.max.toLocaleString('en')} ${c.component}${from(c.setBy)}`).join(', ') || 'none read';
      console.log(`  ceilings: ${ceilings}; ${current.tasks} tasks${from(current.tasksFrom)}`);
    }
    console.log(`\nreports of the Secretary-General (as of ${record.today}):`);
    for (const due of calendar) {
      const report = due.report ? ` — ${due.report.symbol ?? 'report'} of ${due.report.date}` : '';
      console.log(`  ${due.due}  ${due.status.padEnd(8)}  ${due.resolution} ${due.paragraph}${report}`);
    }
    if (calendar.length === 0) console.log('  none requested in the stored resolutions');
  });
}
