/**
 * JSON schemas of the API: Fastify validates requests and serialises responses with them, and @fastify/swagger
 * builds /api/openapi.json from the same objects, so the published contract is the one enforced.
 * The large nested structures (the document model, facts, comparisons) are described by their source file and
 * passed through whole (additionalProperties: true); what a client filters or pages on is spelled out.
 */
import { DOCUMENT_KINDS, LANGUAGES } from '../model.js';
import { MAX_ID } from '../store/queries.js';

const nullable = (type: string) => ({ type: [type, 'null'] });
const passthrough = (description: string) => ({ type: 'object', additionalProperties: true, description });

export const kind = { type: 'string', enum: [...DOCUMENT_KINDS], description: 'kind of document' } as const;
export const language = { type: 'string', enum: [...LANGUAGES], description: 'one of the six UN languages' } as const;
export const year = { type: 'integer', minimum: 1946, maximum: 2100, description: 'year of the document date' } as const;
export const isoDate = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a date as YYYY-MM-DD' } as const;

export const symbolParams = {
  type: 'object',
  required: ['symbol'],
  additionalProperties: false,
  properties: {
    symbol: { type: 'string', minLength: 1, maxLength: 100, description: 'document symbol, URL-encoded: S%2FRES%2F2364%20(2017)' },
  },
} as const;

export const idParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: {
    id: { type: 'integer', minimum: 1, maximum: MAX_ID, description: 'the id of a stored version, as the list of documents gives it' },
  },
} as const;

export const errorResponse = {
  $id: 'error',
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string', description: 'the HTTP status text' },
    message: { type: 'string', description: 'what was wrong, in one line' },
  },
} as const;

/** The error responses every route may give, by status. */
export function errors(...codes: number[]): Record<number, { $ref: string }> {
  return Object.fromEntries(codes.map((code) => [code, { $ref: 'error#' }]));
}

export const listedDocument = {
  type: 'object',
  required: ['id', 'symbol', 'kind', 'language', 'date', 'version', 'fileName', 'ingestedAt'],
  properties: {
    id: { type: 'integer' },
    symbol: nullable('string'),
    kind,
    language,
    date: nullable('string'),
    version: { type: 'integer', description: 'version of this symbol in this language, from 1' },
    fileName: { type: 'string', description: 'name of the file it was read from' },
    ingestedAt: { type: 'string' },
  },
} as const;

const linkView = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['draft-of', 'cites', 'answers-request-of', 'records-vote-of', 'summarises'] },
    symbol: nullable('string'),
    documentId: { ...nullable('integer'), description: 'id of the other stored version (GET /api/documents/id/{id}); null when the target is not stored' },
    stored: { type: 'boolean' },
    evidence: passthrough('what made the link: its rule, and the words or score that fired it'),
  },
} as const;

export const storedDocument = {
  type: 'object',
  properties: {
    ...listedDocument.properties,
    document: passthrough('the document model (src/model.ts, docs/model.md); its text is data, not HTML'),
    facts: { ...passthrough('mandate facts (src/facts/types.ts), for resolutions and drafts'), type: ['object', 'null'] },
    versions: {
      type: 'array',
      items: { type: 'object', properties: { version: { type: 'integer' }, sha256: { type: 'string' }, ingestedAt: { type: 'string' } } },
    },
    linksOut: { type: 'array', items: linkView },
    linksIn: { type: 'array', items: linkView },
  },
} as const;

export const documentList = {
  type: 'object',
  required: ['total', 'limit', 'offset', 'documents'],
  properties: {
    total: { type: 'integer', description: 'stored versions matching the filters' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    documents: { type: 'array', items: listedDocument },
  },
} as const;

export const facts = passthrough('mandate facts (src/facts/types.ts, docs/facts.md)');
export const comparison = passthrough('a comparison (src/compare/types.ts, docs/compare.md): verdict, summary, pairs, added, deleted, mandate');
export const vote = passthrough('a resolved vote (src/votes/types.ts): members with their positions, totals, flags');
export const annexTable = passthrough('a recovered annex table (src/tables): benchmarks or military and police strength, with the annex number and title');

const missionResolution = {
  type: 'object',
  properties: {
    symbol: { type: 'string' },
    date: nullable('string'),
    expires: nullable('string'),
    ceilings: { type: 'array', items: { type: 'object', properties: { component: { type: 'string' }, max: { type: 'integer' } } } },
    tasks: { type: 'integer' },
  },
} as const;

export const missionRecord = {
  type: 'object',
  properties: {
    mission: { type: 'object', properties: { name: nullable('string'), acronym: nullable('string') } },
    resolutions: { type: 'array', items: missionResolution },
    current: {
      type: ['object', 'null'],
      properties: {
        ...missionResolution.properties,
        ceilings: { type: 'array', items: { type: 'object', properties: { component: { type: 'string' }, max: { type: 'integer' }, setBy: { type: 'string' } } } },
        inForce: nullable('boolean'),
        tasksFrom: nullable('string'),
      },
    },
    calendar: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          resolution: { type: 'string' },
          paragraph: { type: 'string' },
          what: { type: 'string' },
          due: { type: 'string' },
          status: { type: 'string', enum: ['received', 'due', 'overdue'] },
          report: { type: 'object', properties: { symbol: nullable('string'), date: { type: 'string' } } },
        },
      },
    },
    today: { type: 'string' },
  },
} as const;

export const missionList = {
  type: 'object',
  properties: {
    missions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          mission: { type: 'string', description: 'the key to ask /api/missions/{name} with: acronym, else name, upper case' },
          name: nullable('string'),
          acronym: nullable('string'),
          resolutions: { type: 'integer' },
          first: nullable('string'),
          latest: nullable('string'),
        },
      },
    },
  },
} as const;

export const searchResult = {
  type: 'object',
  properties: {
    query: { type: 'string' },
    hits: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          documentId: { type: 'integer', description: 'id of the stored version (GET /api/documents/id/{id})' },
          symbol: nullable('string'),
          kind,
          language,
          date: nullable('string'),
          version: { type: 'integer' },
          paragraphId: { type: 'string' },
          num: { type: 'string' },
          snippet: { type: 'string', description: 'the matching words between ⟦ and ⟧; plain text, to be escaped before display' },
          rank: { type: 'number' },
        },
      },
    },
  },
} as const;

/** The upload form, for the OpenAPI: the files are read from the multipart stream, not validated as a body. */
export const uploadForm = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'array', items: { type: 'string', format: 'binary' }, description: 'one or more files (PDF, text, Akoma Ntoso XML), one part each' },
  },
} as const;

export const uploadResult = {
  type: 'object',
  properties: {
    ingested: { type: 'integer' },
    unchanged: { type: 'integer' },
    failed: { type: 'integer' },
    files: {
      type: 'array',
      items: {
        type: 'object',
        required: ['file', 'status'],
        properties: {
          file: { type: 'string' },
          status: { type: 'string', enum: ['ingested', 'unchanged', 'failed'] },
          id: { type: 'integer', description: 'id of the stored version (GET /api/documents/id/{id}): the way to it when no symbol was recognised' },
          symbol: nullable('string'),
          version: { type: 'integer' },
          reason: { type: 'string', description: 'why the file failed, in one line' },
        },
      },
    },
  },
} as const;

export const deleteResult = {
  type: 'object',
  properties: {
    deleted: {
      type: 'array',
      items: { type: 'object', properties: { id: { type: 'integer' }, symbol: nullable('string'), language, version: { type: 'integer' } } },
    },
  },
} as const;
