/** Questions across the corpus: missions and their records, full-text search, the comparison of two documents. */
import type { FastifyInstance } from 'fastify';
import { compareDocuments } from '../../compare/index.js';
import { InputError } from '../../errors.js';
import type { DocumentKind, Language } from '../../model.js';
import { parseIsoDate } from '../../store/cli-options.js';
import { missionRecord } from '../../store/mission.js';
import { DEFAULT_SEARCH_LIMIT, searchParagraphs } from '../../store/search.js';
import type { ApiContext } from '../cache.js';
import { listMissions } from '../../store/mission.js';
import { notFound } from '../errors.js';
import * as schemas from '../schemas.js';
import { findDocument } from './documents.js';

export const MAX_SEARCH_LIMIT = 200;

const today = () => new Date().toISOString().slice(0, 10);

export async function catalogRoutes(app: FastifyInstance, context: ApiContext): Promise<void> {
  const { store, cache } = context;
  app.get('/missions', {
    schema: {
      summary: 'Missions named by the stored resolutions',
      tags: ['missions'],
      response: { 200: schemas.missionList },
    },
  }, async () => ({ missions: await cache.get('missions', () => listMissions(store.db)) }));

  app.get<{ Params: { name: string }; Querystring: { today?: string } }>('/missions/:name', {
    schema: {
      summary: "A mission's timeline of resolutions, current mandate and reporting calendar (received, due, overdue)",
      tags: ['missions'],
      params: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: { name: { type: 'string', minLength: 1, maxLength: 200, description: 'acronym or name of the mission ("MINUSMA")' } },
      },
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { today: { ...schemas.isoDate, description: 'count due and overdue reports as of this date (default: today)' } },
      },
      response: { 200: schemas.missionRecord, ...schemas.errors(400, 404) },
    },
  }, async (request) => {
    const asOf = request.query.today === undefined ? today() : parseIsoDate(request.query.today);
    try {
      const name = request.params.name.trim().toUpperCase();
      return await cache.get(`mission ${name} ${asOf}`, () => missionRecord(store.db, name, asOf));
    } catch (error) {
      // The name is validated as non-empty: the store's one refusal left is that no resolution names the mission.
      if (error instanceof InputError) throw notFound(error.message.replace(/: ingest .*$/, ': upload its resolutions first'));
      throw error;
    }
  });

  app.get<{ Querystring: { q: string; kind?: DocumentKind; year?: number; mission?: string; language?: Language; limit: number } }>('/search', {
    schema: {
      summary: 'Full-text search of stored paragraphs, best first, with snippets',
      tags: ['search'],
      querystring: {
        type: 'object',
        required: ['q'],
        additionalProperties: false,
        properties: {
          q: { type: 'string', minLength: 1, maxLength: 500, pattern: '\\S', description: 'words, "a phrase", -not, or' },
          kind: schemas.kind,
          year: schemas.year,
          mission: { type: 'string', minLength: 1, maxLength: 200 },
          language: schemas.language,
          limit: { type: 'integer', minimum: 1, maximum: MAX_SEARCH_LIMIT, default: DEFAULT_SEARCH_LIMIT },
        },
      },
      response: { 200: schemas.searchResult, ...schemas.errors(400) },
    },
  }, async (request) => {
    const { q, ...options } = request.query;
    return { query: q, hits: await cache.get(`search ${JSON.stringify(request.query)}`, () => searchParagraphs(store.db, q, options)) };
  });

  app.get<{ Querystring: { a: string; b: string } }>('/compare', {
    schema: {
      summary: 'Compare two stored documents: a draft and the adopted text, a mandate and its renewal',
      tags: ['compare'],
      querystring: {
        type: 'object',
        required: ['a', 'b'],
        additionalProperties: false,
        properties: {
          a: { ...schemas.symbolParams.properties.symbol, description: 'symbol of the earlier document' },
          b: { ...schemas.symbolParams.properties.symbol, description: 'symbol of the later document' },
        },
      },
      response: { 200: schemas.comparison, ...schemas.errors(400, 404) },
    },
  }, async (request) => {
    const [left, right] = await Promise.all([findDocument(context, request.query.a, {}), findDocument(context, request.query.b, {})]);
    return cache.get(`compare ${left.id} ${right.id}`, async () => compareDocuments(left.document, right.document));
  });
}
