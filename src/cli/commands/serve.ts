import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { buildApp, isLoopbackHost } from '../../server/app.js';
import { parsePositiveInteger, withDataOption, type StoreCommandOptions } from '../../store/cli-options.js';
import { openStore, type Store } from '../../store/db.js';

export interface ServeOptions extends StoreCommandOptions {
  port: number;
  host: string;
  token?: string;
}

/** A port number; 0 asks the system for a free port (the URL printed says which). */
export function parsePort(value: string): number {
  const port = value === '0' ? 0 : parsePositiveInteger(value);
  if (port > 65535) throw new InputError(`--port must be at most 65535, not ${value}`);
  return port;
}

function listenFault(error: unknown, host: string, port: number): InputError | null {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') return new InputError(`port ${port} on ${host} is in use: choose another with --port`);
  if (code === 'EACCES') return new InputError(`not allowed to listen on port ${port}: choose a port above 1023`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new InputError(`cannot listen on ${host}: no such address on this machine`);
  return null;
}

/** `mandate serve`: the web pages and the HTTP API over the store, until SIGINT or SIGTERM. */
export function registerServeCommand(program: Command): void {
  withDataOption(
    program
      .command('serve')
      .description('serve the web pages and the HTTP API (docs/api.md) over the stored documents')
      .option('--port <n>', 'port to listen on', parsePort, 8080)
      .option('--host <address>', 'address to listen on; beyond loopback a token is required', '127.0.0.1')
      .option('--token <secret>', 'bearer token that POST and DELETE need (default $MANDATE_TOKEN)'),
  ).action(async (options: ServeOptions) => {
    const token = options.token ?? (process.env.MANDATE_TOKEN || undefined);
    const listenBeyondLoopback = !isLoopbackHost(options.host);
    // Refuse an unsafe configuration before the store is opened (and locked).
    if (listenBeyondLoopback && token === undefined) {
      throw new InputError(`refusing to listen on ${options.host} without a token: give --token T or set MANDATE_TOKEN (writes then need Authorization: Bearer T)`);
    }
    await serveStore(await openStore({ data: options.data }), { ...options, token, listenBeyondLoopback });
  });
}

/**
 * Serves an open store until SIGINT or SIGTERM, then closes it (PGlite must be closed to keep its directory whole).
 * A failure to listen closes it at once and says why in one line.
 */
export async function serveStore(store: Store, options: { port: number; host: string; token?: string; listenBeyondLoopback: boolean }): Promise<void> {
  let app;
  try {
    app = await buildApp({ store, token: options.token, listenBeyondLoopback: options.listenBeyondLoopback, logger: true });
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await app?.close();
    await store.close();
    throw listenFault(error, options.host, options.port) ?? error;
  }
  const shown = options.host.includes(':') && !options.host.startsWith('[') ? `[${options.host}]` : options.host;
  const address = app.server.address();
  const port = address && typeof address === 'object' ? address.port : options.port;
  console.log(`serving ${store.location} at http://${shown}:${port}/ (API at /api, OpenAPI at /api/openapi.json); Ctrl-C stops`);
  let stopping = false;
  const served = app;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // Close the server first (no new requests), then the store.
    await served.close();
    await store.close();
    console.log(`stopped (${signal})`);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
