/**
 * Ingest: files → documents in the store, each document in its own transaction.
 * The sha256 of the input bytes makes a re-ingest a no-op; the same symbol and language with new content is a new version.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from '../errors.js';
import { readInputFile, sha256 } from '../extract/index.js';
import { extractFacts } from '../facts/index.js';
import { TEXT_SEARCH_CONFIG } from '../lang/search.js';
import type { UNDocument } from '../model.js';
import { readDocument } from '../read.js';
import { rootCause, storageFault, type StoreDatabase } from './db.js';
import { updateLinks } from './links.js';
import { textUnits } from './paragraphs.js';
import { documents, facts, paragraphs } from './schema.js';

export type IngestStatus = 'ingested' | 'unchanged';

export interface IngestResult {
  status: IngestStatus;
  id: number;
  symbol: string | null;
  version: number;
}

/** Paragraph rows per INSERT: large enough to be fast, small enough for PostgreSQL's limit on bound parameters. */
const PARAGRAPH_BATCH = 500;
const UNIQUE_VIOLATION = '23505';

async function storedBySha(db: StoreDatabase, hash: string): Promise<IngestResult | null> {
  const [row] = await db.select({ id: documents.id, symbol: documents.symbol, version: documents.version }).from(documents).where(eq(documents.sha256, hash));
  return row ? { status: 'unchanged', ...row } : null;
}

/** The mission a resolution's facts are about, as `mandate mission NAME` looks it up: acronym, else name, upper case. */
function missionKey(mandate: ReturnType<typeof extractFacts>): string | null {
  const mission = mandate.mission?.acronym ?? mandate.mission?.name;
  return mission ? mission.toUpperCase() : null;
}

/** Stores one document (a new version if its symbol is stored with other content) with its paragraphs, facts and links. */
export async function ingestDocument(db: StoreDatabase, doc: UNDocument, fileName: string): Promise<IngestResult> {
  try {
    return await db.transaction(async (tx) => {
      const stored = await storedBySha(tx, doc.source.sha256);
      if (stored) return stored;
      const [{ version }] = await tx.select({ version: sql<number>`coalesce(max(${documents.version}), 0)::int + 1` }).from(documents)
        .where(and(doc.symbol ? eq(documents.symbol, doc.symbol) : sql`false`, eq(documents.language, doc.language)));
      const [{ id }] = await tx.insert(documents).values({
        symbol: doc.symbol,
        kind: doc.kind,
        language: doc.language,
        date: doc.date,
        number: doc.number ?? null,
        sha256: doc.source.sha256,
        version,
        document: doc,
        sourceFormat: doc.source.format,
        fileName,
      }).returning({ id: documents.id });

      const tsConfig = TEXT_SEARCH_CONFIG[doc.language];
      const rows = textUnits(doc).map(({ paragraphId, num, text, page }) => ({ documentId: id, paragraphId, num, text, page, tsConfig }));
      for (let i = 0; i < rows.length; i += PARAGRAPH_BATCH) await tx.insert(paragraphs).values(rows.slice(i, i + PARAGRAPH_BATCH));

      if (doc.kind === 'resolution' || doc.kind === 'draft-resolution') {
        const mandate = extractFacts(doc);
        await tx.insert(facts).values({ documentId: id, facts: mandate, mission: missionKey(mandate) });
      }
      await updateLinks(tx, id, doc);
      return { status: 'ingested' as const, id, symbol: doc.symbol, version };
    });
  } catch (error) {
    // Another process stored the same bytes first: the document is there, unchanged.
    if ((rootCause(error) as { code?: string }).code === UNIQUE_VIOLATION) {
      const stored = await storedBySha(db, doc.source.sha256);
      if (stored) return stored;
    }
    throw error;
  }
}

/** Files named by the arguments: files as given, folders walked recursively (hidden files left out), globs expanded. */
export async function expandPaths(args: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const arg of args) {
    let info: ReturnType<typeof statSync> | undefined;
    try {
      info = statSync(arg);
    } catch {
      info = undefined;
    }
    const found = info?.isDirectory()
      ? await glob('**/*', { cwd: arg, absolute: true, onlyFiles: true })
      : info
        ? [resolve(arg)]
        : isDynamicPattern(arg)
          ? await glob(arg, { absolute: true, onlyFiles: true })
          : [];
    if (found.length === 0) missing.push(arg);
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort(), missing };
}

export type FileOutcome = { file: string } & ({ status: IngestStatus; symbol: string | null; version: number } | { status: 'failed'; reason: string });

export interface IngestSummary {
  outcomes: FileOutcome[];
  ingested: number;
  unchanged: number;
  failed: number;
}

/**
 * Reads and stores each file; one bad file never stops the rest (its one-line reason is kept),
 * but a full disk or a read-only store stops the ingest with one message.
 */
export async function ingestFiles(db: StoreDatabase, files: string[], onFile?: (outcome: FileOutcome) => void): Promise<IngestSummary> {
  const outcomes: FileOutcome[] = [];
  for (const path of files) {
    const file = relative(process.cwd(), path) || path;
    let outcome: FileOutcome;
    try {
      const bytes = await readInputFile(path);
      const known = await storedBySha(db, sha256(bytes));
      const result = known ?? (await ingestDocument(db, await readDocument(bytes), file));
      outcome = { file, status: result.status, symbol: result.symbol, version: result.version };
    } catch (error) {
      // A storage fault meets every following file too: stop with one message rather than fail each file.
      const fault = error instanceof InputError ? null : storageFault(error, `cannot store ${file}`);
      if (fault) throw fault;
      const cause = rootCause(error);
      const message = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
      outcome = { file, status: 'failed', reason: error instanceof InputError ? message : `internal error: ${message}` };
    }
    outcomes.push(outcome);
    onFile?.(outcome);
  }
  const count = (status: FileOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  return { outcomes, ingested: count('ingested'), unchanged: count('unchanged'), failed: count('failed') };
}
