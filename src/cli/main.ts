#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { InputError } from '../errors.js';
import { registerCommands } from './commands/index.js';

const program = new Command('mandate')
  .description('Mandate Monitor: read UN Security Council documents and follow peace operation mandates')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });
registerCommands(program);

/** One line for the user, never a stack trace (set MANDATE_DEBUG=1 to see one). */
function fail(error: unknown): never {
  if (process.env.MANDATE_DEBUG && error instanceof Error) console.error(error.stack);
  if (error instanceof CommanderError) process.exit(error.exitCode);
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0];
  console.error(error instanceof InputError ? `mandate: ${firstLine}` : `mandate: internal error: ${firstLine}`);
  process.exit(error instanceof InputError ? 1 : 70);
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});
program.parseAsync(process.argv).catch(fail);
