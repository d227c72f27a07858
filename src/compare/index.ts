import { InputError } from '../errors.js';
import type { BodyNode, InternalReference, Item, Language, UNDocument } from '../model.js';
import { resolveReferences } from '../structure/references.js';
import { extractFacts } from '../facts/index.js';
import type { MandateFacts } from '../facts/types.js';
import { align, bagOf, mergeBags, type AlignUnit, type Match } from './align.js';
import { compareMandates } from './mandate.js';
import { redline } from './redline.js';
import { exactKey, tokenize, wordBag, type Token } from './tokens.js';
import type { Change, Comparison, ComparisonSummary, Level, Pair, PairClass, UnitRef, UnmatchedUnit } from './types.js';
import escapeRegExp from 'escape-string-regexp';

export type { Comparison, Pair, Change, UnmatchedUnit, ComparisonSummary } from './types.js';

/** Below this share of common text, the verdict says how little the documents share instead of counting changes. */
const UNRELATED_SIMILARITY = 0.15;

export interface CompareOptions {
  /**
   * Reads the mandate facts of a document for the mandate-level comparison. By default `extractFacts` when both
   * documents are resolutions or drafts; null leaves the mandate comparison out.
   */
  facts?: ((document: UNDocument) => MandateFacts) | null;
}

const MANDATE_KINDS = new Set(['resolution', 'draft-resolution']);

/** A paragraph, heading, preambular paragraph or item, ready for alignment. */
interface Unit extends AlignUnit {
  level: Level;
  id: string;
  num: string;
  /** the unit's own text (title and text, without its items) */
  text: string;
  tokens: Token[];
  children: Unit[];
  /** the list it belongs to, to tell a move under another parent */
  group: string;
  /** position in its document's reading order */
  order: number;
  /** position in the comparison's reading order, for added and deleted units */
  position: number;
}

/**
 * Compares two versions of a document: paragraphs and items aligned across renumbering, insertion, deletion,
 * moves, splits and merges; a classified word redline of every aligned pair; a verdict; the mandate differences.
 */
export function compareDocuments(left: UNDocument, right: UNDocument, options: CompareOptions = {}): Comparison {
  const state: CompareState = { language: left.language, aligned: [], pairs: [], added: [], deleted: [], sharedTokens: 0 };
  const lists = levels(left, right);
  for (const [level, leftUnits, rightUnits] of lists) alignLists(state, level, leftUnits, rightUnits);
  rescueMoves(state);
  const ids = correspondenceOf(state.aligned);
  const references = { left: referencesOf(left), right: referencesOf(right) };
  state.pairs = state.aligned.map((aligned) => pairOf(state, aligned, ids, references));
  placeInReadingOrder(state);

  const totalTokens = countTokens(lists.flatMap(([, l, r]) => [...l, ...r]));
  const summary = summarise(state, totalTokens);
  const facts = options.facts === undefined
    ? (MANDATE_KINDS.has(left.kind) && MANDATE_KINDS.has(right.kind) ? extractFacts : null)
    : options.facts;
  const warnings: string[] = [];
  if (left.language !== right.language) {
    warnings.push(`the documents are in different languages (${left.language}, ${right.language}): their words are compared as they are`);
  }
  let mandate: Comparison['mandate'] = null;
  try {
    if (facts) mandate = compareMandates(facts(left), facts(right), { ids, pairs: state.pairs }, left.language);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    warnings.push(`no mandate comparison: ${error.message}`);
  }
  return {
    version: 1,
    left: { symbol: left.symbol, kind: left.kind, date: left.date },
    right: { symbol: right.symbol, kind: right.kind, date: right.date },
    verdict: verdictOf(summary),
    summary,
    pairs: state.pairs,
    added: state.added.map(unmatched),
    deleted: state.deleted.map(unmatched),
    mandate,
    ...(warnings.length ? { warnings } : {}),
  };
}

/** Two aligned units (or groups of parts), before their redline. */
interface Aligned {
  level: Level;
  left: Unit[];
  right: Unit[];
  match: Pick<Match, 'kind' | 'score'>;
  moved: boolean;
}

interface CompareState {
  language: Language;
  aligned: Aligned[];
  pairs: Pair[];
  added: Unit[];
  deleted: Unit[];
  sharedTokens: number;
}

