/**
 * Alignment of two lists of paragraphs (or of items under one aligned parent), in stages:
 * identical texts first, then similar ones (greedy by similarity with a preference for keeping the order),
 * then splits and merges (one unit ≈ two adjacent units on the other side).
 * Candidate pairs come from an inverted index of rare words, so the work stays bounded on long inputs.
 */

export interface AlignUnit {
  /** key for exact matching (spacing and hyphenation ignored) */
  key: string;
  /** bag of words for similarity: word → count */
  bag: Map<string, number>;
  size: number;
}

export type MatchKind = 'exact' | 'similar' | 'split' | 'merge';

export interface Match {
  /** indices into the left list: one, or several for a merge */
  left: number[];
  /** indices into the right list: one, or several for a split */
  right: number[];
  kind: MatchKind;
  /** Dice similarity of the word bags, 1 for exact matches */
  score: number;
}

export interface Alignment {
  matches: Match[];
  deleted: number[];
  added: number[];
}

/** Below this similarity two units are not the same paragraph. */
const SIMILARITY_THRESHOLD = 0.5;
/** A paragraph kept and much extended (or cut down): the shorter one's words nearly all in the longer one. */
const EXPANSION_CONTAINMENT = 0.8;
const EXPANSION_MIN_WORDS = 8;
const EXPANSION_MIN_SIMILARITY = 0.3;

function expanded(a: AlignUnit, b: AlignUnit, similarity: number): boolean {
  const shorter = Math.min(a.size, b.size);
  return similarity >= EXPANSION_MIN_SIMILARITY && shorter >= EXPANSION_MIN_WORDS
    && overlap(a.bag, b.bag) / shorter >= EXPANSION_CONTAINMENT;
}

/** Similarity enough for the only unmatched units between the same aligned neighbours. */
const IN_PLACE_THRESHOLD = 0.3;
/** A part absorbed by a split or merge must have this share of its words in the whole. */
const PART_CONTAINMENT = 0.7;
/** Candidates scored exactly per unit, at most. */
const CANDIDATES_PER_UNIT = 12;
/** Words in more units than this are too common to propose candidates. */
const MIN_POSTING_CAP = 40;
/** How far from its expected position an unmatched whole looks for two unmatched parts. */
const SPLIT_WINDOW = 15;
/** How strongly a distant position lowers a candidate's rank (in similarity points per whole document). */
const ORDER_WEIGHT = 0.1;

export function bagOf(words: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of words) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

export function mergeBags(bags: readonly Map<string, number>[]): Map<string, number> {
  const merged = new Map<string, number>();
  for (const bag of bags) for (const [word, count] of bag) merged.set(word, (merged.get(word) ?? 0) + count);
  return merged;
}

/** Words shared by both bags, counted with multiplicity. */
export function overlap(a: Map<string, number>, b: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return shared;
}

function subtractBag(bag: Map<string, number>, minus: Map<string, number>): Map<string, number> {
  const rest = new Map<string, number>();
  for (const [word, count] of bag) {
    const left = count - (minus.get(word) ?? 0);
    if (left > 0) rest.set(word, left);
  }
  return rest;
}

const sizeOf = (bag: Map<string, number>) => { let n = 0; for (const c of bag.values()) n += c; return n; };

export function dice(a: Map<string, number>, b: Map<string, number>, sizeA = sizeOf(a), sizeB = sizeOf(b)): number {
  if (sizeA + sizeB === 0) return 1;
  return (2 * overlap(a, b)) / (sizeA + sizeB);
}

