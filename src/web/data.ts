/**
 * What the pages read from the store beyond src/store's own queries: which cited symbols are stored,
 * a mission's latest report with a strength table, the votes of its resolutions.
 */
import { inArray, sql, type SQL } from 'drizzle-orm';
import { InputError } from '../errors.js';
import type { Annex, UNDocument } from '../model.js';
import { queryRows, type StoreDatabase } from '../store/db.js';
import type { MissionRecord } from '../store/mission.js';
import { storedDocument, type StoredDocument } from '../store/queries.js';
import { documents } from '../store/schema.js';
import { documentText } from '../store/paragraphs.js';
import { missionFilter } from '../store/search.js';
import { deploymentReport, type DeploymentReport } from '../tables/deployment.js';
import { recoverAnnexTable, type StrengthTable } from '../tables/index.js';
import { parseVoteLists } from '../votes/letter.js';
import { statedVoteOfText, voteOfDocument } from '../votes/record.js';
import type { ResolvedVote } from '../votes/types.js';

/** The symbols among `symbols` that are stored, in any language or version. */
export async function storedSymbols(db: StoreDatabase, symbols: string[]): Promise<Set<string>> {
  const unique = [...new Set(symbols)];
  if (unique.length === 0) return new Set();
  const rows = await db.selectDistinct({ symbol: documents.symbol }).from(documents).where(inArray(documents.symbol, unique));
  return new Set(rows.map((r) => r.symbol).filter((s): s is string => s !== null));
}

/** How many reports about a mission are looked at for a strength table, newest first. */
const REPORTS_LOOKED_AT = 5;

export interface MissionDeployment {
  report: StoredDocument;
  annex: Annex;
  table: StrengthTable;
  /** the resolution whose ceilings the deployment is measured against: the last adopted by the report's date, else the first stored */
  ceilingsFrom: string | null;
  deployment: DeploymentReport;
}

const titleNames = (words: (string | null)[]): SQL => {
  const present = words.filter((w): w is string => Boolean(w));
  if (present.length === 0) return sql`false`;
  return sql`(${sql.join(present.map((w) => sql`d.document->>'title' ILIKE ${`%${w.replace(/[%_\\]/g, '\\$&')}%`}`), sql` OR `)})`;
};

/**
 * The latest stored report of the Secretary-General about the mission that annexes a strength table. Reports that
 * answer one of its resolutions or name the mission in their title come first; then those whose title names its
 * host country (a report "on the situation in Mali"), which may also be about another mission there.
 */
export async function latestDeployment(db: StoreDatabase, name: string, record: MissionRecord, hostCountry: string | null): Promise<MissionDeployment | null> {
  const aboutMission = sql`(${missionFilter(name)} OR ${titleNames([record.mission.acronym, record.mission.name])})`;
  const rows = await queryRows<{ symbol: string }>(db, sql`
    SELECT d.symbol FROM documents d
    WHERE d.kind = 'sg-report' AND d.symbol IS NOT NULL AND (${aboutMission} OR ${titleNames([hostCountry])})
    GROUP BY d.symbol ORDER BY bool_or(${aboutMission}) DESC, max(d.date) DESC NULLS LAST LIMIT ${REPORTS_LOOKED_AT}`);
  for (const { symbol } of rows) {
    const report = await storedDocument(db, symbol);
    if (!report) continue;
    for (const annex of report.document.annexes ?? []) {
      const table = recoverAnnexTable(annex, report.document.language);
      if (table?.kind !== 'strength') continue;
      const date = report.date ?? '';
      const inForce = [...record.resolutions].reverse().find((r) => r.date && r.date <= date && r.ceilings.length) ?? record.resolutions.find((r) => r.ceilings.length);
      const ceilings = inForce ? (await storedDocument(db, inForce.symbol))?.facts?.ceilings ?? [] : [];
      return { report, annex, table, ceilingsFrom: inForce?.symbol ?? null, deployment: deploymentReport(report.document, table, ceilings) };
    }
  }
  return null;
}

export interface ResolutionVote {
  symbol: string;
  vote: ResolvedVote | null;
  /** where the vote was read: the resolution's adoption record, or the document that records or reports it */
  from: string | null;
  /** the stored document that records or reports it, when another one: its reader, by symbol or by id */
  recordedIn?: { id: number; symbol: string | null };
}

/**
 * The vote on each resolution: its own adoption record, else a stored letter that records it, else a stored press
 * summary that says it was adopted unanimously.
 */
export async function resolutionVotes(db: StoreDatabase, symbols: string[]): Promise<ResolutionVote[]> {
  const votes: ResolutionVote[] = [];
  const readings: Readings = new Map();
  for (const symbol of symbols) {
    const stored = await storedDocument(db, symbol);
    if (!stored) continue;
    const own = recordedVote(stored.document);
    votes.push(own ? { symbol, vote: own, from: stored.document.adoption?.record ?? symbol } : await voteFromOtherDocuments(db, symbol, readings));
  }
  return votes;
}

/** The vote a document's own adoption record gives, or null when it has none. */
function recordedVote(doc: UNDocument): ResolvedVote | null {
  if (!doc.adoption?.votes && !doc.adoption?.outcome) return null;
  try {
    return voteOfDocument(doc);
  } catch (error) {
    if (error instanceof InputError) return null;
    throw error;
  }
}

/** Documents that record or report the vote on `symbol`: letters, press summaries (which may have no symbol of their own). */
async function voteRecorders(db: StoreDatabase, symbol: string): Promise<{ id: number; symbol: string | null; document: UNDocument }[]> {
  return queryRows(db, sql`
    SELECT d.id, d.symbol, d.document FROM links l JOIN documents d ON d.id = l.from_document
    WHERE l.to_symbol = ${symbol} AND l.kind IN ('records-vote-of', 'summarises')
      AND NOT EXISTS (SELECT 1 FROM documents n WHERE n.symbol = d.symbol AND n.language = d.language AND n.version > d.version)
    ORDER BY (l.kind = 'records-vote-of') DESC, d.date, d.id`);
}

/** A recording document's text and the votes it lists, read once however many of its resolutions are asked for, by id. */
type Readings = Map<number, { text: string; lists: ReturnType<typeof parseVoteLists> }>;

async function voteFromOtherDocuments(db: StoreDatabase, symbol: string, readings: Readings): Promise<ResolutionVote> {
  for (const other of await voteRecorders(db, symbol)) {
    const from = other.symbol ?? other.document.title ?? 'a press summary';
    const recordedIn = { id: Number(other.id), symbol: other.symbol };
    const annexed = other.document.annexes?.find((a) => a.document?.symbol === symbol)?.document;
    const recorded = annexed ? recordedVote(annexed) : null;
    if (recorded) return { symbol, vote: recorded, from, recordedIn };
    let reading = readings.get(recordedIn.id);
    if (!reading) {
      const text = documentText(other.document);
      readings.set(recordedIn.id, (reading = { text, lists: parseVoteLists(text, other.document.language, { symbol: other.symbol }) }));
    }
    const { text, lists } = reading;
    const listed = lists.find((v) => v.resolution === symbol);
    if (listed) return { symbol, vote: listed, from, recordedIn };
    const vote = statedVoteOfText(text, other.document.language, other.document.date);
    if (vote && (vote.resolution === null || vote.resolution === symbol)) return { symbol, vote: { ...vote, resolution: symbol }, from, recordedIn };
  }
  return { symbol, vote: null, from: null };
}