function levels(left: UNDocument, right: UNDocument): [Level, Unit[], Unit[]][] {
  const lists: [Level, Unit[], Unit[]][] = [
    ['preamble', preambleUnits(left), preambleUnits(right)],
    ['heading', headingUnits(left), headingUnits(right)],
    ['paragraph', paragraphUnits(left), paragraphUnits(right)],
  ];
  const [leftOrder, rightOrder] = [readingOrder(left), readingOrder(right)];
  const setOrder = (units: Unit[], order: Map<string, number>) => units.forEach((unit) => {
    unit.order = order.get(unit.id) ?? 0;
    setOrder(unit.children, order);
  });
  for (const [, leftUnits, rightUnits] of lists) {
    setOrder(leftUnits, leftOrder);
    setOrder(rightUnits, rightOrder);
  }
  return lists;
}

/** Position of every unit of a document in reading order: preamble, then headings, paragraphs and items as printed. */
function readingOrder(document: UNDocument): Map<string, number> {
  const order = new Map<string, number>();
  const items = (list: Item[]) => list.forEach((item) => { order.set(item.id, order.size); items(item.items); });
  document.preamble.forEach((p) => order.set(p.id, order.size));
  for (const node of document.body) {
    order.set(node.id, order.size);
    if (node.type === 'paragraph') items(node.items);
  }
  return order;
}

/**
 * Sorts pairs and added units by where they stand in the right document, and gives each deleted unit the place
 * after the right counterpart of what preceded it on the left: one reading order for all three lists.
 */
function placeInReadingOrder(state: CompareState): void {
  const byLeft = state.aligned.map((a, k) => ({ left: Math.min(...a.left.map((u) => u.order)), right: state.pairs[k]!.position }))
    .sort((a, b) => a.left - b.left);
  for (const unit of state.deleted) {
    let low = 0;
    let high = byLeft.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (byLeft[mid]!.left < unit.order) low = mid + 1; else high = mid;
    }
    unit.position = (low > 0 ? byLeft[low - 1]!.right : -1) + 0.5;
  }
  for (const unit of state.added) unit.position = unit.order;
  state.pairs.sort((a, b) => a.position - b.position);
  state.added.sort((a, b) => a.position - b.position);
  state.deleted.sort((a, b) => a.position - b.position);
}

function makeUnit(level: Level, id: string, num: string, text: string, children: Unit[], group: string, language: Language): Unit {
  const tokens = tokenize(text);
  const words = wordBag(tokens, language);
  return {
    level, id, num, text, tokens, children, group, order: 0, position: 0,
    key: [exactKey(tokens), ...children.map((c) => c.key)].join(''),
    bag: mergeBags([bagOf(words), ...children.map((c) => c.bag)]),
    size: children.reduce((n, c) => n + c.size, words.length),
  };
}

function preambleUnits(document: UNDocument): Unit[] {
  return document.preamble.map((p) => makeUnit('preamble', p.id, '', p.text, [], 'preamble', document.language));
}

function headingUnits(document: UNDocument): Unit[] {
  return document.body.flatMap((node) =>
    node.type === 'heading' ? [makeUnit('heading', node.id, node.num ?? '', node.text, [], 'headings', document.language)] : []);
}

function paragraphUnits(document: UNDocument): Unit[] {
  const itemUnits = (items: Item[], parent: string): Unit[] => items.map((item) =>
    makeUnit('item', item.id, item.num, [item.title, item.text].filter(Boolean).join(' '), itemUnits(item.items, item.id), parent, document.language));
  return document.body.flatMap((node) =>
    node.type === 'paragraph' ? [makeUnit('paragraph', node.id, node.num, node.text, itemUnits(node.items, node.id), 'body', document.language)] : []);
}

function alignLists(state: CompareState, level: Level, left: Unit[], right: Unit[]): void {
  const alignment = align(left, right);
  const moved = outOfOrder(alignment.matches);
  alignment.matches.forEach((match, k) => {
    const leftParts = match.left.map((i) => left[i]!);
    const rightParts = match.right.map((j) => right[j]!);
    state.aligned.push({ level, left: leftParts, right: rightParts, match, moved: moved.has(k) });
    const leftChildren = leftParts.flatMap((u) => u.children);
    const rightChildren = rightParts.flatMap((u) => u.children);
    if (leftChildren.length || rightChildren.length) alignLists(state, 'item', leftChildren, rightChildren);
  });
  state.deleted.push(...alignment.deleted.map((i) => left[i]!));
  state.added.push(...alignment.added.map((j) => right[j]!));
}

