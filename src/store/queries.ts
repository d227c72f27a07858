/** Reading the store back: the list of documents, one stored document with its links, its facts. */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { MandateFacts } from '../facts/types.js';
import type { DocumentKind, Language, UNDocument } from '../model.js';
import { normalizeSymbol } from '../recognize/symbols.js';
import type { StoreDatabase } from './db.js';
import { documents, facts, links, type LinkEvidence, type LinkKind } from './schema.js';

export interface ListedDocument {
  id: number;
  symbol: string | null;
  kind: DocumentKind;
  language: Language;
  date: string | null;
  version: number;
  fileName: string;
  ingestedAt: string;
}

/** Every stored version, by date then symbol, language and version. */
export async function listDocuments(db: StoreDatabase, options: { kind?: DocumentKind } = {}): Promise<ListedDocument[]> {
  return db.select({
    id: documents.id, symbol: documents.symbol, kind: documents.kind, language: documents.language, date: documents.date,
    version: documents.version, fileName: documents.fileName, ingestedAt: documents.ingestedAt,
  }).from(documents)
    .where(options.kind ? eq(documents.kind, options.kind) : undefined)
    .orderBy(asc(documents.date), asc(documents.symbol), asc(documents.language), asc(documents.version));
}

export interface LinkView {
  kind: LinkKind;
  /** the other document's symbol: the target of an outgoing link, the source of an incoming one */
  symbol: string | null;
  /** the other document's stored id (the latest version of a link's target), null when the target is not stored */
  documentId: number | null;
  stored: boolean;
  evidence: LinkEvidence;
}

export interface StoredDocument extends ListedDocument {
  document: UNDocument;
  facts: MandateFacts | null;
  /** every stored version of this symbol in this language, oldest first */
  versions: { version: number; sha256: string; ingestedAt: string }[];
  linksOut: LinkView[];
  linksIn: LinkView[];
}

export interface FindOptions {
  /** preferred language; default English, then any */
  language?: Language;
  /** a given version; default the latest */
  version?: number;
}

/**
 * A stored document by symbol (written any common way: "S/RES/2364(2017)", "s/2017/558"), or null when not stored:
 * the latest version in the preferred language, with its facts and its links both ways.
 */
export async function storedDocument(db: StoreDatabase, symbol: string, options: FindOptions = {}): Promise<StoredDocument | null> {
  const normal = normalizeSymbol(symbol) ?? symbol.trim();
  const preferred = options.language ?? 'en';
  const [row] = await db.select().from(documents)
    .where(and(eq(documents.symbol, normal), options.version ? eq(documents.version, options.version) : undefined))
    .orderBy(desc(sql`${documents.language} = ${preferred}`), desc(documents.version))
    .limit(1);
  return row ? withFactsAndLinks(db, row) : null;
}

/** The largest id a stored version can have (a PostgreSQL serial); a larger one names nothing stored. */
export const MAX_ID = 2_147_483_647;

/** A stored version by its id, the one way to name a document without a symbol (a press summary), or null. */
export async function storedDocumentById(db: StoreDatabase, id: number): Promise<StoredDocument | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > MAX_ID) return null;
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row ? withFactsAndLinks(db, row) : null;
}

/** A stored row with its facts, its sibling versions and its links both ways; a document without a symbol has no siblings and nothing links to it. */
async function withFactsAndLinks(db: StoreDatabase, row: typeof documents.$inferSelect): Promise<StoredDocument> {
  const { symbol } = row;
  const [stored] = await db.select({ facts: facts.facts }).from(facts).where(eq(facts.documentId, row.id));
  const versions = symbol
    ? await db.select({ version: documents.version, sha256: documents.sha256, ingestedAt: documents.ingestedAt }).from(documents)
      .where(and(eq(documents.symbol, symbol), eq(documents.language, row.language))).orderBy(asc(documents.version))
    : [{ version: row.version, sha256: row.sha256, ingestedAt: row.ingestedAt }];
  const source = alias(documents, 'source');
  const linksOut = await db.select({ kind: links.kind, symbol: links.toSymbol, documentId: links.toDocument, evidence: links.evidence })
    .from(links).where(eq(links.fromDocument, row.id)).orderBy(asc(links.id));
  const linksIn = symbol
    ? await db.select({ kind: links.kind, symbol: source.symbol, documentId: source.id, evidence: links.evidence })
      .from(links).innerJoin(source, eq(source.id, links.fromDocument))
      .where(eq(links.toSymbol, symbol)).orderBy(asc(source.date), asc(links.id))
    : [];
  const { document, sha256: _sha, number: _number, sourceFormat: _format, ...listed } = row;
  return {
    ...listed,
    document,
    facts: stored?.facts ?? null,
    versions,
    linksOut: linksOut.map((link) => ({ ...link, stored: link.documentId !== null })),
    linksIn: linksIn.map((link) => ({ ...link, stored: true })),
  };
}
