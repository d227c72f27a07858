/**
 * Full-text search over stored paragraphs: PostgreSQL ranking (ts_rank_cd) and snippets (ts_headline),
 * each paragraph searched with its own language's configuration.
 */
import { sql, type SQL } from 'drizzle-orm';
import { InputError } from '../errors.js';
import { TEXT_SEARCH_CONFIG } from '../lang/search.js';
import { LANGUAGES, type DocumentKind, type Language } from '../model.js';
import { queryRows, type StoreDatabase } from './db.js';

export interface SearchOptions {
  kind?: DocumentKind;
  year?: number;
  /** mission acronym or part of its name: resolutions about it, and reports answering them */
  mission?: string;
  language?: Language;
  limit?: number;
}

export interface SearchHit {
  /** the stored version's id: the way to its reader when it has no symbol */
  documentId: number;
  symbol: string | null;
  kind: DocumentKind;
  language: Language;
  date: string | null;
  version: number;
  paragraphId: string;
  num: string;
  /** the matching words between SNIPPET_MARKS.open and SNIPPET_MARKS.close */
  snippet: string;
  rank: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;
/** Marks around the matching words of a snippet: brackets no UN text prints (French prints « »). */
export const SNIPPET_MARKS = { open: '⟦', close: '⟧' } as const;
const HEADLINE_OPTIONS = `StartSel=${SNIPPET_MARKS.open}, StopSel=${SNIPPET_MARKS.close}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** The paragraphs matching `query` (web-search syntax: words, "a phrase", -not, or), best first, latest versions only. */
export async function searchParagraphs(db: StoreDatabase, query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  if (query.trim() === '') throw new InputError('nothing to search for: give some words');
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new InputError(`--limit must be a positive whole number, not ${options.limit}`);

  // One condition per configuration, each with a constant tsquery, so that the GIN index serves every language.
  const configs = [...new Set((options.language ? [options.language] : LANGUAGES).map((l) => TEXT_SEARCH_CONFIG[l]))];
  const matches = sql.join(configs.map((config) =>
    sql`(p.ts_config = ${config}::regconfig AND p.search @@ websearch_to_tsquery(${config}::regconfig, ${query}))`), sql` OR `);
  const filters: SQL[] = [sql`(${matches})`];
  if (options.kind) filters.push(sql`d.kind = ${options.kind}`);
  if (options.language) filters.push(sql`d.language = ${options.language}`);
  if (options.year) filters.push(sql`extract(year from d.date) = ${options.year}`);
  if (options.mission) filters.push(missionFilter(options.mission));

  const rows = await queryRows<Record<string, unknown>>(db, sql`
    WITH hits AS (
      SELECT p.id, p.document_id, p.paragraph_id, p.num, p.text, p.ts_config,
             websearch_to_tsquery(p.ts_config, ${query}) AS query,
             ts_rank_cd(p.search, websearch_to_tsquery(p.ts_config, ${query})) AS rank
      FROM paragraphs p JOIN documents d ON d.id = p.document_id
      WHERE ${sql.join(filters, sql` AND `)}
        AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.symbol = d.symbol AND n.language = d.language AND n.version > d.version)
      ORDER BY rank DESC, p.id
      LIMIT ${limit})
    SELECT d.id AS document_id, d.symbol, d.kind, d.language, d.date::text AS date, d.version, h.paragraph_id, h.num, h.rank,
           ts_headline(h.ts_config, h.text, h.query, ${HEADLINE_OPTIONS}) AS snippet
    FROM hits h JOIN documents d ON d.id = h.document_id
    ORDER BY h.rank DESC, h.id`);
  return rows.map((row) => ({
    documentId: Number(row.document_id),
    symbol: row.symbol as string | null,
    kind: row.kind as DocumentKind,
    language: row.language as Language,
    date: row.date as string | null,
    version: Number(row.version),
    paragraphId: row.paragraph_id as string,
    num: row.num as string,
    snippet: String(row.snippet).replace(/\s+/g, ' ').trim(),
    rank: Number(row.rank),
  }));
}

/** Documents about a mission: its facts name the mission, or it answers the request of a resolution whose facts do. */
export function missionFilter(mission: string, document: SQL = sql.raw('d')): SQL {
  const key = mission.trim().toUpperCase();
  const about = (id: SQL) => sql`EXISTS (SELECT 1 FROM facts f WHERE f.document_id = ${id}
    AND (f.mission = ${key} OR upper(f.facts->'mission'->>'name') LIKE ${`%${key}%`}))`;
  return sql`(${about(sql`${document}.id`)} OR EXISTS (SELECT 1 FROM links l WHERE l.from_document = ${document}.id
    AND l.kind = 'answers-request-of' AND l.to_document IS NOT NULL AND ${about(sql`l.to_document`)}))`;
}