/** The tokens of the units of one side of a pair, as one text: a split's or merge's parts are printed a space apart. */
function tokensOfParts(units: readonly Unit[]): Token[] {
  return units.flatMap((unit, k) => {
    const last = unit.tokens[unit.tokens.length - 1];
    if (k === units.length - 1 || !last || last.space) return unit.tokens;
    return [...unit.tokens.slice(0, -1), { ...last, space: ' ' }];
  });
}

function pairOf(state: CompareState, aligned: Aligned, ids: Map<string, string[]>, references: SideReferences): Pair {
  const { level, match, moved } = aligned;
  const { changes, sharedTokens } = redline(tokensOfParts(aligned.left), tokensOfParts(aligned.right), state.language, match.score);
  state.sharedTokens += sharedTokens;
  markRenumberedReferences(changes, aligned, ids, references);
  const leftRef = refOf(aligned.left);
  const rightRef = refOf(aligned.right);
  const renumbered = aligned.left.length === 1 && aligned.right.length === 1 && bareNum(leftRef.num) !== bareNum(rightRef.num);
  return {
    level,
    left: leftRef,
    right: rightRef,
    class: pairClass(match.kind, changes, moved, renumbered),
    moved,
    renumbered,
    similarity: Math.round(match.score * 1000) / 1000,
    position: Math.min(...aligned.right.map((u) => u.order)),
    changes,
  };
}

interface SideReferences { left: Map<string, InternalReference[]>; right: Map<string, InternalReference[]> }

/** In-text references of a document by paragraph or item id, resolved here when the reader left them out. */
function referencesOf(document: UNDocument): Map<string, InternalReference[]> {
  const collect = (body: BodyNode[]) => {
    const map = new Map<string, InternalReference[]>();
    const walk = (node: { id: string; refs?: InternalReference[]; items: Item[] }) => {
      if (node.refs?.length) map.set(node.id, node.refs);
      node.items.forEach(walk);
    };
    for (const node of body) if (node.type === 'paragraph') walk(node);
    return map;
  };
  const given = collect(document.body);
  if (given.size) return given;
  const body = structuredClone(document.body);
  resolveReferences(body, document.language);
  return collect(body);
}

/** Numbers and labels only: "20", "(a) (ii)", "31 to 36". */
const REFERENCE_NUMBER = /^[\s\d(),.\-ivxlca-z]{1,24}$/u;

/**
 * A number changed inside an in-text reference whose targets were renumbered ("paragraph 20 (a) (ii) above" →
 * "paragraph 28 (a) (iii) above", naming the same item) is renumbering, not a change of substance.
 */
