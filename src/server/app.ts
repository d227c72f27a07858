/**
 * The HTTP server: the JSON API under /api (documented at /api/openapi.json from the very schemas it validates with)
 * and the web pages. Safe by default: reading is open; writing needs a bearer token when the server listens beyond
 * loopback (and it refuses to start there without one), and a cross-site page can never write.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { InputError } from '../errors.js';
import type { Store } from '../store/db.js';
import { webPages } from '../web/index.js';
import { AnswerCache } from './cache.js';
import { HttpError, installErrorHandler, installNotFoundHandler } from './errors.js';
import { catalogRoutes } from './routes/catalog.js';
import { documentRoutes } from './routes/documents.js';
import { DEFAULT_MAX_UPLOAD_BYTES, MAX_FILES_PER_UPLOAD, writeRoutes } from './routes/write.js';
import { errorResponse } from './schemas.js';

export interface AppOptions {
  store: Store;
  /** the bearer token writes need; required when listening beyond loopback */
  token?: string;
  /** the server listens on an address other hosts can reach */
  listenBeyondLoopback?: boolean;
  /** largest uploaded file, in bytes (default 64 MiB) */
  maxUploadBytes?: number;
  /** log warnings and errors (to standard output, as JSON lines) */
  logger?: boolean;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

/** Whether a --host value keeps the server on this machine. */
export const isLoopbackHost = (host: string) => LOOPBACK_HOSTS.has(host.trim().toLowerCase());

/** Methods that only read: open to everyone. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const digest = (text: string) => createHash('sha256').update(text).digest();

/** The request carries `Authorization: Bearer <token>`, compared in constant time. */
function hasToken(request: FastifyRequest, expected: Buffer): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match !== null && timingSafeEqual(digest(match[1]), expected);
}

/**
 * A browser page from another site may post a form to a local server (a "simple" request, no preflight): a write
 * whose Origin is not this server, or that the browser marks cross-site, is refused whatever the token.
 */
function isCrossSite(request: FastifyRequest): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

function writeGuard(token: string | undefined) {
  const expected = token === undefined ? null : digest(token);
  return async (request: FastifyRequest) => {
    if (READ_METHODS.has(request.method)) return;
    if (isCrossSite(request)) throw new HttpError(403, 'writes from another site are refused');
    if (expected && !hasToken(request, expected)) throw new HttpError(401, 'writing needs Authorization: Bearer <token> (the token the server was started with)');
  };
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, token } = options;
  if (token !== undefined && token.trim() === '') throw new InputError('the token is empty: give --token a secret string');
  if (options.listenBeyondLoopback && token === undefined) {
    throw new InputError('refusing to listen beyond loopback without a token: give --token T (writes then need Authorization: Bearer T)');
  }
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;

  const app = Fastify({
    // Requests are not logged one by one: only what went wrong (a 500 with its stack).
    logger: options.logger ? { level: 'warn' } : false,
    // Unknown query parameters are refused, not silently dropped; "5" in a query is the number 5.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: true, useDefaults: true } },
  });
  installErrorHandler(app);
  app.addHook('onRequest', writeGuard(token));
  app.addSchema(errorResponse);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Mandate Monitor API', version: '1', description: 'UN Security Council documents and peace-operation mandates (docs/api.md)' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'needed for POST and DELETE when the server listens beyond loopback' } } },
    },
    // The OpenAPI describes the API; the web pages beside it are HTML for people.
    transform: ({ schema, url }) => ({ schema: url.startsWith('/api/') ? schema : { ...schema, hide: true }, url }),
  });

  await app.register(async (api) => {
    installNotFoundHandler(api);
    await api.register(multipart, { limits: { fileSize: maxUploadBytes, files: MAX_FILES_PER_UPLOAD, fields: 0 } });
    const context = { store, cache: new AnswerCache(store) };
    await api.register(documentRoutes, context);
    await api.register(catalogRoutes, context);
    await api.register(writeRoutes, { ...context, maxUploadBytes });
    api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  }, { prefix: '/api' });

  await app.register(webPages, { store });
  await app.ready();
  return app;
}
