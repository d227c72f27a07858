import type { Command } from 'commander';

/** Every command of the CLI, one module each. Add a line here for a new command. */
export function registerCommands(program: Command): void {
  void program;
}
