/** Reading stored documents: the list, one document with its versions and links, its facts, its vote, its annex tables. */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { pickAnnex } from '../../cli/commands/table.js';
import { InputError } from '../../errors.js';
import { exportAkn } from '../../export/akn.js';
import type { DocumentKind, Language } from '../../model.js';
import { documentText } from '../../store/paragraphs.js';
import { storedDocument, storedDocumentById, type StoredDocument } from '../../store/queries.js';
import { annexTableCsv, recoverAnnexTable } from '../../tables/index.js';
import { votesCsv } from '../../votes/csv.js';
import { parseVoteLists } from '../../votes/letter.js';
import { voteOfDocument } from '../../votes/record.js';
import type { ResolvedVote, VoteLetter } from '../../votes/types.js';
import { resolutionVotes } from '../../web/data.js';
import type { ApiContext } from '../cache.js';
import { listDocumentPage } from '../corpus.js';
import { notFound } from '../errors.js';
import * as schemas from '../schemas.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

const findQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    language: schemas.language,
    version: { type: 'integer', minimum: 1, description: 'a given stored version; default the latest' },
  },
} as const;

const formatQuery = (formats: string[]) => ({
  type: 'object',
  additionalProperties: false,
  properties: { ...findQuery.properties, format: { type: 'string', enum: formats, default: formats[0] } },
});

interface Find { language?: Language; version?: number }

/** The stored document the path names, or a 404 that says how to store it. */
export async function findDocument({ store, cache }: ApiContext, symbol: string, options: Find): Promise<StoredDocument> {
  const stored = await cache.get(`document ${symbol} ${options.language} ${options.version}`, () => storedDocument(store.db, symbol, options));
  if (!stored) throw notFound(`${symbol}${options.version ? ` version ${options.version}` : ''} is not stored: upload it first (POST /api/documents)`);
  return stored;
}

/** The stored version with this id (a document without a symbol is named so), or a 404. */
async function findDocumentById({ store, cache }: ApiContext, id: number): Promise<StoredDocument> {
  const stored = await cache.get(`document id ${id}`, () => storedDocumentById(store.db, id));
  if (!stored) throw notFound(`no stored document has the id ${id}: GET /api/documents lists the stored ones`);
  return stored;
}

/** A stored document as JSON, or as Akoma Ntoso XML, which bypasses the JSON serializer (the response schema describes the JSON form). */
function sendDocument(stored: StoredDocument, format: 'json' | 'akn', reply: FastifyReply) {
  if (format === 'akn') return reply.type('application/xml; charset=utf-8').send(exportAkn(stored.document));
  return stored;
}

/**
 * The vote a document records: its own adoption record; a letter's lists of members (read from its text, as
 * `mandate votes` reads a letter); for a resolution, the vote a stored letter or press summary gives (src/web/data.ts).
 */
async function voteOf(context: ApiContext, stored: StoredDocument): Promise<ResolvedVote | VoteLetter> {
  const doc = stored.document;
  if (doc.adoption?.votes || doc.adoption?.outcome) return voteOfDocument(doc);
  // a letter's lists of votes, or a meeting record's first (the vote on each resolution is at that resolution's votes)
  const [listed] = parseVoteLists(documentText(doc), doc.language, { symbol: stored.symbol });
  if (listed) return listed;
  const [recorded] = doc.kind === 'resolution' && stored.symbol ? await resolutionVotes(context.store.db, [stored.symbol]) : [];
  if (recorded?.vote) return recorded.vote;
  throw notFound(`${stored.symbol ?? 'the document'} records no vote, and no stored letter or press summary gives the vote on it`);
}

