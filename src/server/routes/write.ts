/**
 * Writing the corpus: uploading documents (multipart, one or several files) and deleting stored versions.
 * Uploads are read whole before anything is stored, so a refused request (too large, too many files) stores nothing;
 * each file is then stored in its own transaction, and one bad file never stops the others.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { InputError } from '../../errors.js';
import type { Language } from '../../model.js';
import { readDocument } from '../../read.js';
import { storageFault, type Store } from '../../store/db.js';
import { ingestDocument, type FileOutcome } from '../../store/ingest.js';
import type { ApiContext } from '../cache.js';
import { deleteDocumentById, deleteDocuments } from '../corpus.js';
import { HttpError, notFound } from '../errors.js';
import * as schemas from '../schemas.js';

export const DEFAULT_MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
/** Files per upload request: with the size limit, this bounds the memory one request can take. */
export const MAX_FILES_PER_UPLOAD = 16;

/** A file's outcome; a stored file carries its id, the way to it when no symbol was recognised. */
type UploadOutcome = FileOutcome & { id?: number };

/** One uploaded file → stored, unchanged, or failed with the one-line reason. The format is judged by content (src/extract). */
async function ingestUpload(store: Store, file: string, bytes: Uint8Array): Promise<UploadOutcome> {
  try {
    const result = await ingestDocument(store.db, await readDocument(bytes), file);
    return { file, status: result.status, id: result.id, symbol: result.symbol, version: result.version };
  } catch (error) {
    // A full disk or read-only store is the server's fault, not the file's: the request fails as a whole.
    const fault = error instanceof InputError ? null : storageFault(error, `cannot store ${file}`);
    if (fault) throw new HttpError(507, fault.message);
    if (!(error instanceof InputError)) throw error;
    return { file, status: 'failed', reason: error.message };
  }
}

/** The name a client gave a file, without any directory part: it is only a label, never a path. */
const fileLabel = (name: string | undefined, index: number) => (name?.split(/[\\/]/).pop() || `file ${index + 1}`);

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${bytes} bytes` : `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`);

/** The uploaded files, read whole; the multipart limits become 413s that say which limit. */
async function readUploads(request: FastifyRequest, maxUploadBytes: number): Promise<{ file: string; bytes: Uint8Array }[]> {
  const uploads: { file: string; bytes: Uint8Array }[] = [];
  let current = '';
  try {
    for await (const part of request.files()) {
      current = fileLabel(part.filename, uploads.length);
      const bytes = await part.toBuffer();
      uploads.push({ file: current, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new HttpError(413, `${current} is too large: the limit is ${sizeText(maxUploadBytes)} per file; nothing was stored`);
    if (code === 'FST_FILES_LIMIT') throw new HttpError(413, `too many files: at most ${MAX_FILES_PER_UPLOAD} per upload; nothing was stored`);
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') throw new HttpError(400, 'send only files in the upload, no other form fields');
    throw error;
  }
  return uploads;
}

export async function writeRoutes(app: FastifyInstance, { store, maxUploadBytes }: ApiContext & { maxUploadBytes: number }): Promise<void> {
  app.post('/documents', {
    // The files are streamed by @fastify/multipart, not validated as a body: the form is described for the OpenAPI only.
    config: { swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, body: schemas.uploadForm }, url }) },
    schema: {
      summary: 'Upload documents (multipart/form-data, one or several files): each is ingested, unchanged, or failed with its reason',
      description: `PDF, plain text and Akoma Ntoso XML, told apart by content. At most ${MAX_FILES_PER_UPLOAD} files; `
        + 'a file above the size limit refuses the whole request with 413 and stores nothing.',
      tags: ['documents'],
      consumes: ['multipart/form-data'],
      security: [{ bearer: [] }],
      response: { 200: schemas.uploadResult, ...schemas.errors(400, 401, 403, 413, 415, 507) },
    },
  }, async (request) => {
    if (!request.isMultipart()) throw new HttpError(415, 'upload documents as multipart/form-data, one file per part');
    const uploads = await readUploads(request, maxUploadBytes);
    if (uploads.length === 0) throw new HttpError(400, 'no file in the upload: send one or more files as multipart/form-data');
    const files: UploadOutcome[] = [];
    for (const { file, bytes } of uploads) files.push(await ingestUpload(store, file, bytes));
    const count = (status: FileOutcome['status']) => files.filter((f) => f.status === status).length;
    return { ingested: count('ingested'), unchanged: count('unchanged'), failed: count('failed'), files };
  });

  app.delete<{ Params: { symbol: string }; Querystring: { version?: number; language?: Language } }>('/documents/:symbol', {
    schema: {
      summary: 'Delete a stored version (?version=N, in ?language=, default English) or every version of a symbol',
      tags: ['documents'],
      security: [{ bearer: [] }],
      params: schemas.symbolParams,
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: {
          version: { type: 'integer', minimum: 1, description: 'only this version; default every version' },
          language: schemas.language,
        },
      },
      response: { 200: schemas.deleteResult, ...schemas.errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    const deleted = await deleteDocuments(store.db, request.params.symbol, request.query);
    if (deleted.length === 0) {
      const which = [request.query.version && `version ${request.query.version}`, request.query.language].filter(Boolean).join(' in ');
      throw notFound(`${request.params.symbol}${which ? ` ${which}` : ''} is not stored`);
    }
    return { deleted };
  });

  app.delete<{ Params: { id: number } }>('/documents/id/:id', {
    schema: {
      summary: 'Delete the stored version with this id: the way to delete a document without a symbol',
      tags: ['documents'],
      security: [{ bearer: [] }],
      params: schemas.idParams,
      querystring: { type: 'object', additionalProperties: false, properties: {} },
      response: { 200: schemas.deleteResult, ...schemas.errors(400, 401, 403, 404) },
    },
  }, async (request) => {
    const deleted = await deleteDocumentById(store.db, request.params.id);
    if (deleted.length === 0) throw notFound(`no stored document has the id ${request.params.id}`);
    return { deleted };
  });
}
