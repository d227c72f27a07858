/**
 * Links between stored documents, each with the evidence that made it.
 * A document's outgoing links are recomputed when it is ingested, and when a counterpart arrives
 * (a resolution arriving recomputes the draft-of links of the drafts around its date).
 */
import { and, desc, eq, gte, inArray, lte, or, sql } from 'drizzle-orm';
import { checkSummary } from '../facts/summary.js';
import { RESOLUTION_NUMBER } from '../lang/search.js';
import type { UNDocument } from '../model.js';
import { findSymbols, resolutionSymbol } from '../recognize/symbols.js';
import type { StoreDatabase } from './db.js';
import { documentText, firstBodyParagraph, textUnits } from './paragraphs.js';
import { documents, facts, links, type LinkEvidence, type LinkKind } from './schema.js';
import { parseVoteLists } from '../votes/letter.js';
import { operativeText, textSimilarity } from './similarity.js';

export interface LinkCandidate {
  kind: LinkKind;
  toSymbol: string;
  evidence: LinkEvidence;
}

/** A draft and a resolution this many days apart can still be the same text adopted. */
export const DRAFT_WINDOW_DAYS = 3;
/** Operative texts at least this similar (word 5-gram Jaccard) are one text, edited at most in a few words. */
export const DRAFT_SIMILARITY = 0.8;

const isResolutionSymbol = (symbol: string) => symbol.startsWith('S/RES/');

/** Every document a resolution or draft cites, once, with the first paragraph citing it. */
export function citationLinks(doc: UNDocument): LinkCandidate[] {
  const seen = new Set<string>(doc.symbol ? [doc.symbol] : []);
  const found: LinkCandidate[] = [];
  for (const unit of textUnits(doc)) {
    for (const { symbol, span } of findSymbols(unit.text)) {
      if (seen.has(symbol)) continue;
      seen.add(symbol);
      found.push({ kind: 'cites', toSymbol: symbol, evidence: { rule: 'citation', paragraph: unit.paragraphId, span, text: unit.text.slice(span[0], span[1]) } });
    }
  }
  return found;
}

/** A report answers the request of the first resolution its first paragraph cites ("By its resolution 2295 (2016), …"). */
export function requestLink(doc: UNDocument): LinkCandidate | null {
  const first = firstBodyParagraph(doc);
  if (!first) return null;
  const cited = findSymbols(first.text).find((s) => isResolutionSymbol(s.symbol));
  if (!cited) return null;
  return { kind: 'answers-request-of', toSymbol: cited.symbol, evidence: { rule: 'citation', paragraph: first.id, span: cited.span, text: first.text.slice(cited.span[0], cited.span[1]) } };
}

/**
 * A letter or a meeting record records the vote on a resolution when it carries the resolution as an annex, when it
 * lists the votes on a draft followed by the resolution adopted (a meeting record may hold several), or when it
 * carries a vote record and names the resolution: the last one named, since the outcome ("… became resolution
 * 2531 (2020)") follows the votes.
 */
export function voteLinks(doc: UNDocument): LinkCandidate[] {
  const annexed = doc.annexes?.find((annex) => annex.document?.kind === 'resolution' && annex.document.symbol)?.document;
  if (annexed?.symbol) return [{ kind: 'records-vote-of', toSymbol: annexed.symbol, evidence: { rule: 'annexed-document' } }];
  const adopted = new Map<string, string | null>();
  for (const vote of parseVoteLists(documentText(doc), doc.language, { symbol: doc.symbol })) if (vote.resolution) adopted.set(vote.resolution, vote.draft);
  // Most documents sent here have neither lists nor a vote record: their symbols are read only when needed.
  if (adopted.size === 0 && !doc.adoption?.votes) return [];
  const named = textUnits(doc).flatMap((unit) => findSymbols(unit.text).filter((s) => isResolutionSymbol(s.symbol)).map((s) => ({ unit, ...s })));
  // where the text names a resolution last: the outcome ("… adopted as resolution 2584 (2021)") follows the votes
  const lastNaming = (symbol: string) => {
    const last = named.filter((n) => n.symbol === symbol).at(-1);
    return last && { paragraph: last.unit.paragraphId, span: last.span, text: last.unit.text.slice(last.span[0], last.span[1]) };
  };
  const listed = [...adopted].flatMap(([toSymbol, draft]): LinkCandidate[] => {
    const naming = lastNaming(toSymbol);
    return naming ? [{ kind: 'records-vote-of', toSymbol, evidence: { rule: 'vote-list', draft, ...naming } }] : [];
  });
  if (listed.length || !doc.adoption?.votes) return listed;
  const last = named.at(-1);
  if (!last) return [];
  return [{ kind: 'records-vote-of', toSymbol: last.symbol, evidence: { rule: 'citation', ...lastNaming(last.symbol)! } }];
}

