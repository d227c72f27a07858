/** Options shared by the commands that read or write the store, checked into one clear line each. */
import { Option, type Command } from 'commander';
import { InputError } from '../errors.js';
import { DOCUMENT_KINDS, LANGUAGES, type DocumentKind, type Language } from '../model.js';
import { openStore, rootCause, storageFault, type Store } from './db.js';

export interface StoreCommandOptions {
  data?: string;
}

/** --data DIR: the PGlite data directory (default MANDATE_DATA, then ./data); DATABASE_URL selects PostgreSQL instead. */
export function withDataOption(command: Command): Command {
  return command.addOption(new Option('--data <dir>', 'data directory of the embedded database (default: $MANDATE_DATA or ./data; ignored when DATABASE_URL is set)'));
}

/** Opens the store, runs `work`, and always closes it. */
export async function withStore<T>(options: StoreCommandOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ data: options.data });
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof InputError) throw error;
    // A full disk or a read-only store is the user's to fix; anything else is a bug, reported with the driver's words.
    const fault = storageFault(error, store.location);
    if (fault) throw fault;
    const cause = rootCause(error);
    throw cause instanceof Error ? cause : error;
  } finally {
    await store.close();
  }
}

export function parseKind(value: string): DocumentKind {
  if (!(DOCUMENT_KINDS as readonly string[]).includes(value)) throw new InputError(`unknown kind "${value}": one of ${DOCUMENT_KINDS.join(', ')}`);
  return value as DocumentKind;
}

export function parseLanguage(value: string): Language {
  if (!(LANGUAGES as readonly string[]).includes(value)) throw new InputError(`unknown language "${value}": one of ${LANGUAGES.join(', ')}`);
  return value as Language;
}

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) throw new InputError(`--year must be a four-digit year, not "${value}"`);
  return Number(value);
}

export function parsePositiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InputError(`expected a positive whole number, not "${value}"`);
  return Number(value);
}

export function parseIsoDate(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InputError(`expected a date as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}
