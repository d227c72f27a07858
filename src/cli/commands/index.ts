import type { Command } from 'commander';
import { registerReadCommands } from './read.js';

/** Every command of the CLI, one module each. Add a line here for a new command. */
export function registerCommands(program: Command): void {
  registerReadCommands(program);
}