/**
 * The resolution a press summary reports: the first full symbol it names, else the first "Resolution N",
 * whose year is that of a stored resolution N, else the summary's own year (summaries follow adoption within days).
 */
export async function summaryLink(db: StoreDatabase, doc: UNDocument): Promise<LinkCandidate | null> {
  const link = await summarisedResolution(db, doc);
  // the figures are checked where the summary names the resolution, by its symbol or by its number
  if (!link || (link.evidence.rule !== 'citation' && link.evidence.rule !== 'named-number')) return link;
  // The summary's figures (expiry, ceilings) checked against the resolution, when its facts are stored.
  const [stored] = await db.select({ facts: facts.facts }).from(facts).innerJoin(documents, eq(documents.id, facts.documentId))
    .where(eq(documents.symbol, link.toSymbol)).orderBy(desc(eq(documents.language, doc.language)), desc(documents.version)).limit(1);
  return stored ? { ...link, evidence: { ...link.evidence, figures: checkSummary(doc, stored.facts) } } : link;
}

async function summarisedResolution(db: StoreDatabase, doc: UNDocument): Promise<LinkCandidate | null> {
  for (const unit of textUnits(doc)) {
    const cited = findSymbols(unit.text).find((s) => isResolutionSymbol(s.symbol));
    if (cited) return { kind: 'summarises', toSymbol: cited.symbol, evidence: { rule: 'citation', paragraph: unit.paragraphId, span: cited.span, text: unit.text.slice(cited.span[0], cited.span[1]) } };
  }
  const titleAndText = [...(doc.title ? [{ paragraphId: 'title', text: doc.title }] : []), ...textUnits(doc)];
  for (const unit of titleAndText) {
    const match = new RegExp(RESOLUTION_NUMBER[doc.language]).exec(unit.text);
    if (!match) continue;
    const number = Number(match[1]);
    const [stored] = await db.select({ symbol: documents.symbol }).from(documents)
      .where(and(eq(documents.kind, 'resolution'), eq(documents.number, number))).orderBy(desc(documents.date)).limit(1);
    const symbol = stored?.symbol ?? (doc.date ? resolutionSymbol(number, doc.date.slice(0, 4)) : null);
    if (!symbol) continue;
    const span: [number, number] = [match.index, match.index + match[0].length];
    return { kind: 'summarises', toSymbol: symbol, evidence: { rule: 'named-number', paragraph: unit.paragraphId, span, text: match[0] } };
  }
  return null;
}