export async function documentRoutes(app: FastifyInstance, context: ApiContext): Promise<void> {
  app.get<{ Querystring: { kind?: DocumentKind; year?: number; mission?: string; language?: Language; limit: number; offset: number } }>('/documents', {
    schema: {
      summary: 'List stored document versions',
      tags: ['documents'],
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          kind: schemas.kind,
          year: schemas.year,
          mission: { type: 'string', minLength: 1, maxLength: 200, description: 'acronym or part of the name of a mission' },
          language: schemas.language,
          limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE },
          offset: { type: 'integer', minimum: 0, default: 0 },
        },
      },
      response: { 200: schemas.documentList, ...schemas.errors(400) },
    },
  }, async (request) => {
    const page = await context.cache.get(`list ${JSON.stringify(request.query)}`, () => listDocumentPage(context.store.db, request.query));
    return { ...page, limit: request.query.limit, offset: request.query.offset };
  });

  app.get<{ Params: { symbol: string }; Querystring: Find & { format: 'json' | 'akn' } }>('/documents/:symbol', {
    schema: {
      summary: 'One stored document: its model, versions, facts and links; ?format=akn for Akoma Ntoso XML',
      tags: ['documents'],
      params: schemas.symbolParams,
      querystring: formatQuery(['json', 'akn']),
      response: {
        200: { description: 'the stored document (JSON), or with format=akn its Akoma Ntoso XML (application/xml)', ...schemas.storedDocument },
        ...schemas.errors(400, 404),
      },
    },
  }, async (request, reply) => sendDocument(await findDocument(context, request.params.symbol, request.query), request.query.format, reply));

  app.get<{ Params: { id: number }; Querystring: { format: 'json' | 'akn' } }>('/documents/id/:id', {
    schema: {
      summary: 'One stored version by its id (the `id` of the list): the way to a document without a symbol, such as a press summary',
      tags: ['documents'],
      params: schemas.idParams,
      querystring: { type: 'object', additionalProperties: false, properties: { format: formatQuery(['json', 'akn']).properties.format } },
      response: {
        200: { description: 'the stored version (JSON), or with format=akn its Akoma Ntoso XML (application/xml)', ...schemas.storedDocument },
        ...schemas.errors(400, 404),
      },
    },
  }, async (request, reply) => sendDocument(await findDocumentById(context, request.params.id), request.query.format, reply));

  app.get<{ Params: { symbol: string }; Querystring: Find }>('/documents/:symbol/facts', {
    schema: {
      summary: 'Mandate facts of a stored resolution or draft',
      tags: ['documents'],
      params: schemas.symbolParams,
      querystring: findQuery,
      response: { 200: schemas.facts, ...schemas.errors(400, 404) },
    },
  }, async (request) => {
    const stored = await findDocument(context, request.params.symbol, request.query);
    if (!stored.facts) throw notFound(`${stored.symbol} is a ${stored.kind}: facts are kept for resolutions and drafts only`);
    return stored.facts;
  });

  app.get<{ Params: { symbol: string }; Querystring: Find & { format: 'json' | 'csv' } }>('/documents/:symbol/votes', {
    schema: {
      summary: 'How each Council member voted on a resolution (?format=csv: the UN Digital Library column layout)',
      tags: ['documents'],
      params: schemas.symbolParams,
      querystring: formatQuery(['json', 'csv']),
      response: { 200: schemas.vote, ...schemas.errors(400, 404) },
    },
  }, async (request, reply) => {
    const stored = await findDocument(context, request.params.symbol, request.query);
    const vote = await context.cache.get(`votes ${stored.id}`, () => voteOf(context, stored));
    if (request.query.format === 'csv') return reply.type('text/csv; charset=utf-8').send(votesCsv([vote]));
    return vote;
  });

  app.get<{ Params: { symbol: string; annex: string }; Querystring: Find & { format: 'json' | 'csv' } }>('/documents/:symbol/tables/:annex', {
    schema: {
      summary: 'The table of a report annex (benchmarks, military and police strength) as JSON or CSV',
      tags: ['documents'],
      params: {
        type: 'object',
        required: ['symbol', 'annex'],
        additionalProperties: false,
        properties: {
          ...schemas.symbolParams.properties,
          annex: { type: 'string', minLength: 1, maxLength: 10, description: 'the annex number as printed ("II") or its position ("2")' },
        },
      },
      querystring: formatQuery(['json', 'csv']),
      response: { 200: schemas.annexTable, ...schemas.errors(400, 404) },
    },
  }, async (request, reply) => {
    const stored = await findDocument(context, request.params.symbol, request.query);
    const annexes = (stored.document.annexes ?? []).map((annex) => ({ annex }));
    if (annexes.length === 0) throw notFound(`${stored.symbol} has no annexes`);
    let annex;
    try {
      ({ annex } = pickAnnex(annexes, request.params.annex));
    } catch (error) {
      if (error instanceof InputError) throw notFound(error.message);
      throw error;
    }
    // The stored model keeps the annex's cleaned lines, not the source's spacing: tables are recovered from those.
    const table = recoverAnnexTable(annex, stored.language);
    if (!table) throw notFound(`annex ${annex.num || request.params.annex} of ${stored.symbol} holds no benchmark or strength table`);
    if (request.query.format === 'csv') return reply.type('text/csv; charset=utf-8').send(annexTableCsv(table));
    return { annex: annex.num, title: annex.title ?? null, ...table };
  });
}
