/**
 * The store queries the API needs beyond those of src/store: a filtered, paged listing, and deleting a stored version (or every version of a symbol) in one transaction.
 */
import { and, asc, count, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { DocumentKind, Language } from '../model.js';
import { normalizeSymbol } from '../recognize/symbols.js';
import type { StoreDatabase } from '../store/db.js';
import { resolveTargets } from '../store/links.js';
import { MAX_ID, type ListedDocument } from '../store/queries.js';
import { missionFilter } from '../store/search.js';
import { documents } from '../store/schema.js';

export interface ListFilters {
  kind?: DocumentKind;
  year?: number;
  mission?: string;
  language?: Language;
  limit: number;
  offset: number;
}

/** A page of stored versions, ordered as `listDocuments` orders them, with the count of all that match. */
export async function listDocumentPage(db: StoreDatabase, filters: ListFilters): Promise<{ total: number; documents: ListedDocument[] }> {
  const conditions: SQL[] = [];
  if (filters.kind) conditions.push(eq(documents.kind, filters.kind));
  if (filters.language) conditions.push(eq(documents.language, filters.language));
  if (filters.year) conditions.push(sql`extract(year from ${documents.date}) = ${filters.year}`);
  if (filters.mission) conditions.push(missionFilter(filters.mission, sql.raw('"documents"')));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [{ total }] = await db.select({ total: count() }).from(documents).where(where);
  const rows = await db.select({
    id: documents.id, symbol: documents.symbol, kind: documents.kind, language: documents.language, date: documents.date,
    version: documents.version, fileName: documents.fileName, ingestedAt: documents.ingestedAt,
  }).from(documents).where(where)
    .orderBy(asc(documents.date), asc(documents.symbol), asc(documents.language), asc(documents.version))
    .limit(filters.limit).offset(filters.offset);
  return { total: Number(total), documents: rows };
}

export interface DeletedVersion {
  id: number;
  symbol: string | null;
  language: Language;
  version: number;
}

/**
 * Deletes the stored versions of a symbol: one version (in one language, English preferred as everywhere), or every
 * version in every language (in one language when given). Paragraphs, facts and outgoing links go with them (foreign keys cascade); links that
 * pointed at a deleted version are pointed at the version that remains, all in one transaction.
 */
export async function deleteDocuments(db: StoreDatabase, symbol: string, which: { version?: number; language?: Language }): Promise<DeletedVersion[]> {
  const normal = normalizeSymbol(symbol) ?? symbol.trim();
  return db.transaction(async (tx) => {
    const stored = await tx.select({ id: documents.id, symbol: documents.symbol, language: documents.language, version: documents.version })
      .from(documents)
      .where(and(eq(documents.symbol, normal), which.language ? eq(documents.language, which.language) : undefined))
      .orderBy(asc(documents.language), asc(documents.version));
    return deleteVersions(tx, which.version === undefined ? stored : pickVersion(stored, which.version, which.language));
  });
}

/** Deletes the stored version with this id (the one way to name a version without a symbol), as `deleteDocuments` deletes. */
export async function deleteDocumentById(db: StoreDatabase, id: number): Promise<DeletedVersion[]> {
  if (id > MAX_ID) return [];
  return db.transaction(async (tx) => {
    const stored = await tx.select({ id: documents.id, symbol: documents.symbol, language: documents.language, version: documents.version })
      .from(documents).where(eq(documents.id, id));
    return deleteVersions(tx, stored);
  });
}

/** Deletes the versions, then points the links that named their symbols at the versions that remain. */
async function deleteVersions(tx: StoreDatabase, chosen: DeletedVersion[]): Promise<DeletedVersion[]> {
  if (chosen.length === 0) return [];
  await tx.delete(documents).where(inArray(documents.id, chosen.map((row) => row.id)));
  for (const symbol of new Set(chosen.map((row) => row.symbol))) if (symbol) await resolveTargets(tx, { toSymbol: symbol });
  return chosen;
}

/** One version: in the language asked for, else English, else the first language stored. */
function pickVersion<T extends { language: Language; version: number }>(stored: T[], version: number, language?: Language): T[] {
  const inLanguage = language ?? (stored.some((row) => row.language === 'en') ? 'en' : stored[0]?.language);
  return stored.filter((row) => row.language === inLanguage && row.version === version);
}
