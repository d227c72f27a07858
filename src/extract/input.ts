import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../errors.js';

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** The largest input accepted, in bytes: 64 MiB unless MANDATE_MAX_BYTES says otherwise. */
export function maxInputBytes(): number {
  const setting = process.env.MANDATE_MAX_BYTES;
  if (setting === undefined || setting.trim() === '') return DEFAULT_MAX_BYTES;
  const limit = Number(setting);
  if (!Number.isSafeInteger(limit) || limit <= 0) {
    throw new InputError(`MANDATE_MAX_BYTES must be a positive whole number of bytes, not "${setting}"`);
  }
  return limit;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

function tooLarge(what: string, size: number, limit: number): InputError {
  return new InputError(
    `${what} is too large: ${formatBytes(size)}, the limit is ${formatBytes(limit)} (set MANDATE_MAX_BYTES to change it)`,
  );
}

/** Refuses input above the size limit before anything is decoded. */
export function checkInputSize(size: number, what = 'input'): void {
  const limit = maxInputBytes();
  if (size > limit) throw tooLarge(what, size, limit);
}

function describeFsError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new InputError(`no such file: ${path}`);
    case 'EACCES':
    case 'EPERM':
      return new InputError(`cannot read ${path}: permission denied`);
    case 'EISDIR':
      return new InputError(`${path} is a directory, not a file`);
    case 'ENOTDIR':
      return new InputError(`no such file: ${path} (a part of the path is not a directory)`);
    case 'ELOOP':
      return new InputError(`cannot read ${path}: too many symbolic links`);
    default:
      return new InputError(`cannot read ${path}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

/** Pipes and devices have no size to stat: read them in chunks, stopping as soon as the limit is passed. */
async function readStreamCapped(path: string, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw tooLarge(path, size, limit);
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

/**
 * Reads an input file for `extract`, refusing with one line what cannot be read: a missing file, a directory,
 * an unreadable file, or a file above the size limit (checked with stat, so a huge file is never read).
 */
export async function readInputFile(path: string): Promise<Uint8Array> {
  const limit = maxInputBytes();
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path} is a directory, not a file`);
    if (!info.isFile()) return await readStreamCapped(path, limit);
    if (info.size > limit) throw tooLarge(path, info.size, limit);
    const bytes = await readFile(path);
    // the file may have grown between stat and read
    if (bytes.length > limit) throw tooLarge(path, bytes.length, limit);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw describeFsError(path, error);
  }
}
