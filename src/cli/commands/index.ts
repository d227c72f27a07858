import type { Command } from 'commander';
import { registerFactsCommand } from './facts.js';
import { registerIngestCommand } from './ingest.js';
import { registerListCommand } from './list.js';
import { registerMissionCommand } from './mission.js';
import { registerSearchCommand } from './search.js';
import { registerServeCommand } from './serve.js';
import { registerReadCommands } from './read.js';
import { registerStartCommand } from './start.js';
import { registerDiffCommand } from './diff.js';
import { registerTableCommand } from './table.js';
import { registerVotesCommand } from './votes.js';

/** Every command of the CLI, one module each. Add a line here for a new command. */
export function registerCommands(program: Command): void {
  registerStartCommand(program);
  registerReadCommands(program);
  registerDiffCommand(program);
  registerIngestCommand(program);
  registerListCommand(program);
  registerSearchCommand(program);
  registerFactsCommand(program);
  registerMissionCommand(program);
  registerTableCommand(program);
  registerVotesCommand(program);
  registerServeCommand(program);
}