export function align(left: readonly AlignUnit[], right: readonly AlignUnit[]): Alignment {
  const leftMatch = new Array<Match | undefined>(left.length);
  const rightMatch = new Array<Match | undefined>(right.length);
  const matches: Match[] = [];
  const record = (match: Match) => {
    matches.push(match);
    for (const i of match.left) leftMatch[i] = match;
    for (const j of match.right) rightMatch[j] = match;
  };

  // 1. identical texts, in order among duplicates
  const byKey = new Map<string, { next: number; indices: number[] }>();
  right.forEach((unit, j) => {
    if (!unit.key) return;
    const queue = byKey.get(unit.key);
    if (queue) queue.indices.push(j); else byKey.set(unit.key, { next: 0, indices: [j] });
  });
  left.forEach((unit, i) => {
    const queue = byKey.get(unit.key);
    const j = queue?.indices[queue.next++];
    if (j !== undefined) record({ left: [i], right: [j], kind: 'exact', score: 1 });
  });

  // 2. similar texts: candidates from shared rare words and from the expected position
  const candidates = similarCandidates(left, right, leftMatch, rightMatch);
  candidates.sort((a, b) => b.rank - a.rank);
  for (const candidate of candidates) {
    if (leftMatch[candidate.i] || rightMatch[candidate.j]) continue;
    record({ left: [candidate.i], right: [candidate.j], kind: 'similar', score: candidate.score });
  }

  // 3. splits (left whole ≈ adjacent right parts), then merges (the mirror image)
  absorbParts(left, right, leftMatch, rightMatch, matches, 'split');
  absorbParts(right, left, rightMatch, leftMatch, matches, 'merge');

  // 4. a lone unit on each side between the same two aligned neighbours: a rewrite in place
  for (const [i, j] of loneGapPairs(matches, left.length, right.length, leftMatch, rightMatch)) {
    const score = dice(left[i]!.bag, right[j]!.bag, left[i]!.size, right[j]!.size);
    if (score >= IN_PLACE_THRESHOLD) record({ left: [i], right: [j], kind: 'similar', score });
  }

  matches.sort((a, b) => a.left[0]! - b.left[0]!);
  return {
    matches,
    deleted: left.map((_, i) => i).filter((i) => !leftMatch[i]),
    added: right.map((_, j) => j).filter((j) => !rightMatch[j]),
  };
}

interface Candidate { i: number; j: number; score: number; rank: number }

function similarCandidates(
  left: readonly AlignUnit[], right: readonly AlignUnit[],
  leftMatch: (Match | undefined)[], rightMatch: (Match | undefined)[],
): Candidate[] {
  const openRight = right.map((_, j) => j).filter((j) => !rightMatch[j]);
  if (openRight.length === 0) return [];
  const postingCap = Math.max(MIN_POSTING_CAP, Math.ceil(openRight.length * 0.05));
  const postings = new Map<string, number[]>();
  for (const j of openRight) for (const word of right[j]!.bag.keys()) {
    const list = postings.get(word);
    if (list) list.push(j); else postings.set(word, [j]);
  }
  const candidates: Candidate[] = [];
  const shared = new Map<number, number>();
  left.forEach((unit, i) => {
    if (leftMatch[i]) return;
    shared.clear();
    for (const word of unit.bag.keys()) {
      const list = postings.get(word);
      if (!list || list.length > postingCap) continue;
      const weight = 1 / list.length;
      for (const j of list) shared.set(j, (shared.get(j) ?? 0) + weight);
    }
    const proposed = [...shared.entries()].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES_PER_UNIT).map(([j]) => j);
    // the units around the expected position, for texts made only of common words
    const expected = Math.round((i / Math.max(1, left.length - 1)) * (right.length - 1));
    for (let j = expected - 1; j <= expected + 1; j++) if (j >= 0 && j < right.length && !rightMatch[j]) proposed.push(j);
    for (const j of new Set(proposed)) {
      const score = dice(unit.bag, right[j]!.bag, unit.size, right[j]!.size);
      if (score < SIMILARITY_THRESHOLD && !expanded(unit, right[j]!, score)) continue;
      const distance = Math.abs(i / Math.max(1, left.length) - j / Math.max(1, right.length));
      candidates.push({ i, j, score, rank: score - ORDER_WEIGHT * distance });
    }
  });
  return candidates;
}

/**
 * Finds wholes on one side that correspond to two or more adjacent parts on the other: a part left unmatched
 * next to a part matched to the whole is absorbed when its words are in the whole and the similarity improves;
 * two unmatched adjacent parts are joined for an unmatched whole.
 */
