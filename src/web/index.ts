/**
 * The web pages: server-rendered HTML over the store, every page at a stable, shareable URL.
 * A Fastify plugin; the server (src/server/app.ts) registers it at the root, beside the API under /api.
 */
import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import { compareDocuments } from '../compare/index.js';
import { InputError } from '../errors.js';
import { AnswerCache } from '../server/cache.js';
import { parseIsoDate, parseLanguage, parsePositiveInteger } from '../store/cli-options.js';
import type { Store } from '../store/db.js';
import { missionOverviews, missionRecord } from '../store/mission.js';
import { listDocuments, storedDocument, storedDocumentById, type StoredDocument } from '../store/queries.js';
import { searchParagraphs } from '../store/search.js';
import { latestDeployment, resolutionVotes, storedSymbols } from './data.js';
import { ASSETS, messagePage } from './html.js';
import { comparisonPage, compareFormPage, type CompareChoice } from './pages/compare.js';
import { documentsPage, homePage, parseSearchQuery, searchPage } from './pages/lists.js';
import { missionPage } from './pages/mission.js';
import { citedSymbols, readerPage } from './pages/reader.js';
import { UPLOAD_SCRIPT, uploadPage } from './pages/upload.js';
import { STYLESHEET } from './style.js';

type Query = Record<string, string | undefined>;

const todayIso = () => new Date().toISOString().slice(0, 10);

/** `?today=YYYY-MM-DD` lets a page be seen as of another day (and tested); default the real today. */
const todayOf = (query: Query) => optional(query.today, 'today', parseIsoDate) ?? todayIso();

/** An optional parameter checked as the CLI checks it. */
function optional<T>(value: string | undefined, name: string, parse: (value: string) => T): T | undefined {
  return value === undefined || value === '' ? undefined : checked(value, name, parse);
}

/** A parameter checked as the CLI checks it, the message naming the parameter. */
function checked<T>(value: string, name: string, parse: (value: string) => T): T {
  try {
    return parse(value);
  } catch (error) {
    throw error instanceof InputError ? new InputError(`${name}: ${error.message}`) : error;
  }
}

const html = (reply: FastifyReply, body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body);

export const webPages: FastifyPluginAsync<{ store: Store }> = async (app: FastifyInstance, { store }) => {
  const { db } = store;
  // Rendered mission pages, the home page and search results, kept until the store changes (the API's cache, one per plugin).
  const pages = new AnswerCache(store);

  // Errors of these routes answer as pages: the user's mistake in one line, anything else logged.
  app.setErrorHandler((error, request, reply) => {
    if (error instanceof InputError) return html(reply, messagePage('Cannot show this page', error.message), 400);
    request.log.error(error);
    return html(reply, messagePage('Something went wrong', 'The server failed to render this page; its log says why.'), 500);
  });

  app.get(ASSETS.css, async (_, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET));
  app.get(ASSETS.upload, async (_, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(UPLOAD_SCRIPT));

  app.get<{ Querystring: Query }>('/', async (request, reply) => {
    const today = todayOf(request.query);
    return html(reply, await pages.get(`home ${today}`, async () => {
      const missions = await missionOverviews(db, today);
      const recent = (await listDocuments(db)).sort((a, b) => b.ingestedAt.localeCompare(a.ingestedAt) || b.id - a.id).slice(0, 10);
      return homePage(missions, recent, today);
    }));
  });

  app.get('/documents', async (_, reply) => html(reply, documentsPage(await listDocuments(db))));

  const showReader = async (stored: StoredDocument | null, missing: string, reply: FastifyReply) => {
    if (!stored) return html(reply, messagePage('Not stored', `${missing} is not stored: upload it first.`, 'documents'), 404);
    return html(reply, readerPage(stored, { stored: await storedSymbols(db, citedSymbols(stored.document)) }));
  };
  const reader = async (symbol: string, query: Query, reply: FastifyReply) => {
    const version = optional(query.version, 'version', parsePositiveInteger);
    const language = optional(query.language, 'language', parseLanguage);
    return showReader(await storedDocument(db, symbol, { version, language }), `${symbol}${version ? ` version ${version}` : ''}`, reply);
  };
  // A document without a symbol (a press summary, an upload whose symbol was not recognised) is read by its stored id.
  app.get<{ Params: { id: string } }>('/documents/id/:id', async (request, reply) => {
    const id = checked(request.params.id, 'id', parsePositiveInteger);
    return showReader(await storedDocumentById(db, id), `document number ${id}`, reply);
  });
  // The symbol is one URL-encoded segment (S%2FRES%2F2364%20(2017)); typed with its slashes it is the rest of the path.
  app.get<{ Params: { symbol: string }; Querystring: Query }>('/documents/:symbol', async (request, reply) => reader(request.params.symbol, request.query, reply));
  app.get<{ Params: { '*': string }; Querystring: Query }>('/documents/*', async (request, reply) => reader(request.params['*'], request.query, reply));

  app.get<{ Querystring: Query }>('/search', async (request, reply) => {
    const { form, error } = parseSearchQuery(request.query);
    if (error || !form.q) return html(reply, searchPage(form, null, error));
    // The same question asks the store once until it changes: many readers search the same words.
    return html(reply, await pages.get(`search ${JSON.stringify(form)}`, async () => searchPage(form, await searchParagraphs(db, form.q, form), null)));
  });

  app.get<{ Params: { name: string }; Querystring: Query }>('/missions/:name', async (request, reply) => {
    const { name } = request.params;
    const today = todayOf(request.query);
    return html(reply, await pages.get(`mission ${name.toUpperCase()} ${today}`, async () => {
      const record = await missionRecord(db, name, today);
      const current = record.current ? await storedDocument(db, record.current.symbol) : null;
      const facts = current?.facts ?? null;
      // a rollover lists no tasks: those in force are the last ones listed
      const tasksFrom = record.current?.tasksFrom;
      const tasks = tasksFrom && tasksFrom !== record.current?.symbol ? (await storedDocument(db, tasksFrom))?.facts?.tasks : facts?.tasks;
      return missionPage({
        record,
        tasks: tasks ?? [],
        deployment: await latestDeployment(db, name, record, facts?.hostCountry?.name ?? null),
        votes: await resolutionVotes(db, record.resolutions.map((r) => r.symbol)),
      });
    }));
  });

  app.get<{ Querystring: Query }>('/compare', async (request, reply) => {
    const choice: CompareChoice = {
      a: (request.query.a ?? '').trim(),
      b: (request.query.b ?? '').trim(),
      av: optional(request.query.av, 'av', parsePositiveInteger),
      bv: optional(request.query.bv, 'bv', parsePositiveInteger),
    };
    const documents = await listDocuments(db);
    if (!choice.a || !choice.b) return html(reply, compareFormPage(choice, documents, null));
    const [left, right] = await Promise.all([
      storedDocument(db, choice.a, { version: choice.av }),
      storedDocument(db, choice.b, { version: choice.bv }),
    ]);
    const missing = [[choice.a, left], [choice.b, right]].filter(([, found]) => !found).map(([symbol]) => `"${symbol}"`);
    if (missing.length) return html(reply, compareFormPage(choice, documents, `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not stored.`), 404);
    return html(reply, comparisonPage(compareDocuments(left!.document, right!.document), choice, documents));
  });

  app.get('/upload', async (_, reply) => html(reply, uploadPage()));
};
