/**
 * The corpus store: one schema for both drivers (embedded PGlite and PostgreSQL).
 * Migrations are generated from this file by drizzle-kit into ./migrations (see docs/store.md).
 */
import { sql } from 'drizzle-orm';
import type { SummaryCheck } from '../facts/summary.js';
import { customType, date, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { MandateFacts } from '../facts/types.js';
import type { DocumentKind, Language, SourceFormat, UNDocument } from '../model.js';

/** The text search configuration of a paragraph ('english', 'french', …): chosen by its document's language. */
const regconfig = customType<{ data: string; driverData: string }>({ dataType: () => 'regconfig' });
const tsvector = customType<{ data: string; driverData: string }>({ dataType: () => 'tsvector' });

export type LinkKind = 'draft-of' | 'cites' | 'answers-request-of' | 'records-vote-of' | 'summarises';

/** What made a link: the rule, and the score or the words that fired it; a summary's figures checked against its resolution. */
export type LinkEvidence =
  | { rule: 'akn-workflow' }
  | { rule: 'same-date-and-text'; similarity: number; days: number }
  | { rule: 'citation'; paragraph: string; span: [number, number]; text: string; figures?: SummaryCheck }
  | { rule: 'annexed-document' }
  /**
   * a list of votes (a letter, a meeting record) followed by the resolution it adopted, on the draft named before it;
   * `paragraph`, `span`, `text`: where the text last names that resolution
   */
  | { rule: 'vote-list'; draft: string | null; paragraph: string; span: [number, number]; text: string }
  | { rule: 'named-number'; paragraph: string; span: [number, number]; text: string; figures?: SummaryCheck };

/** One row per stored version: the same symbol and language with new content is a new version, never an overwrite. */
export const documents = pgTable(
  'documents',
  {
    id: serial('id').primaryKey(),
    symbol: text('symbol'),
    kind: text('kind').$type<DocumentKind>().notNull(),
    language: text('language').$type<Language>().notNull(),
    date: date('date', { mode: 'string' }),
    /** resolution number, for finding a resolution named by number only ("Resolution 2364") */
    number: integer('number'),
    sha256: text('sha256').notNull(),
    version: integer('version').notNull(),
    document: jsonb('document').$type<UNDocument>().notNull(),
    sourceFormat: text('source_format').$type<SourceFormat>().notNull(),
    fileName: text('file_name').notNull(),
    ingestedAt: timestamp('ingested_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('documents_sha256_key').on(t.sha256),
    uniqueIndex('documents_symbol_language_version_key').on(t.symbol, t.language, t.version),
    index('documents_kind_idx').on(t.kind),
    index('documents_date_idx').on(t.date),
    index('documents_number_idx').on(t.number),
  ],
);

/** Every paragraph of the text that search finds: preambular and operative paragraphs, their items, report paragraphs. */
export const paragraphs = pgTable(
  'paragraphs',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    /** the model's id: "pre3", "op20", "op20.a.ii", "p12" */
    paragraphId: text('paragraph_id').notNull(),
    /** the label as printed: "20", "(a)", "" for preambular paragraphs */
    num: text('num').notNull(),
    text: text('text').notNull(),
    page: integer('page'),
    tsConfig: regconfig('ts_config').notNull(),
    search: tsvector('search').notNull().generatedAlwaysAs(sql`to_tsvector(ts_config, text)`),
  },
  (t) => [
    index('paragraphs_document_idx').on(t.documentId),
    index('paragraphs_search_idx').using('gin', t.search),
  ],
);

/** What `extractFacts` read from a resolution or draft. */
export const facts = pgTable('facts', {
  documentId: integer('document_id').primaryKey().references(() => documents.id, { onDelete: 'cascade' }),
  facts: jsonb('facts').$type<MandateFacts>().notNull(),
  /** mission acronym or name, upper case, for `mandate mission NAME` */
  mission: text('mission'),
}, (t) => [index('facts_mission_idx').on(t.mission)]);

/** "FROM is KIND of TO": a draft is draft-of its resolution, a report answers-request-of the resolution that asked for it. */
export const links = pgTable(
  'links',
  {
    id: serial('id').primaryKey(),
    fromDocument: integer('from_document').notNull().references(() => documents.id, { onDelete: 'cascade' }),
    toSymbol: text('to_symbol').notNull(),
    /** the latest stored version of `to_symbol` (same language preferred), null until it is stored */
    toDocument: integer('to_document').references(() => documents.id, { onDelete: 'set null' }),
    kind: text('kind').$type<LinkKind>().notNull(),
    evidence: jsonb('evidence').$type<LinkEvidence>().notNull(),
  },
  (t) => [
    index('links_from_idx').on(t.fromDocument),
    index('links_to_symbol_idx').on(t.toSymbol),
    index('links_to_document_idx').on(t.toDocument),
  ],
);

export const schema = { documents, paragraphs, facts, links };
export type StoredDocument = typeof documents.$inferSelect;
export type StoredLink = typeof links.$inferSelect;