function absorbParts(
  wholes: readonly AlignUnit[], parts: readonly AlignUnit[],
  wholeMatch: (Match | undefined)[], partMatch: (Match | undefined)[],
  matches: Match[], kind: 'split' | 'merge',
): void {
  const side = (match: Match) => (kind === 'split' ? match.right : match.left);
  const wholeOf = (match: Match) => (kind === 'split' ? match.left : match.right);
  const combined = (indices: number[]) => {
    const bag = mergeBags(indices.map((p) => parts[p]!.bag));
    return { bag, size: indices.reduce((n, p) => n + parts[p]!.size, 0) };
  };
  const contained = (part: AlignUnit, whole: AlignUnit) => part.size > 0 && overlap(part.bag, whole.bag) / part.size >= PART_CONTAINMENT;

  for (let p = 0; p < parts.length; p++) {
    if (partMatch[p]) continue;
    for (const neighbour of [p - 1, p + 1]) {
      const match = partMatch[neighbour];
      if (!match || wholeOf(match).length !== 1 || (match.kind !== 'similar' && match.kind !== kind)) continue;
      const whole = wholes[wholeOf(match)[0]!]!;
      const grown = [...side(match), p].sort((a, b) => a - b);
      if (grown[grown.length - 1]! - grown[0]! !== grown.length - 1) continue; // parts must stay adjacent
      // the part must be what the whole has beyond the parts already matched to it
      const leftover = subtractBag(whole.bag, combined(side(match)).bag);
      const part = parts[p]!;
      const inWhole = part.key.length > 0 && whole.key.includes(part.key);
      if (!inWhole && (part.size === 0 || overlap(part.bag, leftover) / part.size < PART_CONTAINMENT)) continue;
      const joined = combined(grown);
      const score = dice(whole.bag, joined.bag, whole.size, joined.size);
      if (score <= match.score || score < SIMILARITY_THRESHOLD) continue;
      if (kind === 'split') match.right = grown; else match.left = grown;
      match.kind = kind;
      match.score = score;
      partMatch[p] = match;
      p = grown[0]! - 1; // look again around the grown group
      break;
    }
  }

  // an unmatched whole against two unmatched adjacent parts
  wholes.forEach((whole, w) => {
    if (wholeMatch[w]) return;
    const expected = Math.round((w / Math.max(1, wholes.length - 1)) * (parts.length - 1));
    for (let p = Math.max(0, expected - SPLIT_WINDOW); p + 1 < Math.min(parts.length, expected + SPLIT_WINDOW); p++) {
      if (partMatch[p] || partMatch[p + 1]) continue;
      if (!contained(parts[p]!, whole) || !contained(parts[p + 1]!, whole)) continue;
      const joined = combined([p, p + 1]);
      const score = dice(whole.bag, joined.bag, whole.size, joined.size);
      if (score < SIMILARITY_THRESHOLD) continue;
      const match: Match = kind === 'split'
        ? { left: [w], right: [p, p + 1], kind, score }
        : { left: [p, p + 1], right: [w], kind, score };
      matches.push(match);
      wholeMatch[w] = match;
      partMatch[p] = match;
      partMatch[p + 1] = match;
      return;
    }
  });
}

/** Gaps between consecutive in-order matches holding exactly one unmatched unit on each side. */
function loneGapPairs(
  matches: Match[], leftLength: number, rightLength: number,
  leftMatch: (Match | undefined)[], rightMatch: (Match | undefined)[],
): [number, number][] {
  const anchors = [...matches].sort((a, b) => a.left[0]! - b.left[0]!);
  const pairs: [number, number][] = [];
  let leftEnd = -1;
  let rightEnd = -1;
  for (const anchor of [...anchors, { left: [leftLength], right: [rightLength] }]) {
    const rightStart = Math.min(...anchor.right);
    if (rightStart < rightEnd) continue; // a moved unit is no anchor
    const leftStart = Math.min(...anchor.left);
    const lonely = (from: number, to: number, matched: (Match | undefined)[]) => {
      const open: number[] = [];
      for (let k = from + 1; k < to && open.length < 2; k++) if (!matched[k]) open.push(k);
      return open.length === 1 ? open[0] : undefined;
    };
    const i = lonely(leftEnd, leftStart, leftMatch);
    const j = lonely(rightEnd, rightStart, rightMatch);
    if (i !== undefined && j !== undefined) pairs.push([i, j]);
    leftEnd = Math.max(...anchor.left);
    rightEnd = Math.max(...anchor.right);
  }
  return pairs;
}