function markRenumberedReferences(changes: Change[], aligned: Aligned, ids: Map<string, string[]>, references: SideReferences): void {
  const leftRefs = aligned.left.flatMap((u) => references.left.get(u.id) ?? []);
  const rightRefs = aligned.right.flatMap((u) => references.right.get(u.id) ?? []);
  if (!leftRefs.length || !rightRefs.length) return;
  const sameTargets = (left: InternalReference, right: InternalReference) => {
    const mapped = new Set(left.targets.flatMap((t) => ids.get(t) ?? []));
    return mapped.size === right.targets.length && right.targets.every((t) => mapped.has(t));
  };
  // an empty side is named by any reference: "28 and 29" → "29 and 30" can diff as a deletion and an insertion
  const names = (ref: InternalReference, label: string) =>
    !label || new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(label)}(?![\\p{L}\\p{N}])`, 'u').test(ref.text);
  for (const change of changes) {
    if (change.class !== 'substantive') continue;
    const [before, after] = [change.left.trim(), change.right.trim()];
    if (!/\d/.test(before + after) || ![before, after].every((side) => !side || REFERENCE_NUMBER.test(side))) continue;
    const renumbered = leftRefs.some((l) => names(l, before) && rightRefs.some((r) => names(r, after) && sameTargets(l, r)));
    if (renumbered) change.class = 'renumbering';
  }
}

const bareNum = (num: string) => num.replace(/[\s().]/g, '');

function refOf(units: Unit[]): UnitRef {
  if (units.length === 1) return { id: units[0]!.id, num: units[0]!.num };
  return {
    id: units.map((u) => u.id).join('+'),
    num: units.map((u) => u.num).join('+'),
    parts: units.map((u) => ({ id: u.id, num: u.num })),
  };
}

function pairClass(kind: Match['kind'], changes: Change[], moved: boolean, renumbered: boolean): PairClass {
  if (kind === 'split' || kind === 'merge') return kind;
  const has = (changeClass: Change['class']) => changes.some((c) => c.class === changeClass);
  if (has('substantive')) return 'substantive';
  if (has('editorial')) return 'editorial';
  if (has('spelling')) return 'spelling';
  if (moved) return 'moved';
  return renumbered || has('renumbering') ? 'renumbered' : 'identical';
}

/** Matches outside the longest run kept in the same order on both sides: the moved ones. */
function outOfOrder(matches: Match[]): Set<number> {
  const order = matches.map((m, k) => ({ k, left: m.left[0]!, right: m.right[0]! })).sort((a, b) => a.left - b.left);
  // longest increasing subsequence of right positions (patience sorting)
  const tails: number[] = [];
  const previous = new Array<number>(order.length).fill(-1);
  order.forEach((entry, n) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (order[tails[mid]!]!.right < entry.right) low = mid + 1; else high = mid;
    }
    if (low > 0) previous[n] = tails[low - 1]!;
    tails[low] = n;
  });
  const kept = new Set<number>();
  for (let n = tails[tails.length - 1] ?? -1; n >= 0; n = previous[n]!) kept.add(order[n]!.k);
  return new Set(order.filter((entry) => !kept.has(entry.k)).map((entry) => entry.k));
}

/** Units deleted in one place and added in another (an item moved to another paragraph) are paired as moved. */
function rescueMoves(state: CompareState): void {
  // only items have several lists (one per parent) to move between
  const deleted = state.deleted.filter((u) => u.level === 'item');
  const added = state.added.filter((u) => u.level === 'item');
  if (!deleted.length || !added.length) return;
  const alignment = align(deleted, added);
  const paired = new Set<Unit>();
  for (const match of alignment.matches) {
    if (match.left.length !== 1 || match.right.length !== 1) continue;
    const leftUnit = deleted[match.left[0]!]!;
    const rightUnit = added[match.right[0]!]!;
    if (leftUnit.group === rightUnit.group) continue;
    state.aligned.push({ level: leftUnit.level, left: [leftUnit], right: [rightUnit], match, moved: true });
    if (leftUnit.children.length || rightUnit.children.length) alignLists(state, 'item', leftUnit.children, rightUnit.children);
    paired.add(leftUnit).add(rightUnit);
  }
  state.deleted = state.deleted.filter((u) => !paired.has(u));
  state.added = state.added.filter((u) => !paired.has(u));
}

function countTokens(units: Unit[]): number {
  return units.reduce((n, unit) => n + unit.tokens.length + countTokens(unit.children), 0);
}

function summarise(state: CompareState, totalTokens: number): ComparisonSummary {
  const count = (test: (pair: Pair) => boolean) => state.pairs.filter(test).length;
  return {
    changed: count((p) => p.changes.some((c) => c.class === 'substantive')),
    editorial: count((p) => p.changes.some((c) => c.class === 'editorial')),
    spelling: count((p) => p.changes.some((c) => c.class === 'spelling')),
    added: state.added.length,
    deleted: state.deleted.length,
    moved: count((p) => p.moved),
    split: count((p) => p.class === 'split'),
    merged: count((p) => p.class === 'merge'),
    renumbered: count((p) => p.renumbered),
    similarity: totalTokens ? Math.round((2 * state.sharedTokens / totalTokens) * 1000) / 1000 : 1,
  };
}

function verdictOf(summary: ComparisonSummary): string {
  if (summary.similarity < UNRELATED_SIMILARITY) {
    return `these documents share ${Math.round(summary.similarity * 100)}% of their text`;
  }
  const parts = [
    summary.changed && `${summary.changed} ${summary.changed === 1 ? 'paragraph' : 'paragraphs'} changed`,
    summary.added && `${summary.added} added`,
    summary.deleted && `${summary.deleted} deleted`,
    summary.moved && `${summary.moved} moved`,
    summary.split && `${summary.split} split`,
    summary.merged && `${summary.merged} merged`,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no substantive change';
}

function unmatched(unit: Unit): UnmatchedUnit {
  const fullText = (u: Unit): string => [u.num, u.text, ...u.children.map(fullText)].filter(Boolean).join(' ');
  return {
    level: unit.level, id: unit.id, num: unit.num,
    text: [unit.text, ...unit.children.map(fullText)].filter(Boolean).join(' '),
    position: unit.position,
  };
}

/** Left id → right ids, from the aligned units (parts of splits and merges included). */
function correspondenceOf(aligned: Aligned[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const pair of aligned) for (const unit of pair.left) map.set(unit.id, pair.right.map((u) => u.id));
  return map;
}