function shiftDate(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const dayDistance = (a: string, b: string) => Math.round(Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000);

/**
 * The resolution a draft became: the one whose adoption record names the draft (AKN workflow), else the resolution
 * in the same language adopted within a few days whose operative text is near-identical (best score wins).
 */
export async function draftLink(db: StoreDatabase, draftId: number, draft: UNDocument): Promise<LinkCandidate | null> {
  if (draft.symbol) {
    const [named] = await db.select({ symbol: documents.symbol }).from(documents)
      .where(and(eq(documents.kind, 'resolution'), sql`${documents.document}->'adoption'->>'draft' = ${draft.symbol}`))
      .orderBy(desc(documents.version)).limit(1);
    if (named?.symbol) return { kind: 'draft-of', toSymbol: named.symbol, evidence: { rule: 'akn-workflow' } };
  }
  if (!draft.date) return null;
  const draftText = operativeText(draft);
  const nearby = await db.select({ id: documents.id, symbol: documents.symbol, date: documents.date, document: documents.document }).from(documents)
    .where(and(
      eq(documents.kind, 'resolution'),
      eq(documents.language, draft.language),
      gte(documents.date, shiftDate(draft.date, -DRAFT_WINDOW_DAYS)),
      lte(documents.date, shiftDate(draft.date, DRAFT_WINDOW_DAYS)),
    ));
  let best: LinkCandidate | null = null;
  let bestScore = 0;
  for (const resolution of nearby) {
    if (resolution.id === draftId || !resolution.symbol || !resolution.date) continue;
    const similarity = textSimilarity(draftText, operativeText(resolution.document));
    if (similarity >= DRAFT_SIMILARITY && similarity > bestScore) {
      bestScore = similarity;
      best = { kind: 'draft-of', toSymbol: resolution.symbol, evidence: { rule: 'same-date-and-text', similarity: Math.round(similarity * 1000) / 1000, days: dayDistance(draft.date, resolution.date) } };
    }
  }
  return best;
}

/** The links a document makes, by its kind. */
export async function outgoingLinks(db: StoreDatabase, id: number, doc: UNDocument): Promise<LinkCandidate[]> {
  const optional = (link: LinkCandidate | null) => (link ? [link] : []);
  switch (doc.kind) {
    case 'resolution':
      return citationLinks(doc);
    case 'draft-resolution':
      return [...optional(await draftLink(db, id, doc)), ...citationLinks(doc)];
    case 'sg-report':
      return optional(requestLink(doc));
    case 'letter':
    case 'other':
      return voteLinks(doc);
    case 'press-release':
      return optional(await summaryLink(db, doc));
    default:
      return [];
  }
}

/** Point every link to `symbol` (or from `fromDocument`) at the latest stored version, in the citing document's language when stored. */
export async function resolveTargets(db: StoreDatabase, where: { toSymbol: string } | { fromDocument: number }): Promise<void> {
  const filter = 'toSymbol' in where ? sql`l.to_symbol = ${where.toSymbol}` : sql`l.from_document = ${where.fromDocument}`;
  await db.execute(sql`
    UPDATE links AS l SET to_document = (
      SELECT d.id FROM documents d, documents f
      WHERE f.id = l.from_document AND d.symbol = l.to_symbol
      ORDER BY (d.language = f.language) DESC, d.version DESC, d.id DESC LIMIT 1)
    WHERE ${filter}`);
}

async function replaceLinks(db: StoreDatabase, id: number, found: LinkCandidate[], kinds?: LinkKind[]): Promise<void> {
  await db.delete(links).where(kinds ? and(eq(links.fromDocument, id), inArray(links.kind, kinds)) : eq(links.fromDocument, id));
  if (found.length > 0) await db.insert(links).values(found.map((link) => ({ fromDocument: id, ...link })));
  await resolveTargets(db, { fromDocument: id });
}

/** After storing a document: its own links, the links that name it, and the drafts it may be the adoption of. */
export async function updateLinks(db: StoreDatabase, id: number, doc: UNDocument): Promise<void> {
  await replaceLinks(db, id, await outgoingLinks(db, id, doc));
  if (!doc.symbol) return;
  await resolveTargets(db, { toSymbol: doc.symbol });
  if (doc.kind === 'resolution') {
    await relinkDrafts(db, doc);
    await relinkSummaries(db, doc.symbol);
  }
}

/** Summaries of the new resolution stored before it: their figures can be checked now. */
async function relinkSummaries(db: StoreDatabase, symbol: string): Promise<void> {
  const summaries = await db.select({ id: documents.id, document: documents.document }).from(documents)
    .innerJoin(links, eq(links.fromDocument, documents.id))
    .where(and(eq(links.kind, 'summarises'), eq(links.toSymbol, symbol)));
  for (const summary of summaries) {
    const link = await summaryLink(db, summary.document);
    await replaceLinks(db, summary.id, link ? [link] : [], ['summarises']);
  }
}

/** Drafts the new resolution may have been adopted from: the one its adoption record names and those dated around it. */
async function relinkDrafts(db: StoreDatabase, resolution: UNDocument): Promise<void> {
  const named = resolution.adoption?.draft ? [eq(documents.symbol, resolution.adoption.draft)] : [];
  const nearby = resolution.date
    ? [and(gte(documents.date, shiftDate(resolution.date, -DRAFT_WINDOW_DAYS)), lte(documents.date, shiftDate(resolution.date, DRAFT_WINDOW_DAYS)))]
    : [];
  if (named.length + nearby.length === 0) return;
  const drafts = await db.select({ id: documents.id, document: documents.document }).from(documents)
    .where(and(eq(documents.kind, 'draft-resolution'), or(...named, ...nearby)));
  for (const draft of drafts) {
    const link = await draftLink(db, draft.id, draft.document);
    await replaceLinks(db, draft.id, link ? [link] : [], ['draft-of']);
  }
}
